package seloste.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import seloste.BuildRequest;
import seloste.BuildResult;
import seloste.Compiler;
import seloste.OutputFormat;
import seloste.load.LoadResult;
import seloste.load.Loader;
import seloste.model.Language;

/**
 * The published schemas: generated from the model, committed under {@code docs/schema/}, and accepting
 * every source file the loader accepts.
 */
class SchemasTest {

    static final Path COMMITTED = Path.of("docs", "schema");
    private static final String UPDATE = "seloste.schema.update";
    private static final Map<String, Schema> SCHEMAS = new TreeMap<>();

    static Schema schema(String kind) {
        return SCHEMAS.computeIfAbsent(kind, k -> SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Schemas.all().get(k + ".schema.json"), InputFormat.JSON));
    }

    /** Validates YAML text against the schema its {@code kind:} names; the errors as "path: message". */
    static List<String> validate(String yaml) {
        JsonNode json = YamlJson.read(yaml);
        String kind = json.path("kind").asText("");
        assertThat(kind).as("kind of %s", yaml.lines().findFirst().orElse("")).isIn("notice", "controller",
                "recipients", "settings");
        return validate(yaml, kind);
    }

    /** Validates YAML text against the schema of {@code kind}. */
    static List<String> validate(String yaml, String kind) {
        List<String> out = new ArrayList<>();
        for (Error e : schema(kind).validate(YamlJson.read(yaml))) {
            out.add(e.getInstanceLocation() + ": " + e.getMessage());
        }
        return out;
    }

    @Test
    void theCommittedSchemasAreTheGeneratedOnes() throws IOException {
        Map<String, String> generated = Schemas.all();
        assertThat(generated.keySet()).containsExactly("controller.schema.json", "notice.schema.json",
                "recipients.schema.json", "settings.schema.json");
        if (Boolean.getBoolean(UPDATE)) {
            Files.createDirectories(COMMITTED);
            for (Map.Entry<String, String> e : generated.entrySet()) {
                Files.writeString(COMMITTED.resolve(e.getKey()), e.getValue());
            }
        }
        for (Map.Entry<String, String> e : generated.entrySet()) {
            Path file = COMMITTED.resolve(e.getKey());
            String committed = Files.isRegularFile(file) ? Files.readString(file) : "";
            assertThat(committed).as("%s is out of date with the model; regenerate it with: mvn -q -B -ntp test "
                    + "-Dtest=SchemasTest -D%s=true", file, UPDATE).isEqualTo(e.getValue());
        }
    }

    @Test
    void everySchemaIsValidDraft202012() {
        for (String kind : List.of("notice", "controller", "recipients", "settings")) {
            JsonNode node = schema(kind).getSchemaNode();
            assertThat(node.path("$schema").asText()).isEqualTo(Schemas.DIALECT);
            Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(com.networknt.schema.SchemaLocation.of(Schemas.DIALECT));
            assertThat(meta.validate(node)).as(kind).isEmpty();
        }
    }

    @Test
    void theBuildPublishesTheSchemasBesideTheNotices(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        BuildResult result = new Compiler(Path.of(""), Optional.empty()).build(new BuildRequest(List.of(
                Path.of("notices")), out, Path.of("templates"), Set.of(Language.EN), Set.of(OutputFormat.HTML),
                Optional.empty()));
        assertThat(result.failure()).isEmpty();
        for (Map.Entry<String, String> e : Schemas.all().entrySet()) {
            assertThat(out.resolve("schema").resolve(e.getKey())).hasContent(e.getValue());
        }
        assertThat(out.resolve("en/customers.html")).isRegularFile();
    }

    static Stream<Path> exampleFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("notices"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleFiles")
    void everyExampleFileNamesItsSchemaOnItsFirstLineAndValidates(Path file) throws IOException {
        String yaml = Files.readString(file);
        String kind = YamlJson.read(yaml).path("kind").asText();
        assertThat(yaml.lines().findFirst()).hasValue("# yaml-language-server: $schema=../docs/schema/" + kind
                + ".schema.json");
        assertThat(file.resolveSibling("../docs/schema/" + kind + ".schema.json").normalize()).isRegularFile();
        assertThat(validate(yaml)).isEmpty();
    }

    @Test
    void aBrokenExampleFailsAtTheBrokenValues() throws IOException {
        String yaml = Files.readString(Path.of("notices/customers.yaml"))
                .replaceFirst("legal_basis: contract", "legal_basis: contrakt")
                .replaceFirst("\nversion: ", "\nversoin: ");
        assertThat(validate(yaml)).anySatisfy(e -> assertThat(e).startsWith("/purposes/0/legal_basis: "))
                .anySatisfy(e -> assertThat(e).contains("versoin"))
                .anySatisfy(e -> assertThat(e).contains("version"));
    }

    /** Every rule fixture the loader reads without a problem is valid under the schema too. */
    @Test
    void theSchemaAcceptsEveryRuleFixtureTheLoaderAccepts() throws IOException {
        Path root = Path.of("src/test/resources/check");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        int checked = 0;
        for (Path f : files) {
            String label = root.relativize(f).toString().replace('\\', '/');
            LoadResult loaded = new Loader(root).load(List.of(Path.of("_shared/controller.yaml"),
                    Path.of("_shared/recipients.yaml"), root.relativize(f)));
            if (loaded.problems().stream().noneMatch(p -> p.at().file().equals(label))) {
                assertThat(validate(Files.readString(f))).as(label).isEmpty();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }
}
