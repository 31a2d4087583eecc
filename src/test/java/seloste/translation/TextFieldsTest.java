package seloste.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import seloste.load.LoadResult;
import seloste.load.Loader;

/** The paths that name translated texts, on a fixture that has every kind of list item. */
class TextFieldsTest {

    @Test
    void pathsFollowTheYamlKeysAndNameListItemsByTheirIdsOrPositions() {
        LoadResult loaded = new Loader(Path.of("src/test/resources/translation"))
                .load(List.of(Path.of("controller.yaml"), Path.of("notice.yaml")));
        assertThat(loaded.problems()).isEmpty();
        assertThat(TextFields.of(loaded.repository())).extracting(TextField::key).containsExactly(
                "controller acme postal_address.city",
                "notice paths title",
                "notice paths registers[1]",
                "notice paths registers[2]",
                "notice paths contact.name",
                "notice paths data_subjects[customers].name",
                "notice paths data_categories[contact].name",
                "notice paths data_categories[contact].examples",
                "notice paths purposes[orders].name",
                "notice paths purposes[orders].legitimate_interest",
                "notice paths purposes[orders].requirement.consequence",
                "notice paths retention[1].criteria",
                "notice paths retention[2].criteria",
                "notice paths cookies[session_id].description",
                "notice paths security[1]",
                "notice paths changes[1.0].summary");
    }

    @Test
    void aTextWrittenOnceAsAPlainStringIsNotATranslation() {
        LoadResult loaded = new Loader(Path.of("src/test/resources/translation"))
                .load(List.of(Path.of("controller.yaml"), Path.of("notice.yaml")));
        assertThat(TextFields.of(loaded.repository())).extracting(TextField::path)
                .doesNotContain("name", "postal_address.street");
    }
}
