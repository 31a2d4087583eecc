package seloste.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import seloste.model.Language;
import seloste.render.NoticeView.Header;
import seloste.render.NoticeView.LanguageLink;
import seloste.render.NoticeView.Page;
import seloste.render.NoticeView.Section;

/** Builds the whole {@link NoticeView} of one notice in one language, sections in reading order. */
final class NoticeViews {

    private NoticeViews() {
    }

    static NoticeView build(ViewContext c) {
        List<Optional<Section>> drafts = List.of(
                Optional.of(PartySections.controller(c)),
                Optional.of(PartySections.contact(c)),
                Optional.of(ProcessingSections.purposes(c)),
                Optional.of(ProcessingSections.data(c)),
                Optional.of(ProcessingSections.sources(c)),
                Optional.of(ProcessingSections.recipients(c)),
                Optional.of(TransferSections.transfers(c)),
                Optional.of(TransferSections.retention(c)),
                Optional.of(RightsSections.rights(c)),
                Optional.of(PartySections.complaint(c)),
                Optional.of(OtherSections.automatedDecisions(c)),
                OtherSections.cookies(c),
                OtherSections.security(c),
                OtherSections.changes(c));
        List<Section> sections = new ArrayList<>();
        for (Optional<Section> s : drafts) {
            s.ifPresent(section -> sections.add(section.numbered(sections.size() + 1)));
        }
        return new NoticeView(page(c), header(c), c.phrases.section("label."), Summaries.of(c, sections), sections);
    }

    private static Page page(ViewContext c) {
        String title = c.text(c.notice.title());
        String controller = c.controllerName();
        List<LanguageLink> languages = new ArrayList<>();
        for (Language l : c.notice.languages()) {
            String file = "../" + l.code() + "/" + c.notice.id();
            languages.add(new LanguageLink(l.code(), c.t("language." + l.code()), file + ".html", file + ".md",
                    l == c.lang));
        }
        List<LanguageLink> alternates = languages.stream().filter(l -> !l.current()).toList();
        return new Page(c.lang.code(), c.t("document.page_title", "title", title, "controller", controller),
                c.t("document.subject", "controller", controller), controller, c.notice.version(),
                c.notice.effective().toString(), languages, alternates);
    }

    private static Header header(ViewContext c) {
        String controller = c.controllerName();
        List<String> registers = c.notice.registers().stream().map(c::text).toList();
        Optional<String> registersIntro = registers.isEmpty() ? Optional.empty()
                : Optional.of(c.t(registers.size() == 1 ? "document.registers_one" : "document.registers_other"));
        return new Header(c.text(c.notice.title()), controller,
                c.t("document.version", "version", c.notice.version(), "date", c.date(c.notice.effective())),
                List.of(c.t("document.intro", "controller", controller), c.t("document.regulation")),
                registersIntro, registers);
    }
}
