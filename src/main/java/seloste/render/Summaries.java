package seloste.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import seloste.model.Contact;
import seloste.model.Controller;
import seloste.model.Purpose;
import seloste.model.Retention;
import seloste.render.NoticeView.Section;
import seloste.render.NoticeView.Summary;
import seloste.render.NoticeView.SummaryPart;

/**
 * Builds the first layer of a layered notice (EDPB Guidelines on transparency, paragraphs 35–38):
 * the controller, each purpose with its legal basis in a few words, each retention rule in a line,
 * the rights in one line, and whom to contact, each part linking to the section that tells the whole.
 */
final class Summaries {

    private Summaries() {
    }

    /** The summary of the notice whose numbered {@code sections} are already built. */
    static Summary of(ViewContext c, List<Section> sections) {
        Map<String, Section> byId = sections.stream().collect(Collectors.toMap(Section::id, Function.identity()));
        List<SummaryPart> parts = List.of(
                part(c, byId, "summary-who", "who", List.of(c.t("summary.who_text", "controller", c.controllerName())),
                        "controller"),
                part(c, byId, "summary-why", "why", purposes(c), "purposes"),
                part(c, byId, "summary-how-long", "how_long", retention(c), "retention"),
                part(c, byId, "summary-rights", "rights", List.of(c.t("summary.rights_text")), "rights"),
                part(c, byId, "summary-contact", "contact", contact(c), "contact"));
        String title = c.text(c.notice.title());
        return new Summary(c.t("summary.heading"),
                c.t("summary.page_title", "title", title, "controller", c.controllerName()),
                c.t("summary.page_intro"), c.t("summary.full"), c.notice.id() + ".html", parts);
    }

    private static SummaryPart part(ViewContext c, Map<String, Section> sections, String id, String key,
            List<String> lines, String section) {
        Section s = sections.get(section);
        return new SummaryPart(id, c.t("summary." + key), lines, section,
                c.t("summary.more", "section", s.number() + ". " + s.heading()));
    }

    private static List<String> purposes(ViewContext c) {
        List<String> lines = new ArrayList<>();
        for (Purpose p : c.notice.purposes()) {
            String name = c.text(p.name());
            lines.add(p.basis().map(b -> c.t("summary.purpose", "purpose", name, "basis",
                    c.t("summary.basis." + b.keyword()))).orElse(name));
        }
        return lines;
    }

    private static List<String> retention(ViewContext c) {
        List<String> lines = new ArrayList<>();
        for (Retention r : c.notice.retention()) {
            String data = TransferSections.heading(c, r);
            // criteria can run to a paragraph: the first layer points to them instead of quoting them
            lines.add(TransferSections.period(c, r).map(p -> c.t("summary.retention", "data", data, "period", p))
                    .orElse(c.t("summary.retention_criteria", "data", data)));
        }
        return lines;
    }

    /** The contact person, the data protection officer, or failing both the controller's own details. */
    private static List<String> contact(ViewContext c) {
        List<String> lines = new ArrayList<>();
        c.notice.contact().map(k -> details(c, k)).filter(d -> !d.isEmpty()).ifPresent(lines::add);
        c.controller.dpo().map(d -> details(c, d)).filter(d -> !d.isEmpty())
                .ifPresent(d -> lines.add(c.t("summary.dpo", "details", d)));
        if (lines.isEmpty()) {
            Controller ctl = c.controller;
            List<String> parts = new ArrayList<>();
            parts.add(c.controllerName());
            ctl.email().ifPresent(parts::add);
            ctl.phone().ifPresent(parts::add);
            if (ctl.email().isEmpty() && ctl.phone().isEmpty()) {
                parts.add(PartySections.address(c, ctl.postalAddress()));
            }
            lines.add(String.join(", ", parts));
        }
        return lines;
    }

    private static String details(ViewContext c, Contact k) {
        List<String> parts = new ArrayList<>();
        c.text(k.name()).ifPresent(parts::add);
        k.email().ifPresent(parts::add);
        k.phone().ifPresent(parts::add);
        if (k.email().isEmpty() && k.phone().isEmpty()) {
            k.address().ifPresent(a -> parts.add(PartySections.address(c, a)));
        }
        return String.join(", ", parts);
    }
}
