package seloste.bench;

import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Adds, round by round, the model features the example notices do not use ({@link Snippets}). */
final class Features {

    private Features() {
    }

    static void add(Node notice, String template, int round) {
        switch (template) {
            case "customers" -> customers(notice, round);
            case "job-applicants" -> jobApplicants(notice, round);
            case "newsletter" -> newsletter(notice, round);
            case "website" -> website(notice, round);
            default -> { }
        }
    }

    private static void customers(Node n, int round) {
        if (round % 2 == 0) {
            for (Node p : YamlTree.listOf(n, "purposes")) {
                if (is(p, "direct_marketing", "true") && is(p, "legal_basis", "legitimate_interests")) {
                    YamlTree.listOf(p, "waive").add(Snippets.node(Snippets.WAIVER));
                }
            }
        }
        if (round % 3 == 0) {
            YamlTree.listOf(n, "sources").add(Snippets.node(Snippets.ADDRESS_LISTS));
            String orders = YamlTree.string(YamlTree.listOf(n, "purposes").get(0), "id");
            YamlTree.listOf(n, "recipients").add(Snippets.node(Snippets.LOYALTY_DISCLOSURE, Map.of("purpose", orders)));
        }
        if (round % 3 == 1) {
            YamlTree.listOf(n, "sources").add(Snippets.node(Snippets.ADDRESS_UPDATES));
        }
        if (round % 3 == 2) {
            YamlTree.listOf(n, "data_categories").add(Snippets.node(Snippets.INCIDENT_HEALTH));
            YamlTree.listOf(n, "purposes").add(Snippets.node(Snippets.FIRST_AID));
            YamlTree.listOf(n, "retention").add(Snippets.node(Snippets.FIRST_AID_RETENTION));
        }
    }

    private static void jobApplicants(Node n, int round) {
        if (round % 3 == 1) {
            YamlTree.listOf(n, "data_categories").add(Snippets.node(Snippets.CRIMINAL_RECORD));
            YamlTree.listOf(n, "purposes").add(Snippets.node(Snippets.BACKGROUND_CHECK));
            YamlTree.listOf(n, "retention").add(Snippets.node(Snippets.BACKGROUND_RETENTION));
        }
    }

    private static void newsletter(Node n, int round) {
        if (round % 2 == 1) {
            YamlTree.put(n, "children", Snippets.node(Snippets.CHILDREN));
        }
    }

    private static void website(Node n, int round) {
        if (round % 2 == 1) {
            YamlTree.listOf(n, "purposes").add(Snippets.node(Snippets.PERSONALISATION));
            YamlTree.listOf(n, "retention").add(Snippets.node(Snippets.PERSONALISATION_RETENTION));
            List<Node> cookies = YamlTree.listOf(n, "cookies");
            cookies.add(Snippets.node(Snippets.LANGUAGE_COOKIE));
            cookies.add(Snippets.node(Snippets.MARKETING_COOKIE));
        }
    }

    private static boolean is(Node mapping, String key, String value) {
        return YamlTree.get(mapping, key).map(v -> ((ScalarNode) v).getValue().equals(value)).orElse(false);
    }
}
