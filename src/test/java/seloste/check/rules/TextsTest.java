package seloste.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import seloste.check.rules.Texts.Located;
import seloste.load.LoadResult;
import seloste.load.Loader;
import seloste.model.Notice;
import seloste.model.Repository;

/** Texts are named by the path of YAML keys a lawyer sees in the file, not by Java names. */
class TextsTest {

    private static Repository examples() {
        LoadResult loaded = new Loader(Path.of(".")).load(List.of(Path.of("notices")));
        assertThat(loaded.problems()).isEmpty();
        return loaded.repository();
    }

    private static List<String> paths(Object value, String prefix) {
        return Texts.located(value, prefix).stream().map(Located::path).toList();
    }

    @Test
    void listItemsAreNamedByTheirIdAndFieldsByTheirYamlKeys() {
        Notice customers = examples().notices().stream().filter(n -> n.id().equals("customers")).findFirst()
                .orElseThrow();
        assertThat(paths(customers, "")).contains("title", "registers[1]", "registers[2]", "contact.name",
                "rights_requests", "data_subjects[customers].name", "data_categories[national-id].examples",
                "purposes[orders].description", "purposes[orders].requirement.consequence",
                "purposes[direct-marketing].legitimate_interest", "purposes[bookkeeping].law",
                "sources[credit-bureau].description", "recipients[erp-hosting].note", "retention[1].criteria",
                "automated_decisions[instalment-credit-check].logic", "cookies[aurora_session].description",
                "security[1]", "changes[1.10].summary");
        // no Java names: nothing in camel case outside the brackets, no model-only names
        assertThat(paths(customers, "")).noneMatch(p -> p.replaceAll("\\[[^]]*]", "").matches(".*[A-Z].*")
                || p.startsWith("subjects") || p.startsWith("categories"));
    }

    @Test
    void sharedFilesAreNamedFromTheirOwnRoot() {
        Repository repo = examples();
        assertThat(paths(repo.controller("aurora").orElseThrow(), "")).contains("name", "postal_address.street",
                "postal_address.city", "visiting_address.city", "dpo.name");
        assertThat(paths(repo.recipient("tax-administration").orElseThrow(), "recipients[tax-administration]"))
                .contains("recipients[tax-administration].name", "recipients[tax-administration].description");
    }

    @Test
    void componentNamesBecomeSnakeCaseKeys() {
        assertThat(Texts.key("Purpose", "legitimateInterest")).isEqualTo("legitimate_interest");
        assertThat(Texts.key("Purpose", "art9Law")).isEqualTo("art9_law");
        assertThat(Texts.key("Notice", "rightsRequests")).isEqualTo("rights_requests");
        assertThat(Texts.key("Notice", "subjects")).isEqualTo("data_subjects");
        assertThat(Texts.key("Notice", "categories")).isEqualTo("data_categories");
        assertThat(Texts.key("Purpose", "data")).isEqualTo("data");
    }
}
