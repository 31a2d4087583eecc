package seloste.check.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import seloste.check.Severity;
import seloste.model.DataCategory;
import seloste.model.Notice;
import seloste.model.Purpose;
import seloste.model.Repository;
import seloste.model.RequirementKind;
import seloste.model.Source;
import seloste.model.SourceKind;

/** For data the data subject provides: is providing them required, and what follows if they are not given? */
final class RequirementMissingRule extends NoticeRule {

    RequirementMissingRule() {
        super("purpose.requirement.missing", Severity.ERROR, "GDPR Art. 13(2)(e)",
                "Data the data subject provides are used by no purpose that says whether providing them is "
                        + "required, or a requirement does not say what follows if the data are not given.",
                "Add 'requirement:' to the purpose the data are collected for, with 'kind:' (statutory, contractual, "
                        + "contract_precondition or voluntary) and 'consequence:'.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        List<String> all = notice.categories().stream().map(DataCategory::id).toList();
        Set<String> provided = new HashSet<>(notice.sources().isEmpty() ? all : List.of());
        for (Source s : notice.sources()) {
            if (s.kind() == SourceKind.DATA_SUBJECT) {
                provided.addAll(s.data().isEmpty() ? all : s.data());
            }
        }
        notice.purposes().stream().filter(p -> p.requirement().isPresent()).forEach(p -> provided.removeAll(p.data()));
        for (Purpose p : notice.purposes()) {
            if (p.requirement().isEmpty()) {
                p.data().stream().filter(provided::contains).findFirst().ifPresent(c -> report.add(p.origin().at(),
                        "Purpose '" + p.id() + "' uses '" + c + "', which the data subject provides, but no purpose "
                                + "says whether providing it is required; add 'requirement:' with 'kind:' and "
                                + "'consequence:'."));
            } else if (p.requirement().get().kind() != RequirementKind.VOLUNTARY
                    && p.requirement().get().consequence().isEmpty()) {
                report.add(p.requirement().get().origin().of("kind"), "Purpose '" + p.id() + "' says providing the "
                        + "data is " + p.requirement().get().kind().keyword() + " but not what follows if they are "
                        + "not given; add 'consequence:' under 'requirement:'.");
            }
        }
    }
}
