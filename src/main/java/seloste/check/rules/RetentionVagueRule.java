package seloste.check.rules;

import java.util.regex.Pattern;
import seloste.check.Severity;
import seloste.model.LocalizedText;
import seloste.model.Notice;
import seloste.model.Repository;
import seloste.model.Retention;

/** "As long as necessary" is not a retention period (WP260 rev.01, Annex). */
final class RetentionVagueRule extends NoticeRule {

    private static final Pattern VAGUE = Pattern.compile("(?iu)as long as (?:is |it is )?(?:necessary|needed|required)"
            + "|niin kauan kuin (?:se )?(?:on )?(?:tarpeen|tarpeellista|tarvitaan|välttämätöntä)"
            + "|så länge (?:som )?(?:det )?(?:är )?(?:nödvändigt|behövs|erforderligt)");

    RetentionVagueRule() {
        super("retention.vague", Severity.ERROR, "GDPR Art. 13(2)(a), 14(2)(a); WP260 rev.01 Annex",
                "A retention rule gives no period and no concrete criteria.",
                "Give 'period:' (e.g. P3Y) with 'from:', or 'criteria:' naming the event or the law that ends "
                        + "the storage, not only 'as long as necessary'.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (Retention r : notice.retention()) {
            if (r.period().isPresent()) {
                continue;
            }
            if (r.criteria().isEmpty() && r.from().isEmpty() && r.fromText().isEmpty()) {
                report.add(r.origin().at(), "This retention rule gives neither a period nor criteria; add 'period:' "
                        + "or 'criteria:'.");
            } else if (r.criteria().map(RetentionVagueRule::vague).orElse(false)) {
                report.add(r.origin().of("criteria"), "'As long as necessary' is not a retention period; give a "
                        + "period or the concrete criteria that end the storage.");
            }
        }
    }

    private static boolean vague(LocalizedText text) {
        return text.values().values().stream().anyMatch(t -> VAGUE.matcher(t).find() && !t.matches("(?s).*\\d.*"));
    }
}
