package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.Contact;
import seloste.model.Controller;
import seloste.model.Repository;

/** Where a data protection officer is designated, the notice must give the DPO's contact details. */
final class DpoContactMissingRule extends RepositoryRule {

    DpoContactMissingRule() {
        super("dpo.contact.missing", Severity.ERROR, "GDPR Art. 13(1)(b), 14(1)(b), 37(7)",
                "A data protection officer is designated without any contact details.",
                "Give the DPO an 'email:', 'phone:' or 'address:' under 'dpo:'; the name alone is not a contact "
                        + "detail.");
    }

    @Override
    void check(Repository repository, Report report) {
        for (Controller c : repository.controllers()) {
            if (c.dpo().isEmpty()) {
                continue;
            }
            Contact dpo = c.dpo().get();
            if (dpo.email().isEmpty() && dpo.phone().isEmpty() && dpo.address().isEmpty()) {
                aboutController(repository, c, dpo.origin().at(), "designates a data protection officer but gives "
                        + "no way to reach them; add 'email:', 'phone:' or 'address:' under 'dpo:'.", report);
            }
        }
    }
}
