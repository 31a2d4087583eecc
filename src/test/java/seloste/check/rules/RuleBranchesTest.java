package seloste.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import seloste.check.Finding;
import seloste.check.Rule;
import seloste.load.LoadResult;
import seloste.load.Loader;

/**
 * The further bad fixtures of a rule, for branches that one notice cannot show at once: each
 * {@code check/<rule-id>/bad-<name>.yaml}, or {@code bad-<name>/} folder of source files, must give exactly
 * the findings its {@code # expect[col]: message} markers name.
 */
class RuleBranchesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/check");
    private static final Pattern MARKER = Pattern.compile("# expect\\[(\\d+)]: (.*)$");

    static Stream<Arguments> fixtures() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            try (Stream<Path> entries = Files.list(FIXTURES.resolve(rule.id()))) {
                entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("bad-")).sorted()
                        .forEach(n -> out.add(Arguments.of(rule, n)));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fixtures")
    void reportsExactlyTheMarkedLines(Rule rule, String fixture) throws IOException {
        Path root = FIXTURES.resolve(rule.id()).resolve(fixture);
        List<String> expected = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                String label = FIXTURES.relativize(file).toString().replace('\\', '/');
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = MARKER.matcher(lines.get(i));
                    if (m.find()) {
                        expected.add(label + ":" + (i + 1) + ":" + m.group(1) + ": " + rule.severity().label() + " ["
                                + rule.id() + "] " + m.group(2));
                    }
                }
            }
        }
        assertThat(expected).as("%s has markers", fixture).isNotEmpty();
        LoadResult loaded = new Loader(FIXTURES).load(List.of(Path.of("_shared/controller.yaml"),
                Path.of("_shared/recipients.yaml"), Path.of(rule.id(), fixture)));
        assertThat(loaded.problems()).as("fixture %s/%s must load cleanly", rule.id(), fixture).isEmpty();
        List<String> found = rule.check(loaded.repository()).stream().map(Finding::toString).toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }
}
