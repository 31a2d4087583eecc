package seloste.check.rules;

import java.util.stream.Collectors;
import seloste.check.Severity;
import seloste.model.Language;
import seloste.model.Repository;
import seloste.translation.Staleness;
import seloste.translation.Staleness.Stale;
import seloste.translation.TextField;

/** A text changed in one language since its translations were confirmed, and not in another. */
final class TranslationStaleRule extends RepositoryRule {

    TranslationStaleRule() {
        super("language.translation.stale", Severity.WARNING, "GDPR Art. 12(1); WP260 rev.01",
                "A text has changed in one language since its translations were confirmed, but not in another "
                        + "language, whose text may now be out of date.",
                "Update the translation, then record the review with 'seloste confirm --notice ID --field PATH' "
                        + "(or --controller, --recipient); translations.lock beside the sources keeps the record.");
    }

    @Override
    void check(Repository repository, Report report) {
        for (Stale s : Staleness.of(repository)) {
            TextField f = s.field();
            String changed = s.changed().stream().map(Language::code).collect(Collectors.joining(" and "));
            report.add(f.notice(), f.text().positionOf(s.language()), "The " + s.language().code() + " text of '"
                    + f.path() + "' may be out of date: the " + changed + " text changed since the translation was "
                    + "confirmed; update it, then run 'seloste confirm --" + f.kind() + " " + f.id() + " --field \""
                    + f.path() + "\"'.");
        }
    }
}
