package seloste.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import seloste.model.DataCategory;
import seloste.model.Disclosure;
import seloste.model.Keyword;
import seloste.model.LocalizedText;
import seloste.model.Notice;
import seloste.model.Purpose;
import seloste.model.Repository;
import seloste.model.SourcePosition;
import seloste.model.Transfer;

/** Compares two repositories notice by notice, by id, and lists the material changes. */
public final class Differ {

    private Differ() {
    }

    /** Every notice that was added, removed or changed materially, in order of id. */
    public static List<NoticeDiff> compare(Repository before, Repository after) {
        Map<String, Notice> old = byId(before.notices(), Notice::id);
        Map<String, Notice> now = byId(after.notices(), Notice::id);
        Set<String> ids = new TreeSet<>(old.keySet());
        ids.addAll(now.keySet());
        List<NoticeDiff> out = new ArrayList<>();
        for (String id : ids) {
            Optional<Notice> b = Optional.ofNullable(old.get(id));
            Optional<Notice> a = Optional.ofNullable(now.get(id));
            List<MaterialChange> changes = new ArrayList<>();
            if (b.isEmpty()) {
                Notice n = a.orElseThrow();
                changes.add(new MaterialChange(ChangeKind.NOTICE_ADDED, id, n.title(), Optional.empty(),
                        Optional.empty(), n.origin().at()));
            } else if (a.isEmpty()) {
                Notice n = b.get();
                changes.add(new MaterialChange(ChangeKind.NOTICE_REMOVED, id, n.title(), Optional.empty(),
                        Optional.empty(), n.origin().at()));
            } else {
                compare(b.get(), a.get(), after, changes);
            }
            if (!changes.isEmpty()) {
                out.add(new NoticeDiff(id, b, a, changes));
            }
        }
        return out;
    }

    private static void compare(Notice b, Notice a, Repository after, List<MaterialChange> out) {
        Map<String, Purpose> oldPurposes = byId(b.purposes(), Purpose::id);
        Map<String, Purpose> purposes = byId(a.purposes(), Purpose::id);
        for (Purpose p : a.purposes()) {
            Purpose was = oldPurposes.get(p.id());
            if (was == null) {
                out.add(added(ChangeKind.PURPOSE_ADDED, p.id(), p.name(), p.basis(), p.origin().at()));
                continue;
            }
            if (!was.basis().equals(p.basis())) {
                out.add(new MaterialChange(ChangeKind.LEGAL_BASIS_CHANGED, p.id(), p.name(), term(was.basis()),
                        term(p.basis()), p.origin().of("legal_basis")));
            }
            if (!was.art9Condition().equals(p.art9Condition())) {
                out.add(new MaterialChange(ChangeKind.ART9_CONDITION_CHANGED, p.id(), p.name(),
                        term(was.art9Condition()), term(p.art9Condition()), p.origin().of("art9_condition")));
            }
        }
        for (Purpose p : b.purposes()) {
            if (!purposes.containsKey(p.id())) {
                out.add(new MaterialChange(ChangeKind.PURPOSE_REMOVED, p.id(), p.name(), term(p.basis()),
                        Optional.empty(), a.origin().of("purposes")));
            }
        }
        Map<String, DataCategory> oldCategories = byId(b.categories(), DataCategory::id);
        for (DataCategory c : a.categories()) {
            if (!oldCategories.containsKey(c.id())) {
                out.add(added(ChangeKind.CATEGORY_ADDED, c.id(), c.name(), c.special().isPresent()
                        ? c.special() : Optional.of(c.kind()), c.origin().at()));
            }
        }
        Map<String, Disclosure> oldRecipients = byId(b.recipients(), Disclosure::recipient);
        for (Disclosure d : a.recipients()) {
            if (!oldRecipients.containsKey(d.recipient())) {
                out.add(added(ChangeKind.RECIPIENT_ADDED, d.recipient(), Names.recipient(after, d.recipient()),
                        Optional.empty(), d.origin().at()));
            }
        }
        Map<String, Transfer> oldTransfers = byId(b.transfers(), Differ::transferKey);
        for (Transfer t : a.transfers()) {
            if (!oldTransfers.containsKey(transferKey(t))) {
                out.add(new MaterialChange(ChangeKind.TRANSFER_ADDED, t.recipient(), Names.recipient(after,
                        t.recipient()), Optional.empty(), Optional.of(new Term(t.mechanism().map(Keyword::keyword),
                        Optional.empty(), Optional.of(Names.country(t.country(), t.origin().of("country"))))),
                        t.origin().at()));
            }
        }
        Retentions.compare(b, a, out);
    }

    private static MaterialChange added(ChangeKind kind, String id, LocalizedText name,
            Optional<? extends Keyword> keyword, SourcePosition at) {
        return new MaterialChange(kind, id, name, Optional.empty(), Optional.of(new Term(
                keyword.map(Keyword::keyword), Optional.empty(), Optional.empty())), at);
    }

    private static Optional<Term> term(Optional<? extends Keyword> keyword) {
        return Optional.of(new Term(keyword.map(Keyword::keyword), Optional.empty(), Optional.empty()));
    }

    private static String transferKey(Transfer t) {
        return t.recipient() + "@" + t.country().toUpperCase(Locale.ROOT);
    }

    /** Items by key; the first of two with one key wins, as the loader reports the second. */
    static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> out = new TreeMap<>();
        items.forEach(i -> out.putIfAbsent(id.apply(i), i));
        return out;
    }
}
