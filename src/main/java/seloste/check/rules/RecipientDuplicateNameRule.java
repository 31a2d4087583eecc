package seloste.check.rules;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import seloste.check.Severity;
import seloste.model.Recipient;
import seloste.model.Repository;

/** The same processor under two ids splits what notices say about it and lets the two drift apart. */
final class RecipientDuplicateNameRule extends RepositoryRule {

    private static final String COMPANY_FORM = "\\s+(?:oy|oyj|ab|abp|inc|ltd|llc|gmbh|limited)$";

    RecipientDuplicateNameRule() {
        super("recipient.name.duplicate", Severity.WARNING, "GDPR Art. 13(1)(e), 14(1)(e)",
                "Two recipients have the same name, apart from case, punctuation or company form, but different ids.",
                "Keep one recipient entry and refer to its id from every notice.");
    }

    @Override
    void check(Repository repository, Report report) {
        Map<String, Recipient> seen = new HashMap<>();
        for (Recipient r : repository.recipients()) {
            for (String value : r.name().values().values()) {
                String key = normalise(value);
                Recipient first = key.isEmpty() ? null : seen.putIfAbsent(key, r);
                if (first != null && !first.id().equals(r.id())) {
                    report.add(Optional.empty(), r.origin().of("name"), "Recipient '" + r.id() + "' has the same name "
                            + "as recipient '" + first.id() + "' ('" + Wording.sample(first.name()) + "'); keep one "
                            + "of them and refer to '" + first.id() + "' from every notice.");
                    break;
                }
            }
        }
    }

    private static String normalise(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        for (String before = ""; !before.equals(s); ) {
            before = s;
            s = s.replaceAll(COMPANY_FORM, "");
        }
        return s;
    }
}
