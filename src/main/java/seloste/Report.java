package seloste;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import seloste.check.Finding;
import seloste.check.Severity;
import seloste.load.LoadResult;
import seloste.model.Notice;
import seloste.model.Repository;

/**
 * The result of checking: what was loaded and every finding, from the loader and the rules, in
 * reading order.
 */
public record Report(LoadResult loaded, List<Finding> findings) {

    public Report {
        findings = List.copyOf(findings);
    }

    public Repository repository() {
        return loaded.repository();
    }

    /** True when a path could not be read at all: a usage problem rather than a finding in a notice. */
    public boolean unreadable() {
        return findings.stream().anyMatch(f -> f.ruleId().equals("input.unreadable"));
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public boolean anyAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }

    /**
     * Whether {@code notice} may be published: no error is about it, in its own file, or in the
     * controller or recipient files it draws on.
     */
    public boolean publishable(Notice notice) {
        Set<String> files = new HashSet<>();
        files.add(notice.origin().at().file());
        repository().controller(notice.controller()).ifPresent(c -> files.add(c.origin().at().file()));
        notice.recipients().forEach(d -> repository().recipient(d.recipient())
                .ifPresent(r -> files.add(r.origin().at().file())));
        notice.transfers().forEach(t -> repository().recipient(t.recipient())
                .ifPresent(r -> files.add(r.origin().at().file())));
        return findings.stream().filter(f -> f.severity() == Severity.ERROR)
                .noneMatch(f -> f.notice().map(notice.id()::equals).orElseGet(() -> files.contains(f.at().file())));
    }
}
