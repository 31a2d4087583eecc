package seloste.model;

import java.util.Objects;

/**
 * A decision, written in the source, that one rule's finding does not apply here.
 *
 * @param rule the id of the rule waived
 * @param reason why, as the reviewer should read it
 * @param at where the waiver is written
 * @param from the start of the part of the file it covers: the mapping it is written in
 * @param to the end of that part
 */
public record Waiver(String rule, String reason, SourcePosition at, SourcePosition from, SourcePosition to) {

    public Waiver {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** Whether {@code p} lies in the part of the file the waiver covers. */
    public boolean covers(SourcePosition p) {
        return p.file().equals(from.file()) && p.compareTo(from) >= 0 && p.compareTo(to) <= 0;
    }
}
