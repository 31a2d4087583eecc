package seloste.bench;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * Small edits on a YAML node tree, read and written with the failsafe schema that the loader uses, so
 * that {@code postal_code: 00101} and {@code version: 1.10} come out as they went in.
 */
final class YamlTree {

    private YamlTree() {
    }

    static Node parse(String text) {
        LoadSettings settings = LoadSettings.builder().setSchema(new FailsafeSchema()).build();
        return new Compose(settings).composeString(text).orElseThrow(() -> new IllegalArgumentException("empty YAML"));
    }

    static String dump(Node root) {
        DumpSettings settings = DumpSettings.builder().setSchema(new FailsafeSchema()).setWidth(100)
                .setIndent(2).setIndicatorIndent(2).setIndentWithIndicator(true)
                .setDefaultFlowStyle(FlowStyle.BLOCK).build();
        StringWriterStream out = new StringWriterStream();
        new Dump(settings).dumpNode(root, out);
        return out.toString();
    }

    static MappingNode map(Node n) {
        return (MappingNode) n;
    }

    static List<Node> list(Node n) {
        return ((SequenceNode) n).getValue();
    }

    static Optional<Node> get(Node mapping, String key) {
        for (NodeTuple t : map(mapping).getValue()) {
            if (((ScalarNode) t.getKeyNode()).getValue().equals(key)) {
                return Optional.of(t.getValueNode());
            }
        }
        return Optional.empty();
    }

    static String string(Node mapping, String key) {
        return ((ScalarNode) get(mapping, key).orElseThrow()).getValue();
    }

    /** Sets {@code key} to {@code value}, in place when the key exists, else at the end. */
    static void put(Node mapping, String key, Node value) {
        List<NodeTuple> tuples = map(mapping).getValue();
        for (int i = 0; i < tuples.size(); i++) {
            if (((ScalarNode) tuples.get(i).getKeyNode()).getValue().equals(key)) {
                tuples.set(i, new NodeTuple(tuples.get(i).getKeyNode(), value));
                return;
            }
        }
        tuples.add(new NodeTuple(scalar(key), value));
    }

    /** The list under {@code key}, created empty when missing. */
    static List<Node> listOf(Node mapping, String key) {
        if (get(mapping, key).isEmpty()) {
            put(mapping, key, new SequenceNode(Tag.SEQ, new ArrayList<>(), FlowStyle.BLOCK));
        }
        return list(get(mapping, key).get());
    }

    static ScalarNode scalar(String value) {
        return new ScalarNode(Tag.STR, value, ScalarStyle.PLAIN);
    }

    /** Replaces the scalar under {@code key} with {@code value}, keeping its style. */
    static void setString(Node mapping, String key, String value) {
        ScalarNode old = (ScalarNode) get(mapping, key).orElseThrow();
        put(mapping, key, new ScalarNode(Tag.STR, value, old.getScalarStyle()));
    }

    /** Appends {@code suffix} to every language of the text under {@code key}, if the key is present. */
    static void appendText(Node mapping, String key, Texts suffix) {
        get(mapping, key).filter(MappingNode.class::isInstance).ifPresent(text -> {
            for (String lang : List.of("fi", "sv", "en")) {
                if (get(text, lang).isPresent()) {
                    setString(text, lang, string(text, lang) + suffix.in(lang));
                }
            }
        });
    }

    /** Text in the three languages. */
    record Texts(String fi, String sv, String en) {

        String in(String lang) {
            return switch (lang) {
                case "fi" -> fi;
                case "sv" -> sv;
                default -> en;
            };
        }
    }

    private static final class StringWriterStream extends StringWriter implements StreamDataWriter {

        @Override
        public void flush() {
            super.flush();
        }
    }
}
