package seloste.render;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a template renders: every sentence already worded and localised, every list ready to
 * iterate. Templates only loop over lists and test whether optional parts are present. The
 * records are turned into plain maps and lists by {@link TemplateModels} before FreeMarker sees them.
 *
 * @param label static labels from the phrase catalogue ({@code label.*}), printed as they are
 * @param sections the numbered sections in reading order; also the table of contents
 * @param summary the first layer of the notice, shown above the contents and on a page of its own
 * @param anchors each section's id mapped to the anchor its Markdown heading gets on GitHub, GitLab
 *     and Hugo ({@code 3-purposes-of-the-processing-and-legal-bases}), for the Markdown contents
 */
record NoticeView(Page page, Header header, Map<String, String> label, Summary summary, List<Section> sections,
        Map<String, String> anchors) {

    NoticeView {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(summary, "summary");
        label = Map.copyOf(label);
        sections = List.copyOf(sections);
        anchors = Map.copyOf(anchors);
    }

    NoticeView(Page page, Header header, Map<String, String> label, Summary summary, List<Section> sections) {
        this(page, header, label, summary, sections, MarkdownAnchors.of(sections));
    }

    /**
     * The first layer (EDPB transparency guidelines): who, why and on what basis, how long, your
     * rights and whom to contact, each linking to the section that tells the whole.
     *
     * @param title the title of the summary page ({@code <title>})
     * @param notice the file name of the full notice page, which the summary page links to
     */
    record Summary(String heading, String title, String intro, String full, String notice, List<SummaryPart> parts) {

        Summary {
            parts = List.copyOf(parts);
        }
    }

    /**
     * One question of the first layer, answered in a line or a few.
     *
     * @param section the id of the section that tells the whole
     * @param more the link text to that section ("More information: 3. Purposes …")
     */
    record SummaryPart(String id, String heading, List<String> lines, String section, String more) {

        SummaryPart {
            lines = List.copyOf(lines);
        }
    }

    /**
     * The page around the notice.
     *
     * @param lang the language code for {@code lang} attributes
     * @param effective the effective date in ISO form, for machine-readable metadata
     * @param languages every language the notice is published in, for the switcher
     * @param alternates the other languages, for {@code <link rel="alternate">}
     */
    record Page(String lang, String title, String subject, String author, String version, String effective,
            List<LanguageLink> languages, List<LanguageLink> alternates) {

        Page {
            languages = List.copyOf(languages);
            alternates = List.copyOf(alternates);
        }
    }

    /** A link to the notice in one language, named in that language ("Svenska"). */
    record LanguageLink(String lang, String name, String html, String markdown, boolean current) {
    }

    /** The top of the notice: title, controller, version line, introduction and registers covered. */
    record Header(String title, String controller, String version, List<String> intro,
            Optional<String> registersIntro, List<String> registers) {

        Header {
            intro = List.copyOf(intro);
            registers = List.copyOf(registers);
        }
    }

    /**
     * A numbered section with an {@code h2} whose id is stable and English ({@code purposes}).
     *
     * @param objections rights to object, shown apart from the rest (Art. 21(4))
     * @param closing blocks after everything else
     */
    record Section(String id, String number, String heading, List<String> paragraphs, List<Block> blocks,
            Optional<Table> table, List<Block> objections, List<Block> closing) {

        Section {
            paragraphs = List.copyOf(paragraphs);
            blocks = List.copyOf(blocks);
            objections = List.copyOf(objections);
            closing = List.copyOf(closing);
        }

        static Section of(String id, String heading, List<String> paragraphs, List<Block> blocks) {
            return new Section(id, "", heading, paragraphs, blocks, Optional.empty(), List.of(), List.of());
        }

        Section withTable(Table t) {
            return new Section(id, number, heading, paragraphs, blocks, Optional.of(t), objections, closing);
        }

        Section withObjections(List<Block> o) {
            return new Section(id, number, heading, paragraphs, blocks, table, o, closing);
        }

        Section withClosing(List<Block> c) {
            return new Section(id, number, heading, paragraphs, blocks, table, objections, c);
        }

        Section numbered(int n) {
            return new Section(id, Integer.toString(n), heading, paragraphs, blocks, table, objections, closing);
        }
    }

    /** A part of a section, with an {@code h3} when it has a heading. */
    record Block(String id, Optional<String> heading, List<String> paragraphs, List<Field> fields,
            List<Item> items) {

        Block {
            paragraphs = List.copyOf(paragraphs);
            fields = List.copyOf(fields);
            items = List.copyOf(items);
        }

        static Block of(String id, String heading, List<String> paragraphs, List<Field> fields) {
            return new Block(id, Optional.of(heading), paragraphs, fields, List.of());
        }

        static Block untitled(String id, List<String> paragraphs, List<Field> fields, List<Item> items) {
            return new Block(id, Optional.empty(), paragraphs, fields, items);
        }
    }

    /** A list item, with notes shown as a nested list. */
    record Item(String text, List<String> notes) {

        Item {
            notes = List.copyOf(notes);
        }
    }

    /** A labelled value, or several (one {@code <dd>} each); linked when {@code href} is present. */
    record Field(String label, List<String> texts, Optional<String> href) {

        Field {
            texts = List.copyOf(texts);
        }

        static Field of(String label, String text) {
            return new Field(label, List.of(text), Optional.empty());
        }
    }

    /** A data table with a caption and column headers. */
    record Table(String caption, List<String> columns, List<List<String>> rows) {

        Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
