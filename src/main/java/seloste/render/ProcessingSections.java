package seloste.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import seloste.model.CategoryKind;
import seloste.model.DataCategory;
import seloste.model.DataSubject;
import seloste.model.Disclosure;
import seloste.model.LegalBasis;
import seloste.model.Purpose;
import seloste.model.Recipient;
import seloste.model.Source;
import seloste.render.NoticeView.Block;
import seloste.render.NoticeView.Field;
import seloste.render.NoticeView.Item;
import seloste.render.NoticeView.Section;

/** The sections about the processing itself: purposes and legal bases, data, sources and recipients. */
final class ProcessingSections {

    private ProcessingSections() {
    }

    static Section purposes(ViewContext c) {
        List<Block> blocks = new ArrayList<>();
        for (Purpose p : c.notice.purposes()) {
            List<Field> f = new ArrayList<>();
            p.basis().ifPresent(b -> f.add(c.field("legal_basis", c.t("basis." + b.keyword()))));
            c.text(p.legitimateInterest()).ifPresent(t -> f.add(c.field("legitimate_interest", t)));
            c.text(p.law()).ifPresent(t -> f.add(c.field(lawLabel(p), t)));
            p.art9Condition().ifPresent(a -> f.add(c.field("special_categories", c.t("art9." + a.keyword()))));
            c.text(p.art9Law()).ifPresent(t -> f.add(c.field("art9_law", t)));
            c.text(p.criminalDataLaw()).ifPresent(t -> f.add(c.field("criminal_data_law", t)));
            p.nationalIdGround().ifPresent(g -> f.add(c.field("national_id", c.t("national_id." + g.keyword()))));
            if (!p.data().isEmpty()) {
                f.add(c.field("categories", c.categoryNames(p.data())));
            }
            if (!p.subjects().isEmpty()) {
                f.add(c.field("subjects", c.subjectNames(p.subjects())));
            }
            if (p.directMarketing()) {
                f.add(c.field("direct_marketing", c.t("purposes.direct_marketing")));
            }
            p.requirement().ifPresent(r -> {
                f.add(c.field("requirement", c.t("requirement." + r.kind().keyword())));
                c.text(r.consequence()).ifPresent(t -> f.add(c.field("consequence", t)));
            });
            blocks.add(Block.of("purpose-" + p.id(), c.text(p.name()), c.text(p.description()).stream().toList(), f));
        }
        return Section.of("purposes", c.t("heading.purposes"), List.of(c.t("purposes.intro")), blocks);
    }

    private static String lawLabel(Purpose p) {
        return p.reliesOn(LegalBasis.PUBLIC_TASK) ? "law_public_task" : "law";
    }

    static Section data(ViewContext c) {
        List<Item> subjects = new ArrayList<>();
        for (DataSubject s : c.notice.subjects()) {
            subjects.add(new Item(c.text(s.name()), c.text(s.description()).stream().toList()));
        }
        List<Item> categories = new ArrayList<>();
        for (DataCategory d : c.notice.categories()) {
            List<String> notes = new ArrayList<>();
            c.text(d.examples()).ifPresent(e -> notes.add(c.t("data.examples", "examples", e)));
            marker(c, d).ifPresent(notes::add);
            categories.add(new Item(c.text(d.name()), notes));
        }
        List<String> paragraphs = new ArrayList<>();
        c.notice.children().ifPresent(ch -> {
            paragraphs.add(c.t("data.children", "age", Integer.toString(ch.minimumAge())));
            boolean consent = c.notice.purposes().stream().anyMatch(p -> p.reliesOn(LegalBasis.CONSENT));
            if (ch.informationSocietyService() && consent) {
                paragraphs.add(c.t("data.children_consent"));
            }
        });
        List<Block> blocks = List.of(
                new Block("data-subjects", Optional.of(c.t("data.subjects")), List.of(), List.of(), subjects),
                new Block("data-categories", Optional.of(c.t("data.categories")), List.of(), List.of(), categories));
        return Section.of("data", c.t("heading.data"), paragraphs, blocks);
    }

    private static Optional<String> marker(ViewContext c, DataCategory d) {
        if (d.kind() == CategoryKind.SPECIAL) {
            return Optional.of(d.special()
                    .map(s -> c.t("data.special", "category", c.t("special." + s.keyword())))
                    .orElse(c.t("data.special_unnamed")));
        }
        if (d.kind() == CategoryKind.CRIMINAL) {
            return Optional.of(c.t("data.criminal"));
        }
        if (d.kind() == CategoryKind.NATIONAL_ID) {
            return Optional.of(c.t("data.national_id"));
        }
        return Optional.empty();
    }

    static Section sources(ViewContext c) {
        if (c.notice.sources().isEmpty()) {
            return Section.of("sources", c.t("heading.sources"), List.of(c.t("sources.none")), List.of());
        }
        List<Item> items = new ArrayList<>();
        for (Source s : c.notice.sources()) {
            List<String> notes = new ArrayList<>();
            c.text(s.description()).ifPresent(notes::add);
            if (!s.data().isEmpty()) {
                notes.add(c.t("sources.data", "data", c.categoryNames(s.data())));
            }
            if (!s.kind().direct()) {
                notes.add(c.t(s.publiclyAccessible() ? "sources.public" : "sources.not_public"));
            }
            items.add(new Item(c.t("source." + s.kind().keyword()), notes));
        }
        Block block = Block.untitled("source-list", List.of(), List.of(), items);
        return Section.of("sources", c.t("heading.sources"), List.of(c.t("sources.intro")), List.of(block));
    }

    static Section recipients(ViewContext c) {
        if (c.notice.recipients().isEmpty()) {
            return Section.of("recipients", c.t("heading.recipients"), List.of(c.t("recipients.none")), List.of());
        }
        List<Disclosure> ordered = c.notice.recipients().stream()
                .sorted(Comparator.comparing(d -> c.recipient(d.recipient()).category()))
                .toList();
        List<Block> blocks = new ArrayList<>();
        for (Disclosure d : ordered) {
            Recipient r = c.recipient(d.recipient());
            // a category of recipients is named in the plural ("Kuljetusyhtiöt"), so its role is too
            List<String> role = r.category()
                    ? List.of(c.t("recipient_group." + r.role().keyword()), c.t("recipients.category"))
                    : List.of(c.t("recipient." + r.role().keyword()));
            List<Field> f = new ArrayList<>();
            f.add(new Field(c.t("label.role"), role, Optional.empty()));
            if (!d.purposes().isEmpty()) {
                f.add(c.field("purposes", c.purposeNames(d.purposes())));
            }
            if (!d.data().isEmpty()) {
                f.add(c.field("categories", c.categoryNames(d.data())));
            }
            c.text(d.note()).ifPresent(n -> f.add(c.field("note", n)));
            blocks.add(Block.of("recipient-" + r.id(), c.text(r.name()), c.text(r.description()).stream().toList(), f));
        }
        return Section.of("recipients", c.t("heading.recipients"), List.of(c.t("recipients.intro")), blocks);
    }
}
