package seloste.check.rules;

import java.util.Optional;
import java.util.regex.Pattern;
import seloste.check.Severity;
import seloste.model.Controller;
import seloste.model.Notice;
import seloste.model.Recipient;
import seloste.model.Repository;

/** Text still marked TODO, as {@code seloste init} leaves it, is not ready for readers. */
final class TextTodoRule extends RepositoryRule {

    private static final Pattern TODO = Pattern.compile("(?<![\\p{L}\\p{N}])TODO(?![\\p{L}\\p{N}])");

    TextTodoRule() {
        super("text.todo", Severity.WARNING, "GDPR Art. 12(1) (concise, transparent, intelligible information)",
                "A text or value still holds a TODO marker, such as the placeholders seloste init writes.",
                "Write the real text in place of the placeholder and remove the word TODO.");
    }

    @Override
    void check(Repository repository, Report report) {
        eachNotice(repository, (n, found) -> scan(n, Optional.of(n.id()), found), report);
        for (Controller c : repository.controllers()) {
            scan(c, Optional.empty(), report);
        }
        for (Recipient r : repository.recipients()) {
            scan(r, Optional.empty(), report);
        }
    }

    private static void scan(Record source, Optional<String> notice, Report report) {
        for (Placeholders.Value v : Placeholders.in(source, text -> text.contains("TODO"))) {
            if (TODO.matcher(v.text()).find()) {
                report.add(notice, v.at(), "The " + v.what() + " is still a placeholder: '" + quote(v.text())
                        + "'; write the real text and remove 'TODO'.");
            }
        }
    }

    private static String quote(String s) {
        String line = s.strip().replaceAll("\\s+", " ");
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }
}
