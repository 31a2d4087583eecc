package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.CategoryKind;
import seloste.model.Notice;
import seloste.model.Purpose;
import seloste.model.Repository;

/** Data on criminal convictions and offences may be processed only under official authority or a law (Art. 10). */
final class CriminalDataLawMissingRule extends NoticeRule {

    CriminalDataLawMissingRule() {
        super("criminal-data.law.missing", Severity.ERROR, "GDPR Art. 10",
                "A purpose uses data on criminal convictions or offences without naming the law that authorises it.",
                "Add 'criminal_data_law:' to the purpose naming the Union or Finnish law that authorises the "
                        + "processing.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (Purpose p : notice.purposes()) {
            for (int i = 0; i < p.data().size(); i++) {
                String id = p.data().get(i);
                boolean criminal = notice.category(id).filter(c -> c.kind() == CategoryKind.CRIMINAL).isPresent();
                if (criminal && p.criminalDataLaw().isEmpty()) {
                    report.add(p.origin().of("data[" + i + "]"), "Purpose '" + p.id() + "' uses the criminal-offence "
                            + "data '" + id + "' but names no law authorising it; add 'criminal_data_law:'.");
                }
            }
        }
    }
}
