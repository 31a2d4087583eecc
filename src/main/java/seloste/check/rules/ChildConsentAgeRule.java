package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.Children;
import seloste.model.LegalBasis;
import seloste.model.Notice;
import seloste.model.Purpose;
import seloste.model.Repository;

/** Below 13, a child's consent to an information society service must come from a parent (Art. 8, TSL §5). */
final class ChildConsentAgeRule extends NoticeRule {

    private static final int AGE_OF_CONSENT = 13;

    ChildConsentAgeRule() {
        super("children.parental-consent", Severity.WARNING, "GDPR Art. 8(1); Tietosuojalaki 1050/2018 §5",
                "An information society service offered to children under 13 relies on consent.",
                "Say in the consent purpose's 'description:' and 'withdrawal:' that the holder of parental "
                        + "responsibility consents for children under 13, or raise 'minimum_age:' to 13.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        Children c = notice.children().orElse(null);
        if (c == null || !c.informationSocietyService() || c.minimumAge() >= AGE_OF_CONSENT) {
            return;
        }
        notice.purposes().stream().filter(p -> p.reliesOn(LegalBasis.CONSENT)).map(Purpose::id).findFirst()
                .ifPresent(id -> report.add(c.origin().of("minimum_age"), "The service is offered from age "
                        + c.minimumAge() + " and purpose '" + id + "' relies on consent; below 13 the holder of "
                        + "parental responsibility must give or authorise it (check the age in Tietosuojalaki §5); "
                        + "say so in the purpose, or raise 'minimum_age:' to 13."));
    }
}
