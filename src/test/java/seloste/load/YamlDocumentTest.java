package seloste.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/** Bytes to a node tree: strict UTF-8, and scalars resolved exactly as in YAML's failsafe schema. */
class YamlDocumentTest {

    private static List<String> problems(byte[] bytes) {
        Problems problems = new Problems();
        YamlDocument.parse("f.yaml", bytes, problems);
        return problems.all().stream().map(Problem::toString).toList();
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsText() {
        Problems problems = new Problems();
        Optional<Node> root = YamlDocument.parse("f.yaml", "a: \"x \uFFFD y\"\n".getBytes(StandardCharsets.UTF_8),
                problems);
        assertThat(problems.all()).isEmpty();
        assertThat(((ScalarNode) ((MappingNode) root.orElseThrow()).getValue().get(0).getValueNode()).getValue())
                .isEqualTo("x \uFFFD y");
    }

    @Test
    void bytesThatAreNotUtf8AreReportedAtTheFirstOfThem() {
        byte[] latin1 = "a: b\nc: Äö\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(problems(latin1)).containsExactly(
                "f.yaml:2:4: error [input.encoding] The file is not valid UTF-8 (byte 8); save it as UTF-8.");
        byte[] cut = Arrays.copyOf("a: ä".getBytes(StandardCharsets.UTF_8), 4);
        assertThat(problems(cut)).containsExactly(
                "f.yaml:1:4: error [input.encoding] The file is not valid UTF-8 (byte 3); save it as UTF-8.");
    }

    @Test
    void scalarsResolveAsInTheFailsafeSchema() {
        ScalarResolver failsafe = new FailsafeSchema().getScalarResolver();
        ScalarResolver ours = YamlDocument.STRINGS.getScalarResolver();
        for (String value : List.of("", " ", "~", "null", "Null", "true", "12", "0x1F", "2026-01-15", "$HOME",
                "${X}", "kirjanpitolaki", "P10Y")) {
            for (boolean implicit : new boolean[] {true, false}) {
                assertThat(ours.resolve(value, implicit)).as("'%s', implicit %s", value, implicit)
                        .isEqualTo(failsafe.resolve(value, implicit));
            }
        }
    }
}
