package seloste.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import seloste.check.Finding;
import seloste.check.Rule;
import seloste.load.LoadResult;
import seloste.load.Loader;

/**
 * Every rule against its fixtures: {@code check/<rule-id>/bad.yaml} carries an {@code # expect[col]: message}
 * marker on each line the rule must report, and {@code good.yaml} must give the rule nothing to say.
 */
class RulesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/check");
    private static final Pattern MARKER = Pattern.compile("# expect\\[(\\d+)]: (.*)$");

    static Stream<Rule> rules() {
        return Rules.all().stream();
    }

    /** A rule's fixture: {@code bad.yaml}, or a {@code bad/} folder when it needs several files. */
    private static Path fixture(Rule rule, String name) {
        Path file = Path.of(rule.id(), name + ".yaml");
        return Files.exists(FIXTURES.resolve(file)) ? file : Path.of(rule.id(), name);
    }

    private static List<Finding> run(Rule rule, String name) {
        Path fixture = fixture(rule, name);
        LoadResult loaded = new Loader(FIXTURES).load(List.of(Path.of("_shared/controller.yaml"),
                Path.of("_shared/recipients.yaml"), fixture));
        assertThat(loaded.problems()).as("fixture %s must load cleanly", fixture).isEmpty();
        return rule.check(loaded.repository());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void reportsExactlyTheMarkedLinesOfItsBadFixture(Rule rule) throws IOException {
        List<String> expected = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(FIXTURES.resolve(fixture(rule, "bad")))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            String label = FIXTURES.relativize(file).toString().replace('\\', '/');
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = MARKER.matcher(lines.get(i));
                if (m.find()) {
                    expected.add(label + ":" + (i + 1) + ":" + m.group(1) + ": " + rule.severity().label()
                            + " [" + rule.id() + "] " + m.group(2));
                }
            }
        }
        assertThat(expected).as("the bad fixture has markers").isNotEmpty();
        List<String> found = run(rule, "bad").stream().map(Finding::toString).toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void findsNothingInItsGoodFixture(Rule rule) {
        assertThat(run(rule, "good")).isEmpty();
    }

    /**
     * The checker runs the notice rules together, notice by notice, sharing what they read of each notice:
     * every rule must find there exactly what it finds run alone, in the same order.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void findsTheSameRunWithTheOtherRulesAsAlone(Rule fixtureOf) {
        Path fixture = fixture(fixtureOf, "bad");
        LoadResult loaded = new Loader(FIXTURES).load(List.of(Path.of("_shared/controller.yaml"),
                Path.of("_shared/recipients.yaml"), fixture));
        List<Rule> all = Rules.all();
        List<List<Finding>> together = Rules.run(all, loaded.repository());
        assertThat(together.stream().mapToInt(List::size).sum()).as("%s gives the rules something to find", fixture)
                .isPositive();
        for (int i = 0; i < all.size(); i++) {
            assertThat(together.get(i)).as("%s on %s", all.get(i).id(), fixture)
                    .containsExactlyElementsOf(all.get(i).check(loaded.repository()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void explainsItself(Rule rule) {
        assertThat(rule.id()).matches("[a-z0-9]+(?:[.-][a-z0-9]+)+");
        assertThat(rule.article()).isNotBlank();
        assertThat(rule.summary()).endsWith(".");
        assertThat(rule.fix()).endsWith(".");
    }

    @Test
    void idsAreUnique() {
        Set<String> ids = new HashSet<>();
        Rules.all().forEach(r -> assertThat(ids.add(r.id())).as("duplicate id %s", r.id()).isTrue());
    }

    @Test
    void everyRuleClassIsRegistered() {
        Set<String> registered = new HashSet<>();
        Rules.all().forEach(r -> registered.add(r.getClass().getName()));
        Set<String> declared = new HashSet<>();
        for (JavaClass c : new ClassFileImporter().importPackages("seloste.check.rules")) {
            if (c.isAssignableTo(Rule.class) && !c.getModifiers().contains(JavaModifier.ABSTRACT)
                    && !c.isInterface()) {
                declared.add(c.getName());
            }
        }
        assertThat(registered).containsExactlyInAnyOrderElementsOf(declared);
    }
}
