package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.Language;
import seloste.model.LocalizedText;
import seloste.model.Purpose;
import seloste.model.Repository;

/** WP260: the specific interest must be identified; "business purposes" identifies nothing. */
final class LegitimateInterestGenericRule extends TextRule {

    private static final Phrase GENERIC = Phrase.words("business (?:purposes|needs|reasons|interests?)",
            "commercial (?:purposes|reasons|interests?)", "liiketoimintatarpe\\p{L}*",
            "liiketoiminna(?:n|lliset) (?:tarpe\\p{L}*|tarkoitu\\p{L}*|syi\\p{L}*)",
            "affärsändamål\\p{L}*", "affärsmässiga (?:skäl|behov|syften)", "verksamhetens behov");
    /** A text this long or longer is taken to explain the interest even where it uses a generic phrase. */
    private static final int EXPLAINED = 12;

    LegitimateInterestGenericRule() {
        super("purpose.legitimate-interest.generic", Severity.WARNING,
                "GDPR Art. 13(1)(d), 14(2)(b); WP260 rev.01 Annex",
                "A legitimate interest is stated only in generic terms such as 'business purposes'.",
                "Rewrite 'legitimate_interest:' to name the specific interest and how the processing serves it, "
                        + "e.g. 'collecting overdue invoices'.");
    }

    @Override
    void check(Reading reading, Repository repository, Report report) {
        for (Purpose p : reading.notice().purposes()) {
            if (p.legitimateInterest().isEmpty()) {
                continue;
            }
            LocalizedText text = p.legitimateInterest().get();
            for (Language l : Wording.languagesOf(text)) {
                if (text.get(l).trim().split("\\s+").length < EXPLAINED) {
                    Wording.find(GENERIC, reading, text, l).ifPresent(found -> report.add(text.positionOf(l), "The "
                            + "legitimate interest of purpose '" + p.id() + "' is only '" + found + "'; say in "
                            + "'legitimate_interest:' which specific interest the processing serves."));
                }
            }
        }
    }
}
