package seloste.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything loaded from a set of source files: controllers, shared recipients, notices, the
 * waivers written among them, and the translations confirmed in the lock files beside them.
 */
public record Repository(List<Controller> controllers, List<Recipient> recipients, List<Notice> notices,
        List<Waiver> waivers, List<Confirmation> confirmations) {

    public Repository {
        controllers = List.copyOf(controllers);
        recipients = List.copyOf(recipients);
        notices = List.copyOf(notices);
        waivers = List.copyOf(waivers);
        confirmations = List.copyOf(confirmations);
    }

    /** A repository with no confirmed translations. */
    public Repository(List<Controller> controllers, List<Recipient> recipients, List<Notice> notices,
            List<Waiver> waivers) {
        this(controllers, recipients, notices, waivers, List.of());
    }

    public Optional<Controller> controller(String id) {
        return controllers.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Recipient> recipient(String id) {
        return recipients.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
