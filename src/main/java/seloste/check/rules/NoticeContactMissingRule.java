package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.Contact;
import seloste.model.Notice;
import seloste.model.Repository;

/** Readers need someone to ask about this processing; the controller's switchboard is a poor substitute. */
final class NoticeContactMissingRule extends NoticeRule {

    NoticeContactMissingRule() {
        super("notice.contact.missing", Severity.WARNING, "GDPR Art. 12(2), 13(1)(a), 14(1)(a)",
                "A notice names no contact for matters concerning the processing, or the contact cannot be reached.",
                "Add 'contact:' to the notice with 'email:' or 'phone:' (and a 'name:' such as the customer service).");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        if (notice.contact().isEmpty()) {
            report.add(notice.origin().at(), "Notice '" + notice.id() + "' names no contact for questions about the "
                    + "processing; add 'contact:' with 'email:' or 'phone:'.");
            return;
        }
        Contact c = notice.contact().get();
        if (c.email().isEmpty() && c.phone().isEmpty() && c.address().isEmpty()) {
            report.add(c.origin().at(), "The contact of notice '" + notice.id() + "' gives no e-mail, phone or "
                    + "address; add 'email:' or 'phone:' under 'contact:'.");
        }
    }
}
