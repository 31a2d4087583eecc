package seloste.check.rules;

import java.util.ArrayList;
import java.util.List;
import seloste.check.Severity;
import seloste.model.Address;
import seloste.model.Controller;
import seloste.model.Repository;

/** One business, one controller file: two files with one business ID but different details contradict each other. */
final class ControllerBusinessIdConflictRule extends RepositoryRule {

    ControllerBusinessIdConflictRule() {
        super("controller.business-id.conflict", Severity.ERROR, "GDPR Art. 13(1)(a), 14(1)(a)",
                "Two controllers share a business ID but differ in name or postal address.",
                "Keep one controller file per business and refer to its id from every notice, or correct the "
                        + "'business_id:'.");
    }

    @Override
    void check(Repository repository, Report report) {
        List<Controller> all = repository.controllers();
        for (int j = 0; j < all.size(); j++) {
            Controller c = all.get(j);
            for (Controller first : all.subList(0, j)) {
                if (c.businessId().isEmpty() || !key(first).equals(key(c))) {
                    continue;
                }
                List<String> differs = new ArrayList<>();
                if (!first.name().values().equals(c.name().values())) {
                    differs.add("name");
                }
                if (!same(first.postalAddress(), c.postalAddress())) {
                    differs.add("postal address");
                }
                if (!differs.isEmpty()) {
                    aboutController(repository, c, c.origin().of("business_id"), "has the business ID "
                            + c.businessId().get() + " of controller '" + first.id() + "' but a different "
                            + String.join(" and ", differs) + "; keep one controller file per business, or correct "
                            + "'business_id:'.", report);
                }
                break;
            }
        }
    }

    private static String key(Controller c) {
        return c.businessId().map(id -> id.replaceAll("\\s", "")).orElse("");
    }

    private static boolean same(Address a, Address b) {
        return a.street().values().equals(b.street().values()) && a.postalCode().equals(b.postalCode())
                && a.city().values().equals(b.city().values()) && a.country().equals(b.country());
    }
}
