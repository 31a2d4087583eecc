package seloste.model;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What of a notice applies to one of its purposes: the records that describe one processing activity
 * purpose by purpose (the Art. 30 record, the machine-readable notice) take their rows from here.
 */
public final class PurposeScope {

    private PurposeScope() {
    }

    /** The recipients the purpose's data go to: those that name the purpose, or name no purpose at all. */
    public static List<Disclosure> recipients(Notice notice, Purpose purpose) {
        return notice.recipients().stream()
                .filter(d -> d.purposes().isEmpty() || d.purposes().contains(purpose.id())).toList();
    }

    /**
     * The transfers the purpose's data take part in: those to one of its recipients, and those to a
     * recipient the notice lists for no purpose, which may serve any of them.
     */
    public static List<Transfer> transfers(Notice notice, Purpose purpose) {
        Set<String> mine = recipients(notice, purpose).stream().map(Disclosure::recipient).collect(Collectors.toSet());
        Set<String> listed = notice.recipients().stream().map(Disclosure::recipient).collect(Collectors.toSet());
        return notice.transfers().stream()
                .filter(t -> mine.contains(t.recipient()) || !listed.contains(t.recipient())).toList();
    }

    /**
     * The retention rules for the purpose's data: those that name the purpose, and those that name no
     * purpose but cover one of its data categories, or everything.
     */
    public static List<Retention> retention(Notice notice, Purpose purpose) {
        return notice.retention().stream().filter(r -> r.purposes().isEmpty()
                ? r.data().isEmpty() || r.data().stream().anyMatch(purpose.data()::contains)
                : r.purposes().contains(purpose.id())).toList();
    }
}
