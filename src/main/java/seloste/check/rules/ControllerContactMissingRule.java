package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.Address;
import seloste.model.Controller;
import seloste.model.LocalizedText;
import seloste.model.Repository;

/** A notice must give the controller's identity and contact details (Art. 13(1)(a), 14(1)(a)). */
final class ControllerContactMissingRule extends RepositoryRule {

    ControllerContactMissingRule() {
        super("controller.contact.missing", Severity.ERROR, "GDPR Art. 13(1)(a), 14(1)(a)",
                "A controller lacks its name, a complete postal address, or any of e-mail, phone and website.",
                "Give the controller 'name:', a 'postal_address:' with street, postal code and city, and at least "
                        + "one of 'email:', 'phone:' and 'website:'.");
    }

    @Override
    void check(Repository repository, Report report) {
        for (Controller c : repository.controllers()) {
            if (blank(c.name())) {
                aboutController(repository, c, c.origin().of("name"), "has no name; write the registered name in "
                        + "'name:'.", report);
            }
            Address a = c.postalAddress();
            if (blank(a.street()) || a.postalCode().isBlank() || blank(a.city())) {
                aboutController(repository, c, a.origin().at(), "has an incomplete postal address; give 'street:', "
                        + "'postal_code:' and 'city:' under 'postal_address:'.", report);
            }
            if (c.email().isEmpty() && c.phone().isEmpty() && c.website().isEmpty()) {
                aboutController(repository, c, c.origin().of("id"), "gives no e-mail, phone or website; add "
                        + "'email:', 'phone:' or 'website:'.", report);
            }
        }
    }

    private static boolean blank(LocalizedText text) {
        return text.values().values().stream().allMatch(String::isBlank);
    }
}
