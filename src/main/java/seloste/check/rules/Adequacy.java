package seloste.check.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where personal data may go without Art. 46-49 safeguards: the EEA, which is not a third country at all,
 * and the countries with an Art. 45 adequacy decision. Update the list and {@link #AS_OF} together.
 */
final class Adequacy {

    /** The date the decisions below were last compared with the Commission's list. */
    static final LocalDate AS_OF = LocalDate.of(2026, 2, 1);

    /** EU 27 with Iceland, Liechtenstein and Norway, plus EU territories that have their own ISO code. */
    private static final Set<String> EEA = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR",
            "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
            "IS", "LI", "NO",
            "AX", "GF", "GP", "MQ", "RE", "YT", "MF");

    /** Countries with an adequacy decision, with the scope of the decision where it is partial. */
    private static final Map<String, String> DECISIONS = Map.ofEntries(
            Map.entry("AD", ""), Map.entry("AR", ""),
            Map.entry("CA", "commercial organisations subject to PIPEDA only"),
            Map.entry("FO", ""), Map.entry("GG", ""), Map.entry("IM", ""), Map.entry("IL", ""),
            Map.entry("JP", ""), Map.entry("JE", ""), Map.entry("NZ", ""), Map.entry("KR", ""),
            Map.entry("CH", ""), Map.entry("GB", ""),
            Map.entry("US", "organisations certified under the EU-US Data Privacy Framework only "
                    + "(Decision (EU) 2023/1795)"),
            Map.entry("UY", ""), Map.entry("BR", ""));

    private Adequacy() {
    }

    /** True for a country of the EU or EEA, to which sending data is not a transfer (Art. 44). */
    static boolean inEea(String country) {
        return EEA.contains(country);
    }

    /** True when the Commission has decided that {@code country} offers an adequate level of protection. */
    static boolean hasDecision(String country) {
        return DECISIONS.containsKey(country);
    }

    /** The limits of the country's adequacy decision, when it covers only some recipients. */
    static Optional<String> partialScope(String country) {
        return Optional.ofNullable(DECISIONS.get(country)).filter(s -> !s.isEmpty());
    }
}
