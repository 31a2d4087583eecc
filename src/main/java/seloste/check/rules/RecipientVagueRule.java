package seloste.check.rules;

import java.util.regex.Pattern;
import seloste.check.Severity;
import seloste.model.Disclosure;
import seloste.model.Notice;
import seloste.model.Recipient;
import seloste.model.Repository;

/** "Partners" tells the data subject nothing; WP260 asks for the recipients, or specific categories of them. */
final class RecipientVagueRule extends NoticeRule {

    private static final Pattern VAGUE = Pattern.compile("(?iuU)\\s*(?:our|other|meidän|muut|våra|andra)?\\s*"
            + "(?:business\\s+partners?|partners?|service\\s+providers?|third\\s+parties|"
            + "(?:yhteistyö)?kumppan(?:it|imme)|palveluntarjoaj(?:at|amme)|kolmannet\\s+osapuolet|"
            + "samarbetspartner(?:s|na)?|tjänsteleverantörer(?:na)?|tredje\\s+parter?)\\s*\\.?\\s*");

    RecipientVagueRule() {
        super("recipient.vague", Severity.WARNING, "GDPR Art. 13(1)(e), 14(1)(e); WP260 rev.01 Annex",
                "A recipient is described only by a vague category such as 'partners' or 'service providers'.",
                "Name the actual recipient in the recipients file, or make the category specific: type, sector "
                        + "and location, e.g. 'IT service providers in the EU'.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (Disclosure d : notice.recipients()) {
            Recipient r = repository.recipient(d.recipient()).orElse(null);
            if (r != null && r.name().values().values().stream().anyMatch(v -> VAGUE.matcher(v).matches())) {
                report.add(d.origin().of("recipient"), "Recipient '" + r.id() + "' is described only as '"
                        + Wording.sample(r.name()) + "'; in the recipients file, name the recipient or give its type, "
                        + "sector and location in 'name:'.");
            }
        }
    }
}
