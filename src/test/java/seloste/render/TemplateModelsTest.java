package seloste.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import seloste.render.NoticeView.Block;
import seloste.render.NoticeView.Field;
import seloste.render.NoticeView.Item;

/** Templates get plain maps, lists, strings and booleans, never Java objects. */
class TemplateModelsTest {

    @Test
    void recordsBecomeMapsAndAbsentOptionalsBecomeMissingKeys() {
        Block block = new Block("b", Optional.empty(), List.of("p"),
                List.of(new Field("L", List.of("t"), Optional.of("https://e.fi"))), List.of(new Item("i", List.of())));
        Object model = TemplateModels.of(block);
        assertThat(model).isEqualTo(Map.of("id", "b", "paragraphs", List.of("p"),
                "fields", List.of(Map.of("label", "L", "texts", List.of("t"), "href", "https://e.fi")),
                "items", List.of(Map.of("text", "i", "notes", List.of()))));
        assertThat(((Map<?, ?>) model).containsKey("heading")).isFalse();
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> TemplateModels.of(LocalDate.of(2026, 1, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TemplateModels.of(Fixtures.full())).isInstanceOf(IllegalArgumentException.class);
    }
}
