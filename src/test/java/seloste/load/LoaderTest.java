package seloste.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import seloste.model.Controller;
import seloste.model.Language;
import seloste.model.Notice;

/** The loader on real YAML files: the format's types win over YAML's guesses, and every problem has a place. */
class LoaderTest {

    private static final Path ROOT = Path.of("src/test/resources/load");

    private static LoadResult load(String... paths) {
        return new Loader(ROOT).load(List.of(paths).stream().map(Path::of).toList());
    }

    private static List<String> problems(LoadResult r) {
        return r.problems().stream().map(Problem::toString).sorted().toList();
    }

    @Test
    void validFilesLoadWithoutProblems() {
        LoadResult r = load("valid");
        assertThat(r.problems()).isEmpty();
        assertThat(r.files()).containsExactly("valid/controller.yaml", "valid/members.yaml", "valid/recipients.yaml");
        Notice n = r.repository().notices().get(0);
        assertThat(n.languages()).containsExactly(Language.FI, Language.SV, Language.EN);
        assertThat(n.purposes().get(0).origin().of("legal_basis").toString()).isEqualTo("valid/members.yaml:17:18");
        assertThat(r.repository().controller("acme").orElseThrow().name().get(Language.SV)).isEqualTo("Testi Oy");
    }

    @Test
    void valuesKeepTheirTextWhateverYamlWouldGuess() {
        LoadResult r = load("traps");
        assertThat(r.problems()).isEmpty();
        Controller c = r.repository().controllers().get(0);
        assertThat(c.postalAddress().country()).isEqualTo("NO");
        assertThat(c.postalAddress().postalCode()).isEqualTo("02130");
        assertThat(c.phone()).contains("+358401234567");
        Notice n = r.repository().notices().get(0);
        assertThat(n.version()).isEqualTo("1.10");
        assertThat(n.title().get(Language.SV)).isEqualTo("no");
        assertThat(n.title().get(Language.EN)).isEqualTo("off");
        assertThat(n.categories().get(0).name().get(Language.FI)).isEqualTo("0777");
        assertThat(n.categories().get(0).name().get(Language.EN)).isEqualTo("~text");
    }

    @Test
    void aBrokenNoticeReportsEveryProblemAtItsPosition() {
        assertThat(problems(load("valid/controller.yaml", "broken"))).containsExactly(
                "broken/notice.yaml:12:5: error [yaml.duplicate-key] Key 'kind' appears twice in a data category "
                        + "(first at line 11); keep one of them.",
                "broken/notice.yaml:16:18: error [schema.value] Unknown legal_basis 'contrct'. Did you mean 'contract'? "
                        + "Allowed: consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests.",
                "broken/notice.yaml:17:12: error [ref.unknown] No data category has the id 'contcat'. Did you mean 'contact'?",
                "broken/notice.yaml:18:23: error [schema.value] 'direct_marketing' is true or false; found 'yes'.",
                "broken/notice.yaml:1:1: error [schema.missing] 'effective' is missing from the file; add it.",
                "broken/notice.yaml:20:11: error [schema.type] 'name' must give the text per language, "
                        + "e.g. 'name: { fi: ..., sv: ..., en: ... }'.",
                "broken/notice.yaml:21:11: error [schema.type] 'data' must be a list ('- item' lines or [a, b]), "
                        + "found the value 'contact'.",
                "broken/notice.yaml:7:1: error [schema.unknown-key] Unknown key 'efective' in the file. "
                        + "Did you mean 'effective'?");
    }

    @Test
    void aReferenceToAMissingControllerIsReported() {
        assertThat(problems(load("valid/members.yaml", "valid/recipients.yaml"))).containsExactly(
                "valid/members.yaml:3:13: error [ref.unknown] No controller has the id 'acme'.");
    }

    @Test
    void hostileFilesEndInPositionedProblemsNotExceptions() {
        assertThat(problems(load("hostile"))).containsExactly(
                "hostile/deep.yaml:2:52: error [input.limit] The document is nested more than 40 levels deep; "
                        + "no notice needs that.",
                "hostile/empty.yaml: error [schema.missing] The file is empty; a source file starts with "
                        + "'kind: notice', 'kind: controller' or 'kind: recipients'.",
                "hostile/latin1.yaml:4:13: error [input.encoding] The file is not valid UTF-8 (byte 56); save it as UTF-8.",
                "hostile/laughs.yaml:13:12: error [input.limit] More than 20 aliases (*name); write the values out instead.",
                "hostile/nul.yaml:4:11: error [schema.value] The text contains the character U+0000, which cannot be "
                        + "published (a control character or a broken one); remove it.",
                "hostile/tabs.yaml:3:1: error [yaml.syntax] Invalid YAML: found character '\\t(TAB)' that cannot start "
                        + "any token. (Do not use \\t(TAB) for indentation) (while scanning for the next token). "
                        + "Check the indentation and quoting on this line.",
                "hostile/tags.yaml:4:11: error [yaml.tag] YAML tags such as "
                        + "'tag:yaml.org,2002:javax.script.ScriptEngineManager' are not allowed; remove the tag and "
                        + "write the value as plain text.",
                "hostile/two-docs.yaml:3:1: error [yaml.syntax] A source file holds one YAML document; remove the "
                        + "'---' and put the rest in a file of its own.");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndingsAreAccepted() {
        LoadResult r = load("hostile/bom-crlf.yaml");
        assertThat(r.problems()).isEmpty();
        assertThat(r.repository().recipient("bom-crlf").orElseThrow().name().get(Language.FI)).isEqualTo("Bom Oy");
    }

    @Test
    void aMissingPathIsReportedAsUnreadable() {
        assertThat(problems(load("no-such-folder"))).containsExactly(
                "no-such-folder: error [input.unreadable] No such file or folder (symbolic links are not followed).");
    }
}
