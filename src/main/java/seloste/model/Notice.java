package seloste.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One privacy notice: what one controller tells the data subjects of one or more registers.
 *
 * @param id the notice's id, also its output file name
 * @param controller id of the controller, defined in a shared controller file
 * @param languages the languages the notice is published in, in output order
 * @param version the version as written ({@code 1.10} stays {@code 1.10})
 * @param effective the date from which this version applies
 * @param registers the registers (filing systems) the notice covers
 * @param contact whom to contact about the notice and the processing
 * @param rightsRequests how a data subject makes a request to exercise a right
 * @param security the security measures, one per item
 */
public record Notice(String id, String controller, LocalizedText title, List<Language> languages, String version,
        LocalDate effective, List<LocalizedText> registers, Optional<Contact> contact,
        Optional<Children> children, List<DataSubject> subjects, List<DataCategory> categories,
        List<Purpose> purposes, List<Source> sources, List<Disclosure> recipients, List<Transfer> transfers,
        List<Retention> retention, List<AutomatedDecision> automatedDecisions, List<Cookie> cookies,
        List<LocalizedText> security, Optional<LocalizedText> rightsRequests, List<Change> changes, Origin origin) {

    public Notice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(controller, "controller");
        Objects.requireNonNull(title, "title");
        languages = List.copyOf(languages);
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(effective, "effective");
        registers = List.copyOf(registers);
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(children, "children");
        subjects = List.copyOf(subjects);
        categories = List.copyOf(categories);
        purposes = List.copyOf(purposes);
        sources = List.copyOf(sources);
        recipients = List.copyOf(recipients);
        transfers = List.copyOf(transfers);
        retention = List.copyOf(retention);
        automatedDecisions = List.copyOf(automatedDecisions);
        cookies = List.copyOf(cookies);
        security = List.copyOf(security);
        Objects.requireNonNull(rightsRequests, "rightsRequests");
        changes = List.copyOf(changes);
        Objects.requireNonNull(origin, "origin");
    }

    public Optional<DataCategory> category(String categoryId) {
        return categories.stream().filter(c -> c.id().equals(categoryId)).findFirst();
    }

    public Optional<Purpose> purpose(String purposeId) {
        return purposes.stream().filter(p -> p.id().equals(purposeId)).findFirst();
    }

    /** True when any data are obtained otherwise than from the data subject, so Art. 14 applies. */
    public boolean collectsIndirectly() {
        return sources.stream().anyMatch(s -> !s.kind().direct());
    }

    /** True when any data are obtained from the data subject, so Art. 13 applies. */
    public boolean collectsDirectly() {
        return sources.isEmpty() || sources.stream().anyMatch(s -> s.kind().direct());
    }
}
