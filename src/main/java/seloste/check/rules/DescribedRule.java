package seloste.check.rules;

import seloste.check.Rule;
import seloste.check.Severity;

/** The fixed description every rule carries: id, default severity, provisions, summary and fix. */
abstract class DescribedRule implements Rule {

    private final String id;
    private final Severity severity;
    private final String article;
    private final String summary;
    private final String fix;

    DescribedRule(String id, Severity severity, String article, String summary, String fix) {
        this.id = id;
        this.severity = severity;
        this.article = article;
        this.summary = summary;
        this.fix = fix;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final String article() {
        return article;
    }

    @Override
    public final String summary() {
        return summary;
    }

    @Override
    public final String fix() {
        return fix;
    }
}
