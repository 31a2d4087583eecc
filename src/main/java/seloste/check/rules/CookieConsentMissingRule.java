package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.Cookie;
import seloste.model.CookieType;
import seloste.model.LegalBasis;
import seloste.model.Notice;
import seloste.model.Purpose;
import seloste.model.Repository;

/** Only strictly necessary cookies may be set without the user's consent (917/2014 §205). */
final class CookieConsentMissingRule extends NoticeRule {

    CookieConsentMissingRule() {
        super("cookie.consent.missing", Severity.ERROR, "Laki sähköisen viestinnän palveluista 917/2014 §205",
                "A cookie that is not strictly necessary serves no consent-based purpose.",
                "Set the cookie's 'purpose:' to a purpose with 'legal_basis: consent', adding one if the notice has "
                        + "none, or set 'type: necessary' if it is strictly necessary.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        String consented = notice.purposes().stream().filter(p -> p.reliesOn(LegalBasis.CONSENT)).map(Purpose::id)
                .findFirst().orElse("");
        for (Cookie c : notice.cookies()) {
            if (c.type() == CookieType.NECESSARY) {
                continue;
            }
            String what = "Cookie '" + c.name() + "' (" + c.type().keyword() + ") needs consent, but ";
            Purpose p = c.purpose().flatMap(notice::purpose).orElse(null);
            if (p != null && !p.reliesOn(LegalBasis.CONSENT)) {
                report.add(c.origin().of("purpose"), what + "its purpose '" + p.id() + "' does not rely on consent; "
                        + "set 'legal_basis: consent' on it, or point 'purpose:' to a consent-based purpose.");
            } else if (c.purpose().isEmpty() && consented.isEmpty()) {
                report.add(c.origin().of("type"), what + "the notice has no consent-based purpose; add one with "
                        + "'legal_basis: consent' and name it in the cookie's 'purpose:'.");
            } else if (c.purpose().isEmpty()) {
                report.add(c.origin().of("type"), what + "it names no purpose; add 'purpose:' with the consent-based "
                        + "purpose it serves, e.g. '" + consented + "'.");
            }
        }
    }
}
