package seloste.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import seloste.check.Finding;
import seloste.load.LoadResult;
import seloste.load.Loader;

/** {@code text.todo} in the shared files, which the notice fixtures of RulesTest do not reach. */
class TextTodoRuleTest {

    @Test
    void findsPlaceholdersInControllerAndRecipientFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("controller.yaml"), """
                kind: controller
                id: acme
                name: "TODO: the registered name"
                postal_address:
                  street: { fi: Katu 1, sv: "TODO: gatan på svenska" }
                  postal_code: TODO
                  city: Helsinki
                email: TODO@example.fi
                """);
        Files.writeString(dir.resolve("recipients.yaml"), """
                kind: recipients
                recipients:
                  - id: mailer
                    name: Mailer Oy
                    role: processor
                    description: { fi: Postitus, sv: Utskick, en: "TODO" }
                """);
        LoadResult loaded = new Loader(dir).load(List.of(Path.of(".")));
        assertThat(loaded.problems()).isEmpty();
        List<Finding> found = new TextTodoRule().check(loaded.repository());
        assertThat(found).map(Finding::toString).containsExactly(
                "controller.yaml:3:7: warning [text.todo] The value of 'name' is still a placeholder: 'TODO: the "
                        + "registered name'; write the real text and remove 'TODO'.",
                "controller.yaml:5:29: warning [text.todo] The sv text is still a placeholder: 'TODO: gatan på "
                        + "svenska'; write the real text and remove 'TODO'.",
                "controller.yaml:6:16: warning [text.todo] The value of 'postal_code' is still a placeholder: 'TODO'; "
                        + "write the real text and remove 'TODO'.",
                "controller.yaml:8:8: warning [text.todo] The value of 'email' is still a placeholder: "
                        + "'TODO@example.fi'; write the real text and remove 'TODO'.",
                "recipients.yaml:6:51: warning [text.todo] The en text is still a placeholder: 'TODO'; write the real "
                        + "text and remove 'TODO'.");
        assertThat(found).allSatisfy(f -> assertThat(f.notice()).isEmpty());
    }
}
