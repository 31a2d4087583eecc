package seloste.load;

import java.util.List;
import java.util.Map;
import seloste.model.SourcePosition;

/**
 * A repository's settings file ({@code seloste.yaml}): severities chosen per rule.
 *
 * @param rules rule id to {@code error}, {@code warning}, {@code info} or {@code off}
 * @param positions where each rule id was written
 */
public record Settings(Map<String, String> rules, Map<String, SourcePosition> positions, List<Problem> problems) {

    public Settings {
        rules = Map.copyOf(rules);
        positions = Map.copyOf(positions);
        problems = List.copyOf(problems);
    }

    public static Settings none() {
        return new Settings(Map.of(), Map.of(), List.of());
    }
}
