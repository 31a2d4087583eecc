package seloste.ropa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import seloste.model.Controller;
import seloste.model.Disclosure;
import seloste.model.Language;
import seloste.model.Notice;
import seloste.model.Purpose;
import seloste.model.PurposeScope;
import seloste.model.Recipient;
import seloste.model.RecipientRole;
import seloste.model.Repository;
import seloste.model.Retention;

/**
 * Builds a controller's record of processing activities (GDPR Art. 30(1)) from its notices: one row per
 * purpose, in the order of the notices and of their purposes. Where the sources lack an item the
 * article asks for, the cell stays empty and a {@link Gap} says what to add; where the sources say
 * there is none (no recipients, no transfers, no DPO), the cell says so.
 */
public final class RecordOfProcessing {

    private final Repository repository;
    private final Controller controller;
    private final Cells cells;
    private final RopaTexts texts;
    private final List<Gap> gaps = new ArrayList<>();

    private RecordOfProcessing(Repository repository, Controller controller, Language language) {
        this.repository = repository;
        this.controller = controller;
        this.texts = new RopaTexts(language);
        this.cells = new Cells(language, texts);
    }

    /** The record of {@code controller}, or empty when the repository has no controller with that id. */
    public static Optional<ProcessingRecord> of(Repository repository, String controller, Language language) {
        return repository.controller(controller).map(c -> new RecordOfProcessing(repository, c, language)
                .build(language));
    }

    private ProcessingRecord build(Language language) {
        List<Map<Column, String>> rows = new ArrayList<>();
        for (Notice n : repository.notices()) {
            if (!n.controller().equals(controller.id())) {
                continue;
            }
            if (n.security().isEmpty()) {
                gaps.add(new Gap(n.origin().at(), Column.SECURITY, "Notice '" + n.id() + "' describes no security "
                        + "measures, which the record of processing activities states where possible (GDPR Art. "
                        + "30(1)(g)); add 'security:' with the main technical and organisational measures."));
            }
            for (Purpose p : n.purposes()) {
                rows.add(row(n, p));
            }
        }
        if (controller.email().isEmpty() && controller.phone().isEmpty() && controller.website().isEmpty()) {
            gaps.add(0, new Gap(controller.origin().at(), Column.CONTROLLER, "Controller '" + controller.id()
                    + "' gives no contact details, which the record of processing activities states (GDPR Art. "
                    + "30(1)(a)); add 'email:', 'phone:' or 'website:'."));
        }
        List<String> headings = Arrays.stream(Column.values()).map(c -> texts.t(c.key())).toList();
        return new ProcessingRecord(language, texts.t("sheet"), headings, rows, gaps);
    }

    private Map<Column, String> row(Notice n, Purpose p) {
        Map<Column, String> row = new EnumMap<>(Column.class);
        List<Recipient> recipients = PurposeScope.recipients(n, p).stream().map(Disclosure::recipient)
                .distinct().flatMap(id -> repository.recipient(id).stream()).toList();
        row.put(Column.ID, n.id() + "/" + p.id());
        row.put(Column.CONTROLLER, cells.controller(controller));
        List<String> joint = recipients.stream().filter(r -> r.role() == RecipientRole.JOINT_CONTROLLER)
                .map(r -> cells.text(r.name())).toList();
        row.put(Column.JOINT_CONTROLLERS, joint.isEmpty() ? cells.t("none") : Cells.join(joint));
        row.put(Column.REPRESENTATIVE, cells.contact(controller.representative()));
        row.put(Column.DPO, cells.contact(controller.dpo()));
        row.put(Column.NOTICE, cells.text(n.title()));
        row.put(Column.PURPOSE, cells.text(p.name()) + cells.text(p.description()).map(d -> " – " + d).orElse(""));
        List<String> bases = new ArrayList<>();
        p.basis().ifPresent(b -> bases.add(cells.keyword("basis", b)));
        p.art9Condition().ifPresent(c -> bases.add(cells.keyword("art9", c)));
        row.put(Column.LEGAL_BASIS, Cells.join(bases));
        row.put(Column.SUBJECTS, Cells.join(p.subjects().stream().flatMap(id -> n.subjects().stream()
                .filter(s -> s.id().equals(id))).map(s -> cells.text(s.name())).toList()));
        row.put(Column.DATA, Cells.join(p.data().stream().flatMap(id -> n.category(id).stream())
                .map(cells::category).toList()));
        row.put(Column.RECIPIENTS, recipients.isEmpty() ? cells.t("no_recipients")
                : Cells.join(recipients.stream().map(cells::recipient).toList()));
        List<String> transfers = PurposeScope.transfers(n, p).stream()
                .map(t -> cells.transfer(t, repository.recipient(t.recipient()))).toList();
        row.put(Column.TRANSFERS, transfers.isEmpty() ? cells.t("no_transfers") : Cells.join(transfers));
        row.put(Column.RETENTION, Cells.join(PurposeScope.retention(n, p).stream().map(r -> retention(n, r)).toList()));
        row.put(Column.SECURITY, Cells.sentences(n.security().stream().map(cells::text).toList()));
        gaps(n, p, row);
        return row;
    }

    private String retention(Notice n, Retention r) {
        String data = r.data().isEmpty() ? cells.t("all_data")
                : String.join(", ", r.data().stream().flatMap(id -> n.category(id).stream())
                        .map(c -> cells.text(c.name())).toList());
        return cells.retention(r, data);
    }

    private void gaps(Notice n, Purpose p, Map<Column, String> row) {
        String who = "Purpose '" + p.id() + "' of notice '" + n.id() + "'";
        if (row.get(Column.SUBJECTS).isEmpty()) {
            gaps.add(new Gap(p.origin().at(), Column.SUBJECTS, who + " names no categories of data subjects, which "
                    + "the record of processing activities states (GDPR Art. 30(1)(c)); add 'subjects:'."));
        }
        if (row.get(Column.DATA).isEmpty()) {
            gaps.add(new Gap(p.origin().at(), Column.DATA, who + " names no categories of personal data, which the "
                    + "record of processing activities states (GDPR Art. 30(1)(c)); add 'data:'."));
        }
        if (row.get(Column.RETENTION).isEmpty()) {
            gaps.add(new Gap(p.origin().at(), Column.RETENTION, who + " has no retention rule, so the record of "
                    + "processing activities cannot give a time limit for erasure (GDPR Art. 30(1)(f)); add a "
                    + "'retention:' entry whose 'purposes:' names it or whose 'data:' covers its data."));
        }
    }
}
