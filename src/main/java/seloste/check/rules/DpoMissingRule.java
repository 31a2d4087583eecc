package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.Controller;
import seloste.model.ControllerType;
import seloste.model.Repository;

/** A public authority must designate a data protection officer (Art. 37(1)(a)), and the notice names them. */
final class DpoMissingRule extends RepositoryRule {

    DpoMissingRule() {
        super("dpo.missing", Severity.WARNING, "GDPR Art. 37(1)(a), 13(1)(b)",
                "A controller of type public_authority names no data protection officer.",
                "Add 'dpo:' to the controller with the officer's e-mail or phone; courts acting in their judicial "
                        + "capacity are exempt.");
    }

    @Override
    void check(Repository repository, Report report) {
        for (Controller c : repository.controllers()) {
            if (c.type() == ControllerType.PUBLIC_AUTHORITY && c.dpo().isEmpty()) {
                aboutController(repository, c, c.origin().of("type"), "is a public authority, which must designate "
                        + "a data protection officer; add 'dpo:' with their contact details.", report);
            }
        }
    }
}
