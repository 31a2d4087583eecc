package seloste.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import seloste.model.Notice;
import seloste.model.Origin;
import seloste.model.Purpose;
import seloste.model.Repository;
import seloste.model.SourcePosition;

/** Checks that ids are unique and that every reference names something that exists. */
final class References {

    private final Problems problems;

    private References(Problems problems) {
        this.problems = problems;
    }

    static void check(Repository repo, Problems problems) {
        new References(problems).checkRepository(repo);
    }

    private void checkRepository(Repository repo) {
        unique("controller", repo.controllers(), c -> c.id(), c -> c.origin().of("id"));
        unique("recipient", repo.recipients(), r -> r.id(), r -> r.origin().of("id"));
        unique("notice", repo.notices(), n -> n.id(), n -> n.origin().of("id"));
        Set<String> controllers = ids(repo.controllers(), c -> c.id());
        Set<String> recipients = ids(repo.recipients(), r -> r.id());
        for (Notice n : repo.notices()) {
            ref("controller", n.controller(), controllers, n.origin().of("controller"));
            checkNotice(n, recipients);
        }
    }

    private void checkNotice(Notice n, Set<String> recipients) {
        unique("data subject", n.subjects(), s -> s.id(), s -> s.origin().of("id"));
        unique("data category", n.categories(), c -> c.id(), c -> c.origin().of("id"));
        unique("purpose", n.purposes(), p -> p.id(), p -> p.origin().of("id"));
        unique("source", n.sources(), s -> s.id(), s -> s.origin().of("id"));
        unique("automated decision", n.automatedDecisions(), d -> d.id(), d -> d.origin().of("id"));
        Set<String> subjects = ids(n.subjects(), s -> s.id());
        Set<String> categories = ids(n.categories(), c -> c.id());
        Set<String> purposes = ids(n.purposes(), p -> p.id());
        for (Purpose p : n.purposes()) {
            refs("data category", p.data(), categories, p.origin(), "data");
            refs("data subject", p.subjects(), subjects, p.origin(), "subjects");
        }
        n.sources().forEach(s -> refs("data category", s.data(), categories, s.origin(), "data"));
        n.recipients().forEach(d -> {
            ref("recipient", d.recipient(), recipients, d.origin().of("recipient"));
            refs("purpose", d.purposes(), purposes, d.origin(), "purposes");
            refs("data category", d.data(), categories, d.origin(), "data");
        });
        n.transfers().forEach(t -> ref("recipient", t.recipient(), recipients, t.origin().of("recipient")));
        n.retention().forEach(t -> {
            refs("data category", t.data(), categories, t.origin(), "data");
            refs("purpose", t.purposes(), purposes, t.origin(), "purposes");
        });
        n.cookies().forEach(c -> c.purpose().ifPresent(p -> ref("purpose", p, purposes, c.origin().of("purpose"))));
    }

    private <T> void unique(String what, List<T> items, Function<T, String> id, Function<T, SourcePosition> at) {
        Map<String, SourcePosition> seen = new HashMap<>();
        for (T item : items) {
            String key = id.apply(item);
            if (key.isEmpty()) {
                continue;
            }
            SourcePosition first = seen.putIfAbsent(key, at.apply(item));
            if (first != null) {
                problems.add(LoadIds.DUPLICATE_ID, at.apply(item), "The " + what + " id '" + key
                        + "' is already used at " + first + "; give each " + what + " its own id.");
            }
        }
    }

    private void refs(String what, List<String> ids, Set<String> known, Origin origin, String key) {
        for (int i = 0; i < ids.size(); i++) {
            ref(what, ids.get(i), known, origin.of(key + "[" + i + "]"));
        }
    }

    private void ref(String what, String id, Set<String> known, SourcePosition at) {
        if (!id.isEmpty() && !known.contains(id)) {
            problems.add(LoadIds.UNKNOWN_REF, at, "No " + what + " has the id '" + MapReader.quote(id) + "'."
                    + Suggestions.hint(id, known));
        }
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.toUnmodifiableSet());
    }
}
