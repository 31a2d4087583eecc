package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.Contact;
import seloste.model.Notice;
import seloste.model.Repository;

/** The data subject must learn how to exercise the rights, not only that they exist. */
final class RightsChannelMissingRule extends NoticeRule {

    RightsChannelMissingRule() {
        super("rights.channel.missing", Severity.WARNING, "GDPR Art. 12(2), 13(2)(b), 14(2)(c)",
                "A notice does not say how to make a request to exercise a right.",
                "Add 'rights_requests:' saying where and how to send a request, or at least an 'email:' under "
                        + "'contact:'.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        boolean email = notice.contact().flatMap(Contact::email).isPresent();
        if (notice.rightsRequests().isEmpty() && !email) {
            report.add(notice.contact().map(c -> c.origin().at()).orElse(notice.origin().at()), "Notice '"
                    + notice.id() + "' does not say how to make a request to exercise a right; add "
                    + "'rights_requests:' or an 'email:' under 'contact:'.");
        }
    }
}
