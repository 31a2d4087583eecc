package seloste.load;

import java.util.Optional;
import seloste.model.Art22Exception;
import seloste.model.AutomatedDecision;
import seloste.model.CategoryKind;
import seloste.model.Change;
import seloste.model.Cookie;
import seloste.model.CookieType;
import seloste.model.DataCategory;
import seloste.model.DataSubject;
import seloste.model.Derogation;
import seloste.model.Disclosure;
import seloste.model.Retention;
import seloste.model.RetentionEvent;
import seloste.model.Source;
import seloste.model.SourceKind;
import seloste.model.SpecialCategory;
import seloste.model.Transfer;
import seloste.model.TransferMechanism;

/** Reads the list entries of a notice other than purposes: one small method per section. */
final class SectionReaders {

    private SectionReaders() {
    }

    static DataSubject subject(MapReader r) {
        DataSubject s = new DataSubject(Values.id(r), Values.requiredText(r, "name"), Values.text(r, "description"),
                r.origin());
        r.done();
        return s;
    }

    static DataCategory category(MapReader r) {
        String id = Values.id(r);
        var name = Values.requiredText(r, "name");
        CategoryKind kind = Values.keyword(r, "kind", CategoryKind.class).orElse(CategoryKind.ORDINARY);
        Optional<SpecialCategory> special = Values.keyword(r, "special", SpecialCategory.class);
        if (kind == CategoryKind.SPECIAL && special.isEmpty() && r.node("special").isEmpty()) {
            r.problems().add(LoadIds.MISSING, r.origin().of("kind"), "A category of kind 'special' must say which "
                    + "Art. 9(1) category it is: add 'special:' (e.g. health).");
        }
        if (kind != CategoryKind.SPECIAL && special.isPresent()) {
            r.problems().add(LoadIds.VALUE, r.origin().of("special"), "'special' is given but 'kind' is not 'special'; "
                    + "write 'kind: special' or remove 'special'.");
        }
        DataCategory c = new DataCategory(id, name, kind, special, Values.text(r, "examples"), r.origin());
        r.done();
        return c;
    }

    static Source source(MapReader r) {
        Source s = new Source(Values.id(r), Values.requiredKeyword(r, "kind", SourceKind.class, SourceKind.OTHER),
                Values.text(r, "description"), Values.flag(r, "publicly_accessible", false), Values.ids(r, "data"),
                r.origin());
        r.done();
        return s;
    }

    static Disclosure disclosure(MapReader r) {
        String recipient = Values.checkedId(r, "recipient", r.string("recipient"));
        Disclosure d = new Disclosure(recipient, Values.ids(r, "purposes"), Values.ids(r, "data"),
                Values.text(r, "note"), r.origin());
        r.done();
        return d;
    }

    static Transfer transfer(MapReader r) {
        String recipient = Values.checkedId(r, "recipient", r.string("recipient"));
        Transfer t = new Transfer(recipient, Values.country(r, "country", ""),
                Values.keyword(r, "mechanism", TransferMechanism.class), Values.keyword(r, "derogation", Derogation.class),
                Values.text(r, "safeguards_copy"), r.origin());
        if (t.country().isEmpty()) {
            r.missing("country", "");
        }
        r.done();
        return t;
    }

    static Retention retention(MapReader r) {
        Retention t = new Retention(Values.ids(r, "data"), Values.ids(r, "purposes"), Values.period(r, "period"),
                Values.keyword(r, "from", RetentionEvent.class), Values.text(r, "from_text"),
                Values.text(r, "criteria"), Values.text(r, "law"), r.origin());
        r.done();
        return t;
    }

    static AutomatedDecision decision(MapReader r) {
        AutomatedDecision d = new AutomatedDecision(Values.id(r), Values.requiredText(r, "name"),
                Values.flag(r, "solely_automated", false), Values.flag(r, "profiling", false),
                Values.keyword(r, "exception", Art22Exception.class), Values.text(r, "logic"),
                Values.text(r, "significance"), Values.text(r, "consequences"), r.origin());
        r.done();
        return d;
    }

    static Cookie cookie(MapReader r) {
        Cookie c = new Cookie(r.string("name"), r.string("provider"),
                Values.requiredKeyword(r, "type", CookieType.class, CookieType.NECESSARY),
                Values.requiredText(r, "description"), Values.period(r, "duration"),
                r.optString("purpose").map(p -> Values.checkedId(r, "purpose", p)), r.origin());
        r.done();
        return c;
    }

    static Change change(MapReader r) {
        Change c = new Change(r.string("version"), Values.date(r, "date").orElseGet(() -> r.missing("date",
                java.time.LocalDate.EPOCH)), Values.requiredText(r, "summary"), r.origin());
        r.done();
        return c;
    }
}
