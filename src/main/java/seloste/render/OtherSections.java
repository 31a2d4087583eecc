package seloste.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import seloste.model.Art22Exception;
import seloste.model.AutomatedDecision;
import seloste.model.Change;
import seloste.model.Cookie;
import seloste.model.LocalizedText;
import seloste.render.NoticeView.Block;
import seloste.render.NoticeView.Field;
import seloste.render.NoticeView.Item;
import seloste.render.NoticeView.Section;
import seloste.render.NoticeView.Table;

/** Automated decisions, cookies, security measures and the change log. */
final class OtherSections {

    private OtherSections() {
    }

    static Section automatedDecisions(ViewContext c) {
        String heading = c.t("heading.automated_decisions");
        if (c.notice.automatedDecisions().isEmpty()) {
            return Section.of("automated-decisions", heading, List.of(c.t("automated.none")), List.of());
        }
        List<Block> blocks = new ArrayList<>();
        boolean anySolely = false;
        for (AutomatedDecision d : c.notice.automatedDecisions()) {
            anySolely |= d.solelyAutomated();
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add(c.t(d.solelyAutomated() ? "automated.solely" : "automated.not_solely"));
            if (d.profiling()) {
                paragraphs.add(c.t("automated.profiling"));
            }
            d.exception().ifPresent(e -> paragraphs.add(c.t("automated.exception." + e.keyword())));
            if (d.exception().filter(e -> e != Art22Exception.LAW).isPresent()) {
                paragraphs.add(c.t("automated.safeguards"));
            }
            List<Field> f = new ArrayList<>();
            c.text(d.logic()).ifPresent(t -> f.add(c.field("logic", t)));
            c.text(d.significance()).ifPresent(t -> f.add(c.field("significance", t)));
            c.text(d.consequences()).ifPresent(t -> f.add(c.field("consequences", t)));
            blocks.add(Block.of("decision-" + d.id(), c.text(d.name()), paragraphs, f));
        }
        List<String> intro = List.of(c.t(anySolely ? "automated.intro" : "automated.none"));
        return Section.of("automated-decisions", heading, intro, blocks);
    }

    static Optional<Section> cookies(ViewContext c) {
        if (c.notice.cookies().isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        for (Cookie k : c.notice.cookies()) {
            rows.add(List.of(k.name(), k.provider(), c.t("cookies.type." + k.type().keyword()), c.text(k.description()),
                    k.duration().map(c::period).orElse(c.t("cookies.session"))));
        }
        Table table = new Table(c.t("cookies.caption"), List.of(c.t("label.cookie_name"), c.t("label.cookie_provider"),
                c.t("label.cookie_type"), c.t("label.cookie_purpose"), c.t("label.cookie_duration")), rows);
        return Optional.of(Section.of("cookies", c.t("heading.cookies"), List.of(c.t("cookies.intro")), List.of())
                .withTable(table));
    }

    static Optional<Section> security(ViewContext c) {
        if (c.notice.security().isEmpty()) {
            return Optional.empty();
        }
        List<Item> items = new ArrayList<>();
        for (LocalizedText measure : c.notice.security()) {
            items.add(new Item(c.text(measure), List.of()));
        }
        Block list = Block.untitled("security-measures", List.of(), List.of(), items);
        return Optional.of(Section.of("security", c.t("heading.security"), List.of(c.t("security.intro")),
                List.of(list)));
    }

    static Optional<Section> changes(ViewContext c) {
        if (c.notice.changes().isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        for (Change ch : c.notice.changes()) {
            rows.add(List.of(ch.version(), c.date(ch.date()), c.text(ch.summary())));
        }
        Table table = new Table(c.t("changes.caption"),
                List.of(c.t("label.version"), c.t("label.date"), c.t("label.summary")), rows);
        return Optional.of(Section.of("changes", c.t("heading.changes"), List.of(c.t("changes.intro")), List.of())
                .withTable(table));
    }
}
