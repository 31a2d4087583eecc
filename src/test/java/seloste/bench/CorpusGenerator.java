package seloste.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import seloste.bench.YamlTree.Texts;

/**
 * Writes a synthetic repository of one corporate group's notices, derived from the example notices:
 * a controller file, a recipients file and N notices in three languages. Notice {@code i} is the
 * example {@code i mod 4} made into the notice of business unit {@code i + 1}: its own id, title,
 * purpose texts and local IT provider (some outside the EU/EEA); every second round renames its purposes and shifts its
 * retention periods, and rounds in turn add the features the examples leave out ({@link Snippets}).
 * The output depends only on the examples and N.
 *
 * <p>Run alone: {@code java -cp target/seloste.jar:target/test-classes seloste.bench.CorpusGenerator DIR N}.
 */
public final class CorpusGenerator {

    private static final int PROVIDERS_PER_FILE = 1000;

    private final Map<String, String> examples = new TreeMap<>();
    private final String controller;
    private final String recipients;

    /** @param examplesDir the folder of example sources ({@code notices/}): one controller, one recipients file */
    public CorpusGenerator(Path examplesDir) throws IOException {
        String c = null;
        String r = null;
        try (Stream<Path> files = Files.list(examplesDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                String kind = YamlTree.string(YamlTree.parse(text), "kind");
                switch (kind) {
                    case "notice" -> examples.put(YamlTree.string(YamlTree.parse(text), "id"), text);
                    case "controller" -> c = text;
                    case "recipients" -> r = text;
                    default -> { }
                }
            }
        }
        if (c == null || r == null || examples.isEmpty()) {
            throw new IOException(examplesDir + " needs a controller file, a recipients file and notices");
        }
        this.controller = c;
        this.recipients = r;
    }

    /** The example notice ids, in the order notices cycle through them. */
    List<String> templates() {
        return List.copyOf(examples.keySet());
    }

    /**
     * Writes the corpus into {@code dir} (created) and returns the notice files in order. The local IT
     * providers go into the recipients file, a thousand to a file so that no file nears the loader's size
     * limit.
     */
    public List<Path> write(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("group.controller.yaml"), controller, StandardCharsets.UTF_8);
        for (int chunk = 0; chunk == 0 || chunk * PROVIDERS_PER_FILE < n; chunk++) {
            Node root = YamlTree.parse(chunk == 0 ? recipients : "kind: recipients\nrecipients: []\n");
            List<Node> list = YamlTree.listOf(root, "recipients");
            if (chunk == 0) {
                list.add(Snippets.node(Snippets.LOYALTY_PARTNER));
            }
            for (int u = chunk * PROVIDERS_PER_FILE + 1; u <= Math.min(n, (chunk + 1) * PROVIDERS_PER_FILE); u++) {
                list.add(provider(u));
            }
            String name = chunk == 0 ? "group.recipients.yaml" : "group-" + (chunk + 1) + ".recipients.yaml";
            Files.writeString(dir.resolve(name), YamlTree.dump(root), StandardCharsets.UTF_8);
        }
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            files.add(writeNotice(dir, i, 0));
        }
        return files;
    }

    /** Rewrites notice {@code i} with one purpose text changed, as an edit would; revision 0 is the original. */
    public Path writeNotice(Path dir, int i, int revision) throws IOException {
        Node notice = notice(i, revision);
        Path file = dir.resolve(YamlTree.string(notice, "id") + ".yaml");
        String template = templates().get(i % templates().size());
        Files.writeString(file, "# Synthetic notice for the benchmark: notices/" + template + ".yaml as business unit "
                + (i + 1) + ".\n" + YamlTree.dump(notice), StandardCharsets.UTF_8);
        return file;
    }

    private static Node provider(int unit) {
        Units.Transfer t = Units.transfer(unit);
        Node r = Snippets.node(Snippets.PROVIDER, Map.of("id", Units.providerId(unit), "name",
                Units.providerName(unit), "country", t.country, "u", "" + unit));
        if (t.country.equals("US")) {
            YamlTree.put(r, "dpf_certified", YamlTree.scalar("true"));
        }
        return r;
    }

    private Node notice(int i, int revision) {
        List<String> ids = templates();
        String template = ids.get(i % ids.size());
        int round = i / ids.size();
        int unit = i + 1;
        Texts town = Units.town(unit);
        Node n = YamlTree.parse(examples.get(template));
        YamlTree.setString(n, "id", String.format("%s-%04d", template, unit));
        YamlTree.appendText(n, "title", new Texts(" – " + town.fi() + ", yksikkö " + unit,
                " – " + town.sv() + ", enhet " + unit, " – " + town.en() + ", unit " + unit));
        Texts handledBy = new Texts(" Käsittelystä vastaa yksikkö " + unit + " (" + town.fi() + ").",
                " Behandlingen sköts av enhet " + unit + " (" + town.sv() + ").",
                " The processing is handled by unit " + unit + " (" + town.en() + ").");
        List<Node> purposes = YamlTree.listOf(n, "purposes");
        purposes.forEach(p -> YamlTree.appendText(p, "description", handledBy));
        if (revision > 0) {
            YamlTree.appendText(purposes.get(0), "description", new Texts(" Tekstiä on tarkennettu (muutos "
                    + revision + ").", " Texten har preciserats (ändring " + revision + ").",
                    " The text has been clarified (change " + revision + ")."));
        }
        Features.add(n, template, round);
        addProvider(n, unit);
        if (round % 2 == 1) {
            renamePurposes(n, "-" + unit);
            shiftPeriods(n, round);
        }
        return n;
    }

    /** The unit's local IT provider receives the data of the notice's first purpose. */
    private static void addProvider(Node n, int unit) {
        int p = unit;
        Node first = YamlTree.listOf(n, "purposes").get(0);
        String data = ((ScalarNode) YamlTree.list(YamlTree.get(first, "data").orElseThrow()).get(0)).getValue();
        YamlTree.listOf(n, "recipients").add(Snippets.node(Snippets.DISCLOSURE, Map.of("id", Units.providerId(p),
                "purpose", YamlTree.string(first, "id"), "data", data, "u", "" + unit)));
        Units.Transfer t = Units.transfer(p);
        if (t == Units.Transfer.NONE) {
            return;
        }
        Node transfer = Snippets.node("recipient: " + Units.providerId(p) + "\ncountry: " + t.country
                + "\nmechanism: " + t.mechanism + "\n");
        if (t == Units.Transfer.DEROGATION) {
            YamlTree.put(transfer, "derogation", YamlTree.scalar("contract_with_data_subject"));
        }
        if (t != Units.Transfer.ADEQUACY) {
            YamlTree.put(transfer, "safeguards_copy", Snippets.node(Snippets.SAFEGUARDS_COPY));
        }
        YamlTree.listOf(n, "transfers").add(transfer);
    }

    /** Gives every purpose of the notice its own id, and follows every reference to it. */
    private static void renamePurposes(Node n, String suffix) {
        Map<String, String> renamed = new HashMap<>();
        for (Node p : YamlTree.listOf(n, "purposes")) {
            String id = YamlTree.string(p, "id");
            renamed.put(id, id + suffix);
            YamlTree.setString(p, "id", id + suffix);
        }
        for (String section : List.of("recipients", "retention")) {
            YamlTree.get(n, section).ifPresent(list -> YamlTree.list(list).forEach(entry ->
                    YamlTree.get(entry, "purposes").ifPresent(refs -> renameAll((SequenceNode) refs, renamed))));
        }
        YamlTree.get(n, "cookies").ifPresent(list -> YamlTree.list(list).forEach(c ->
                YamlTree.get(c, "purpose").ifPresent(ref -> YamlTree.setString(c, "purpose",
                        renamed.getOrDefault(((ScalarNode) ref).getValue(), ((ScalarNode) ref).getValue())))));
    }

    private static void renameAll(SequenceNode refs, Map<String, String> renamed) {
        List<Node> items = refs.getValue();
        for (int i = 0; i < items.size(); i++) {
            String id = ((ScalarNode) items.get(i)).getValue();
            items.set(i, YamlTree.scalar(renamed.getOrDefault(id, id)));
        }
    }

    /** Lengthens the periods no law fixes: a year per round for years, a month for months, a week for days. */
    private static void shiftPeriods(Node n, int round) {
        int step = round / 2 % 3 + 1;
        YamlTree.get(n, "retention").ifPresent(list -> YamlTree.list(list).forEach(r -> {
            if (YamlTree.get(r, "period").isEmpty() || YamlTree.get(r, "law").isPresent()) {
                return;
            }
            Period p = Period.parse(YamlTree.string(r, "period"));
            Period shifted = p.getYears() > 0 ? p.plusYears(step) : p.getMonths() > 0 ? p.plusMonths(step)
                    : p.plusDays(7L * step);
            YamlTree.setString(r, "period", shifted.toString());
        }));
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !Files.isDirectory(Path.of("notices"))) {
            System.err.println("usage, from the project folder: CorpusGenerator DIR N");
            System.exit(2);
        }
        List<Path> files = new CorpusGenerator(Path.of("notices")).write(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.println("Wrote " + files.size() + " notices, a controller and a recipients file to " + args[0]);
    }
}
