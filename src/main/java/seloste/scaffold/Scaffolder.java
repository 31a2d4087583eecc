package seloste.scaffold;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import seloste.model.Language;

/** Writes the YAML of a scaffold: a controller file (unless only a notice is asked for) and a notice file. */
public final class Scaffolder {

    /** The form of an id, as the loader checks it. */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    private Scaffolder() {
    }

    /** File name to YAML text: the controller file first when there is one, then the notice. */
    public static Map<String, String> files(Scaffold s) {
        Map<String, String> out = new LinkedHashMap<>();
        s.controllerName().ifPresent(name -> out.put(s.controllerFile(), controller(s, name)));
        out.put(s.noticeFile(), notice(s));
        return out;
    }

    /** An id made from a name: "Aurora Kodinkone Oy" gives {@code aurora-kodinkone-oy}. */
    public static String idFrom(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^[^a-z]+|-+$", "");
        String id = ascii.length() > 40 ? ascii.substring(0, 40).replaceAll("-+$", "") : ascii;
        return id.isEmpty() ? "controller" : id;
    }

    private static String controller(Scaffold s, String name) {
        StringBuilder y = header(s, "controller", "Controller");
        y.append("kind: controller\n");
        y.append("id: ").append(s.controllerId()).append('\n');
        y.append("name: ").append(quote(name)).append('\n');
        y.append("type: company\n");
        y.append("business_id: ").append(quote(s.businessId().orElse("TODO"))).append('\n');
        y.append("postal_address:\n");
        y.append("  street: ").append(quote("TODO: street address or P.O. box")).append('\n');
        y.append("  postal_code: ").append(quote("TODO")).append('\n');
        y.append("  city: ").append(quote("TODO: city")).append('\n');
        y.append("  country: FI\n");
        s.phone().ifPresent(p -> y.append("phone: ").append(quote(p)).append('\n'));
        y.append("email: ").append(quote(s.email().orElse("TODO"))).append('\n');
        return y.toString();
    }

    private static String notice(Scaffold s) {
        List<Language> ls = s.languages();
        StringBuilder y = header(s, "notice", "Privacy notice");
        y.append("kind: notice\n");
        y.append("id: ").append(s.noticeId()).append('\n');
        y.append("controller: ").append(s.controllerId()).append('\n');
        text(y, "", "title", ls, l -> s.titles().getOrDefault(l, Placeholder.TITLE.in(l)));
        y.append("languages: [").append(String.join(", ", ls.stream().map(Language::code).toList())).append("]\n");
        y.append("version: \"1.0\"\n");
        y.append("effective: ").append(s.effective()).append('\n');
        y.append("contact:\n");
        text(y, "  ", "name", ls, Placeholder.CONTACT::in);
        y.append("  email: ").append(quote(s.email().orElse("TODO"))).append('\n');
        text(y, "", "rights_requests", ls, Placeholder.RIGHTS::in);
        y.append("data_subjects:\n  - id: data-subjects\n");
        text(y, "    ", "name", ls, Placeholder.SUBJECTS::in);
        y.append("data_categories:\n  - id: contact-details\n");
        text(y, "    ", "name", ls, Placeholder.CATEGORY::in);
        y.append("    kind: ordinary\n");
        text(y, "    ", "examples", ls, Placeholder.EXAMPLES::in);
        y.append("purposes:\n  - id: main-purpose\n");
        text(y, "    ", "name", ls, Placeholder.PURPOSE::in);
        text(y, "    ", "description", ls, Placeholder.DESCRIPTION::in);
        y.append("    legal_basis: contract\n");
        y.append("    requirement:\n      kind: contractual\n");
        text(y, "      ", "consequence", ls, Placeholder.CONSEQUENCE::in);
        y.append("    data: [contact-details]\n    subjects: [data-subjects]\n");
        y.append("sources:\n  - id: data-subject\n    kind: data_subject\n");
        y.append("retention:\n  - data: [contact-details]\n");
        text(y, "    ", "criteria", ls, Placeholder.RETENTION::in);
        y.append("security:\n");
        text(y, "  ", "-", ls, Placeholder.SECURITY::in);
        y.append("changes:\n  - version: \"1.0\"\n    date: ").append(s.effective()).append('\n');
        text(y, "    ", "summary", ls, Placeholder.FIRST_VERSION::in);
        return y.toString();
    }

    private static StringBuilder header(Scaffold s, String kind, String what) {
        return new StringBuilder("# yaml-language-server: $schema=").append(s.schemaFolder()).append('/')
                .append(kind).append(".schema.json\n# ").append(what)
                .append(", scaffolded by seloste init: replace every TODO, then run 'seloste check'.\n");
    }

    /** {@code key:} followed by one line per language; {@code "-"} writes a list item instead of a key. */
    private static void text(StringBuilder y, String indent, String key, List<Language> languages,
            Function<Language, String> value) {
        boolean item = key.equals("-");
        y.append(indent).append(item ? "- " : key + ":\n");
        String inner = indent + "  ";
        for (int i = 0; i < languages.size(); i++) {
            Language l = languages.get(i);
            y.append(item && i == 0 ? "" : inner).append(l.code()).append(": ").append(quote(value.apply(l)))
                    .append('\n');
        }
    }

    /** A YAML double-quoted scalar: any text reads back exactly as given. */
    static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f || Character.getType(c) == Character.FORMAT) {
                        q.append(String.format(Locale.ROOT, "\\u%04x", c));
                    } else {
                        q.appendCodePoint(c);
                    }
                }
            }
        });
        return q.append('"').toString();
    }
}
