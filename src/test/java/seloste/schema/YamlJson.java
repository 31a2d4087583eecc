package seloste.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * YAML as an editor's language server sees it: YAML 1.2 core schema, so {@code 1.10} is a number,
 * {@code true} a boolean and {@code no} a string; then as a JSON tree for the validator.
 */
final class YamlJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private YamlJson() {
    }

    static JsonNode read(String yaml) {
        LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema()).setAllowDuplicateKeys(true).build();
        Optional<Node> root = new Compose(settings).composeString(yaml);
        Object value = root.map(n -> new StandardConstructor(settings).constructSingleDocument(Optional.of(n)))
                .orElse(null);
        return MAPPER.valueToTree(value);
    }
}
