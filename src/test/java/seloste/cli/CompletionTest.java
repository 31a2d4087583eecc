package seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.AutoComplete;
import picocli.CommandLine;

/** The bash/zsh completion script picocli generates, which the build also writes to target/seloste_completion. */
class CompletionTest {

    @Test
    void completesEveryCommandAndItsOptions() {
        String script = AutoComplete.bash("seloste", new CommandLine(new SelosteCommand()));
        String commands = script.lines().filter(l -> l.strip().startsWith("local commands=")).findFirst()
                .orElseThrow();
        assertThat(commands.strip().replaceAll("^local commands=\"|\"$", "").split(" ")).contains("build", "check",
                "rules", "explain", "init", "preview", "diff", "generate-completion");
        assertThat(script).contains("--controller-name", "--notice-id", "--port", "--fail-on", "--lang");
    }

    @Test
    void theGenerateCompletionCommandPrintsTheSameScript() {
        StringWriter out = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "generate-completion");
        assertThat(code).isZero();
        assertThat(out.toString().strip()).isEqualTo(AutoComplete.bash("seloste", new CommandLine(new SelosteCommand()))
                .strip());
    }
}
