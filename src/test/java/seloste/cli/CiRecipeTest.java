package seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import picocli.CommandLine;

/** The CI recipes in docs/ci are valid YAML, and every seloste command in them parses as written. */
class CiRecipeTest {

    private static final Pattern COMMAND = Pattern.compile("target/seloste ([^>|;\\n]*)");

    @ParameterizedTest
    @ValueSource(strings = {"github-actions.yml", "gitlab-ci.yml"})
    void everySelosteCommandInTheRecipeParses(String name) throws IOException {
        String text = Files.readString(Path.of("docs/ci").resolve(name));
        Object yaml = new Load(LoadSettings.builder().build()).loadFromString(text);
        assertThat(yaml).isInstanceOf(Map.class);
        List<String> commands = new ArrayList<>();
        Matcher m = COMMAND.matcher(text);
        while (m.find()) {
            commands.add(m.group(1).strip());
        }
        assertThat(commands).as("seloste commands in %s", name).anyMatch(c -> c.startsWith("check"))
                .anyMatch(c -> c.startsWith("diff --fail-on unversioned")).anyMatch(c -> c.equals("build"));
        for (String c : commands) {
            String[] args = Arrays.stream(c.split("\\s+")).map(a -> a.replace("\"", "")).toArray(String[]::new);
            new CommandLine(new SelosteCommand()).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
        }
    }
}
