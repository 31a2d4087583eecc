package seloste.diff;

import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import seloste.model.Language;
import seloste.model.LocalizedText;

/** Puts material changes into words in one language: one line per change, under a line per notice. */
public final class ChangeText {

    private final Catalogue phrases;

    public ChangeText(Language language) {
        this.phrases = new Catalogue(language);
    }

    /** The heading line of a notice: its id, file and title. */
    public String heading(NoticeDiff d) {
        LocalizedText title = d.after().or(d::before).orElseThrow().title();
        String file = d.after().or(d::before).orElseThrow().origin().at().file();
        return phrases.get("heading", Map.of("id", d.id(), "file", file, "title", text(title)));
    }

    /** One line for {@code c}, starting with + (new), - (removed) or ~ (changed). */
    public String line(MaterialChange c) {
        Map<String, String> v = Map.of("name", text(c.name()), "before", c.before().map(t -> term(c.kind(), t))
                .orElse(""), "after", c.after().map(t -> term(c.kind(), t)).orElse(""),
                "country", c.after().flatMap(Term::text).map(this::text).orElse(""));
        return switch (c.kind()) {
            case NOTICE_ADDED -> "+ " + phrases.get("notice.added", v);
            case NOTICE_REMOVED -> "- " + phrases.get("notice.removed", v);
            case PURPOSE_ADDED -> "+ " + phrases.get("purpose.added", v);
            case PURPOSE_REMOVED -> "- " + phrases.get("purpose.removed", v);
            case LEGAL_BASIS_CHANGED -> "~ " + phrases.get("basis.changed", v);
            case ART9_CONDITION_CHANGED -> "~ " + phrases.get("art9.changed", v);
            case CATEGORY_ADDED -> "+ " + phrases.get(c.after().flatMap(Term::keyword).filter("ordinary"::equals)
                    .isPresent() ? "category.added" : "category.added.kind", v);
            case RECIPIENT_ADDED -> "+ " + phrases.get("recipient.added", v);
            case TRANSFER_ADDED -> "+ " + phrases.get(c.after().flatMap(Term::keyword).isPresent()
                    ? "transfer.added.mechanism" : "transfer.added", v);
            case RETENTION_CHANGED -> c.before().isEmpty() ? "+ " + phrases.get("retention.added", v)
                    : c.after().isEmpty() ? "- " + phrases.get("retention.removed", v)
                    : "~ " + phrases.get("retention.changed", v);
        };
    }

    /** The closing line: how many notices changed, or that none did. */
    public String summary(List<NoticeDiff> diffs, int notices, String revision) {
        return diffs.isEmpty() ? phrases.get("summary.none", Map.of("rev", revision))
                : phrases.get("summary", Map.of("rev", revision, "count", Integer.toString(diffs.size()),
                        "total", Integer.toString(notices)));
    }

    private String term(ChangeKind kind, Term t) {
        return switch (kind) {
            case PURPOSE_ADDED, PURPOSE_REMOVED, LEGAL_BASIS_CHANGED -> keyword("basis", t.keyword());
            case ART9_CONDITION_CHANGED -> keyword("art9", t.keyword());
            case CATEGORY_ADDED -> keyword("category", t.keyword());
            case TRANSFER_ADDED -> keyword("mechanism", t.keyword());
            case RETENTION_CHANGED -> retention(t);
            case NOTICE_ADDED, NOTICE_REMOVED, RECIPIENT_ADDED -> "";
        };
    }

    private String keyword(String group, Optional<String> keyword) {
        return phrases.get(group + "." + keyword.orElse("none"));
    }

    private String retention(Term t) {
        List<String> parts = new ArrayList<>();
        t.period().map(this::period).ifPresent(parts::add);
        if (t.period().isPresent() && t.keyword().isPresent()) {
            parts.add(phrases.get("event." + t.keyword().get()));
        }
        t.text().map(this::text).filter(s -> !s.isEmpty()).ifPresent(parts::add);
        return parts.isEmpty() ? phrases.get("retention.none") : String.join(" ", parts);
    }

    private String period(Period p) {
        List<String> parts = new ArrayList<>();
        add(parts, p.getYears(), "year");
        add(parts, p.getMonths(), "month");
        add(parts, p.getDays(), "day");
        if (parts.size() < 2) {
            return parts.isEmpty() ? "0" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + phrases.get("and") + " "
                + parts.get(parts.size() - 1);
    }

    private void add(List<String> parts, int n, String unit) {
        if (n != 0) {
            parts.add(phrases.get("period." + unit + (n == 1 ? ".one" : ".other"), Map.of("n",
                    Integer.toString(n))));
        }
    }

    /** The text in this language, or the first language it is written in. */
    private String text(LocalizedText t) {
        return t.in(phrases.language()).or(() -> Arrays.stream(Language.values()).map(t::in)
                .flatMap(Optional::stream).findFirst()).orElse("");
    }
}
