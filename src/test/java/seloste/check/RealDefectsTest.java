package seloste.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import seloste.load.LoadResult;
import seloste.load.Loader;

/**
 * Notices modelled on ones Finnish companies have published, with their defects kept: every defect
 * (a {@code # defect: rule-id ...} marker on its line) is found by the right rule on that line, and
 * nothing else is reported as an error or a warning.
 */
class RealDefectsTest {

    private static final Path ROOT = Path.of("src/test/resources/real-defects");
    private static final Pattern MARKER = Pattern.compile("# defect: ([a-z0-9. -]+)$");

    @ParameterizedTest
    @ValueSource(strings = {"engineering", "retailer", "club"})
    void everyDefectIsFlaggedByTheRightRuleAndNothingElse(String name) throws IOException {
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.list(ROOT.resolve(name))) {
            for (Path f : files.sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = MARKER.matcher(lines.get(i));
                    if (m.find()) {
                        for (String rule : m.group(1).trim().split(" +")) {
                            expected.add(name + "/" + f.getFileName() + ":" + (i + 1) + " " + rule);
                        }
                    }
                }
            }
        }
        LoadResult loaded = new Loader(ROOT).load(List.of(Path.of(name)));
        assertThat(loaded.problems()).isEmpty();
        Set<String> found = new TreeSet<>();
        for (Finding f : new Checker().check(loaded.repository())) {
            if (f.severity().atLeast(Severity.WARNING)) {
                found.add(f.at().file() + ":" + f.at().line() + " " + f.ruleId());
            }
        }
        assertThat(found).containsExactlyElementsOf(expected);
    }
}
