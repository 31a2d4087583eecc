package seloste.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import seloste.load.LoadResult;
import seloste.load.Loader;
import seloste.load.Problem;

/** Waivers written in the sources and a repository's policy, applied to real findings. */
class CheckerTest {

    private static final Path DIR = Path.of("src/test/resources/waivers");
    /** The rules this fixture is about; the rest of the catalogue may say more about it. */
    private static final List<String> RULES = List.of("retention.missing", "purpose.legal-basis.missing",
            "waiver.unused");

    private static LoadResult load(String... files) {
        return new Loader(DIR).load(List.of(files).stream().map(Path::of).toList());
    }

    @Test
    void aWaiverSilencesItsRuleInsideItsMappingOnlyAndUnusedOnesAreReported() {
        LoadResult r = load("controller.yaml", "notice.yaml");
        assertThat(r.problems()).isEmpty();
        assertThat(new Checker().check(r.repository()).stream().filter(f -> RULES.contains(f.ruleId()))
                .map(Finding::toString)).containsExactly(
                "notice.yaml:11:5: error [retention.missing] No retention rule covers the data category 'logs'; "
                        + "say how long it is kept.",
                "notice.yaml:20:5: error [purpose.legal-basis.missing] Purpose 'support' has no legal basis; "
                        + "add 'legal_basis:'.",
                "notice.yaml:28:9: warning [waiver.unused] This waiver of 'retention.vague' waives nothing here; "
                        + "remove it.",
                "notice.yaml:30:9: warning [waiver.unused] No rule has the id 'retention.vauge'; 'seloste rules' "
                        + "lists them.");
    }

    @Test
    void aPolicyChangesSeveritiesOrTurnsRulesOff() {
        LoadResult r = load("controller.yaml", "notice.yaml");
        Policy policy = new Policy(Map.of("retention.missing", Optional.of(Severity.INFO),
                "purpose.legal-basis.missing", Optional.empty()));
        assertThat(new Checker().check(r.repository(), policy).stream().filter(f -> RULES.contains(f.ruleId()))
                .map(f -> f.severity() + " " + f.ruleId()))
                .containsExactly("INFO retention.missing", "WARNING waiver.unused", "WARNING waiver.unused");
    }

    @Test
    void aWaiverWithoutAReasonIsAnError() {
        assertThat(load("no-reason.yaml").problems().stream().map(Problem::toString)).containsExactly(
                "no-reason.yaml:7:9: error [schema.missing] 'reason' is missing from a waiver; add it.");
    }
}
