package seloste.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.Node;
import seloste.model.Children;
import seloste.model.Language;
import seloste.model.LocalizedText;
import seloste.model.Notice;

/** Reads a {@code kind: notice} file. */
final class NoticeReader {

    /** A notice id becomes a file name: not a device name Windows reserves, nor the index page's name. */
    private static final java.util.regex.Pattern RESERVED =
            java.util.regex.Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]|index");
    private static final List<String> CODES = Arrays.stream(Language.values()).map(Language::code).toList();

    private NoticeReader() {
    }

    static Notice read(MapReader r) {
        String id = Values.id(r);
        if (RESERVED.matcher(id).matches()) {
            r.problems().add(LoadIds.VALUE, r.origin().of("id"), "'" + id + "' is reserved as a file name (a device "
                    + "name on Windows, or the index page); choose another notice id.");
        }
        String controller = Values.checkedId(r, "controller", r.string("controller"));
        LocalizedText title = Values.requiredText(r, "title");
        List<Language> languages = languages(r);
        String version = r.string("version");
        LocalDate effective = Values.date(r, "effective").orElseGet(() -> r.missing("effective", LocalDate.EPOCH));
        Notice n = new Notice(id, controller, title, languages, version, effective,
                texts(r, "registers"),
                r.map("contact", "the contact").map(ControllerReader::contact),
                r.map("children", "'children'").map(NoticeReader::children),
                list(r, "data_subjects", "a data subject", SectionReaders::subject),
                list(r, "data_categories", "a data category", SectionReaders::category),
                list(r, "purposes", "a purpose", PurposeReader::read),
                list(r, "sources", "a source", SectionReaders::source),
                list(r, "recipients", "a recipient entry", SectionReaders::disclosure),
                list(r, "transfers", "a transfer", SectionReaders::transfer),
                list(r, "retention", "a retention rule", SectionReaders::retention),
                list(r, "automated_decisions", "an automated decision", SectionReaders::decision),
                list(r, "cookies", "a cookie", SectionReaders::cookie),
                texts(r, "security"),
                Values.text(r, "rights_requests"),
                list(r, "changes", "a change log entry", SectionReaders::change),
                r.origin());
        r.done();
        return n;
    }

    private static <T> List<T> list(MapReader r, String key, String what, Function<MapReader, T> read) {
        return r.maps(key, what).stream().map(read).toList();
    }

    private static List<LocalizedText> texts(MapReader r, String key) {
        List<LocalizedText> out = new ArrayList<>();
        for (Node item : r.items(key)) {
            Values.localized(r, key, item, false).ifPresent(out::add);
        }
        return out;
    }

    private static List<Language> languages(MapReader r) {
        List<Language> out = new ArrayList<>();
        List<String> codes = r.strings("languages");
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Optional<Language> l = Language.fromCode(code);
            if (l.isEmpty()) {
                r.problems().add(LoadIds.VALUE, r.origin().of("languages[" + i + "]"), "Unknown language '"
                        + MapReader.quote(code) + "'; languages are fi, sv and en." + Suggestions.hint(code, CODES));
            } else if (out.contains(l.get())) {
                r.problems().add(LoadIds.VALUE, r.origin().of("languages[" + i + "]"), "Language '" + code
                        + "' is listed twice.");
            } else {
                out.add(l.get());
            }
        }
        if (codes.isEmpty() && r.present("languages")) {
            r.problems().add(LoadIds.VALUE, r.origin().of("languages"), "'languages' must list at least one of fi, sv, en.");
        } else if (codes.isEmpty()) {
            r.missing("languages", out);
        }
        return out;
    }

    private static Children children(MapReader r) {
        Children c = new Children(Values.integer(r, "minimum_age", 0, 18).orElseGet(() -> r.missing("minimum_age", 0)),
                Values.flag(r, "information_society_service", false), r.origin());
        r.done();
        return c;
    }
}
