package seloste.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import seloste.check.Checker;
import seloste.check.Finding;
import seloste.check.Severity;
import seloste.load.Loader;
import seloste.load.LoadResult;
import seloste.model.SourcePosition;

/** The machine formats, on the findings of a real broken notice. */
class ReportsTest {

    private static List<Finding> findings;
    private static final Checker CHECKER = new Checker();

    @BeforeAll
    static void checkABrokenNotice() {
        LoadResult r = new Loader(Path.of("src/test/resources/load")).load(List.of(Path.of("valid/controller.yaml"),
                Path.of("broken")));
        List<Finding> all = new ArrayList<>();
        r.problems().forEach(p -> all.add(new Finding(p.ruleId(), Severity.ERROR, p.message(), p.at(), Optional.empty())));
        all.addAll(CHECKER.check(r.repository()));
        all.add(new Finding("input.unreadable", Severity.ERROR, "No such file, 100% \"odd\": a,b\rc",
                SourcePosition.wholeFile("x:y.yaml"), Optional.empty()));
        findings = all.stream().sorted(Finding.ORDER).toList();
    }

    @Test
    void sarifIsValidAgainstTheSarif210Schema() throws IOException {
        String sarif = Reports.sarif(findings, CHECKER.catalogue(), "0.1.0");
        Schema schema;
        try (InputStream in = ReportsTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
        List<Error> errors = schema.validate(sarif, InputFormat.JSON);
        assertThat(errors).isEmpty();
        JsonNode run = new ObjectMapper().readTree(sarif).get("runs").get(0);
        assertThat(run.get("results")).hasSize(findings.size());
        JsonNode first = run.get("results").get(0);
        int index = first.get("ruleIndex").asInt();
        assertThat(run.get("tool").get("driver").get("rules").get(index).get("id").asText())
                .isEqualTo(first.get("ruleId").asText());
        assertThat(first.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt())
                .isPositive();
    }

    @Test
    void jsonListsEveryFindingWithItsPosition() throws IOException {
        JsonNode root = new ObjectMapper().readTree(Reports.json(findings, "0.1.0"));
        assertThat(root.get("summary").get("error").asInt())
                .isEqualTo(findings.stream().filter(f -> f.severity() == Severity.ERROR).count());
        assertThat(root.get("findings")).hasSize(findings.size());
        JsonNode dup = root.get("findings").get(0);
        assertThat(dup.get("file").asText() + ":" + dup.get("line") + ":" + dup.get("column") + " " + dup.get("rule")
                .asText()).isEqualTo(findings.get(0).at() + " " + findings.get(0).ruleId())
                .startsWith("broken/notice.yaml:1:1 ");
        assertThat(root.get("findings").get(findings.size() - 1).get("message").asText()).contains("\rc");
    }

    @Test
    void githubAnnotationsEscapeWhatWouldBreakTheCommand() {
        String out = Reports.github(findings);
        assertThat(out.lines()).hasSize(findings.size());
        assertThat(out).contains("::error file=broken/notice.yaml,line=16,col=18,title=schema.value::Unknown "
                + "legal_basis 'contrct'.");
        assertThat(out).contains("::error file=x%3Ay.yaml,title=input.unreadable::No such file, 100%25 \"odd\": "
                + "a,b%0Dc\n");
    }
}
