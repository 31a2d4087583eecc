package seloste.load;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import seloste.model.Origin;
import seloste.model.SourcePosition;
import seloste.model.Waiver;

/**
 * Reads the fields of one YAML mapping. Each getter names the key it reads, so that {@link #done()}
 * can report every other key as unknown, with the closest known key as a suggestion.
 */
final class MapReader {

    private final String file;
    private final String what;
    private final Problems problems;
    private final SourcePosition at;
    private final SourcePosition end;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> asked = new LinkedHashSet<>();
    private final Map<String, SourcePosition> positions = new HashMap<>();

    private MapReader(String file, MappingNode node, String what, Problems problems) {
        this.file = file;
        this.what = what;
        this.problems = problems;
        this.at = pos(node);
        this.end = YamlDocument.position(file, node.getEndMark());
        for (NodeTuple t : node.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                problems.add(LoadIds.TYPE, pos(t.getKeyNode()), "A key must be a plain word, not a list or mapping.");
                continue;
            }
            NodeTuple first = entries.putIfAbsent(key.getValue(), t);
            if (first != null) {
                problems.add(LoadIds.DUPLICATE_KEY, pos(key), "Key '" + quote(key.getValue()) + "' appears twice in " + what
                        + " (first at line " + pos(first.getKeyNode()).line() + "); keep one of them.");
            }
        }
    }

    /** A reader for {@code node}, or empty (with a problem reported) when it is not a mapping. */
    static Optional<MapReader> of(String file, Node node, String what, Problems problems) {
        if (node instanceof MappingNode m) {
            return Optional.of(new MapReader(file, m, what, problems));
        }
        problems.add(LoadIds.TYPE, pos(file, node), "Expected " + what + " as 'key: value' lines, found "
                + describe(node) + ".");
        return Optional.empty();
    }

    String file() {
        return file;
    }

    Problems problems() {
        return problems;
    }

    SourcePosition at() {
        return at;
    }

    /** Where this mapping and each field read so far were written. */
    Origin origin() {
        return new Origin(at, positions);
    }

    /** The node under {@code key}, or empty when the key is absent or its value is null. */
    Optional<Node> node(String key) {
        asked.add(key);
        NodeTuple t = entries.get(key);
        if (t == null || isNull(t.getValueNode())) {
            return Optional.empty();
        }
        // a list or mapping is pointed at by its key: a block collection starts on the next line
        positions.put(key, pos(t.getValueNode() instanceof ScalarNode ? t.getValueNode() : t.getKeyNode()));
        return Optional.of(t.getValueNode());
    }

    Optional<String> optString(String key) {
        return node(key).flatMap(n -> scalar(n, "'" + key + "'"));
    }

    String string(String key) {
        return optString(key).orElseGet(() -> missing(key, ""));
    }

    /** Reads a value that must be present, reporting it as missing otherwise. */
    <T> T required(String key, Function<String, Optional<T>> read, T fallback) {
        return read.apply(key).orElseGet(() -> missing(key, fallback));
    }

    /** Reports {@code key} as missing unless it is present with a value; returns {@code fallback}. */
    <T> T missing(String key, T fallback) {
        if (!entries.containsKey(key) || isNull(entries.get(key).getValueNode())) {
            problems.add(LoadIds.MISSING, at, "'" + key + "' is missing from " + what + "; add it.");
        }
        return fallback;
    }

    /** True when {@code key} is written with a non-null value. */
    boolean present(String key) {
        return entries.containsKey(key) && !isNull(entries.get(key).getValueNode());
    }

    /** The items of a list under {@code key}, each with its position recorded as {@code key[i]}. */
    List<Node> items(String key) {
        Optional<Node> n = node(key);
        if (n.isEmpty()) {
            return List.of();
        }
        if (!(n.get() instanceof SequenceNode seq)) {
            problems.add(LoadIds.TYPE, pos(n.get()), "'" + key + "' must be a list ('- item' lines or [a, b]), found "
                    + describe(n.get()) + ".");
            return List.of();
        }
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            Node item = seq.getValue().get(i);
            positions.put(key + "[" + i + "]", pos(item));
            out.add(item);
        }
        return out;
    }

    /** A list of mappings under {@code key}. */
    List<MapReader> maps(String key, String itemWhat) {
        List<MapReader> out = new ArrayList<>();
        for (Node item : items(key)) {
            of(file, item, itemWhat, problems).ifPresent(out::add);
        }
        return out;
    }

    /** A list of plain values under {@code key}; positions are recorded as {@code key[i]}. */
    List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        for (Node item : items(key)) {
            scalar(item, "each item of '" + key + "'").ifPresent(out::add);
        }
        return out;
    }

    Optional<MapReader> map(String key, String mapWhat) {
        return node(key).flatMap(n -> of(file, n, mapWhat, problems));
    }

    /**
     * Reads the waivers of this mapping and reports every key that no getter asked for. Call once,
     * after reading all fields.
     */
    void done() {
        for (MapReader w : maps("waive", "a waiver")) {
            String rule = w.string("rule");
            String reason = w.string("reason");
            if (!rule.isEmpty() && !reason.isBlank()) {
                problems.waiver(new Waiver(rule, reason, w.at(), at, end));
            }
            w.done();
        }
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!asked.contains(e.getKey())) {
                problems.add(LoadIds.UNKNOWN_KEY, pos(e.getValue().getKeyNode()), "Unknown key '" + quote(e.getKey())
                        + "' in " + what + "." + Suggestions.hint(e.getKey(), asked));
            }
        }
    }

    /** The text of a scalar, NFC-normalised; a list or mapping where text belongs is reported. */
    Optional<String> scalar(Node n, String label) {
        if (n instanceof ScalarNode s) {
            return isNull(s) ? Optional.empty() : Optional.of(publishable(s));
        }
        problems.add(LoadIds.TYPE, pos(n), label + " must be a single value, found " + describe(n) + ".");
        return Optional.empty();
    }

    /**
     * The scalar's text in NFC, so that a decomposed ä reads as ä everywhere. A character no
     * published document may hold (a control character, an unpaired surrogate, a non-character)
     * is reported and left out.
     */
    private String publishable(ScalarNode s) {
        if (plain(s.getValue())) {
            return s.getValue();
        }
        String v = Normalizer.normalize(s.getValue(), Normalizer.Form.NFC);
        StringBuilder clean = new StringBuilder(v.length());
        int bad = -1;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1));
            if (pair) {
                clean.append(c).append(v.charAt(++i));
            } else if (forbidden(c)) {
                bad = bad < 0 ? c : bad;
            } else {
                clean.append(c);
            }
        }
        if (bad >= 0) {
            problems.add(LoadIds.VALUE, pos(s), String.format("The text contains the character U+%04X, which cannot be "
                    + "published (a control character or a broken one); remove it.", bad));
        }
        return clean.toString();
    }

    /**
     * True when every character is printable and below U+0300, where the combining marks begin: such a
     * text, as nearly every Finnish, Swedish or English one is, is in NFC already and needs no copy.
     */
    private static boolean plain(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c < 0xA0 || c >= 0x300) {
                return false;
            }
        }
        return true;
    }

    private static boolean forbidden(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F
                || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF;
    }

    void problem(String ruleId, Node n, String message) {
        problems.add(ruleId, pos(n), message);
    }

    SourcePosition pos(Node n) {
        return pos(file, n);
    }

    static SourcePosition pos(String file, Node n) {
        return YamlDocument.position(file, n.getStartMark());
    }

    private static boolean isNull(Node n) {
        if (n instanceof ScalarNode s && s.isPlain()) {
            String v = s.getValue();
            return v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL");
        }
        return false;
    }

    /** A value as it may be quoted in a message: one line, control characters shown as '?', at most 40 characters. */
    static String quote(String value) {
        String s = value.codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    static String describe(Node n) {
        if (n instanceof MappingNode) {
            return "a mapping";
        }
        if (n instanceof SequenceNode) {
            return "a list";
        }
        return "the value '" + quote(((ScalarNode) n).getValue()) + "'";
    }
}
