package seloste.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import seloste.model.Art22Exception;
import seloste.model.Art9Condition;
import seloste.model.CategoryKind;
import seloste.model.CookieType;
import seloste.model.Derogation;
import seloste.model.LegalBasis;
import seloste.model.NationalIdGround;
import seloste.model.RequirementKind;
import seloste.model.RetentionEvent;
import seloste.model.SourceKind;
import seloste.model.SpecialCategory;
import seloste.model.TransferMechanism;

/** The list entries of a notice, as seloste.load.SectionReaders and PurposeReader read them. */
final class Sections {

    static final String CHILDREN = "children";
    static final String SUBJECT = "data_subject";
    static final String CATEGORY = "data_category";
    static final String PURPOSE = "purpose";
    static final String REQUIREMENT = "requirement";
    static final String SOURCE = "source";
    static final String DISCLOSURE = "recipient_entry";
    static final String TRANSFER = "transfer";
    static final String RETENTION = "retention_rule";
    static final String DECISION = "automated_decision";
    static final String COOKIE = "cookie";
    static final String CHANGE = "change";

    private Sections() {
    }

    static void define(Defs defs) {
        ObjectNode text = defs.ref(Common.TEXT);
        ObjectNode ids = defs.ref(Common.IDS);
        defs.define(CHILDREN, new Mapping(defs)
                .required("minimum_age", Common.integer(0, 18), "The youngest age the service is offered to.")
                .optional("information_society_service", Common.flag(), "Whether the service is an information "
                        + "society service offered directly to a child (Art. 8; Tietosuojalaki §5: consent from 13).")
                .build("The notice addresses children.", true));
        defs.define(SUBJECT, new Mapping(defs)
                .required("id", defs.ref(Common.ID), "Id of the data subject category, used in purposes' 'subjects:'.")
                .required("name", text, "Name of the category, e.g. customers.")
                .optional("description", text, "Who belongs to the category.")
                .build("A category of data subjects.", false));
        defs.define(CATEGORY, new Mapping(defs)
                .required("id", defs.ref(Common.ID), "Id of the data category, used in 'data:' lists.")
                .required("name", text, "Name of the category, e.g. contact details.")
                .optional("kind", Keywords.of(CategoryKind.class, true), "What kind of data; default ordinary.")
                .optional("special", Keywords.of(SpecialCategory.class, true), "With kind: special, "
                        + "which Art. 9(1) category.")
                .optional("examples", text, "The data items in the category (Art. 14(1)(d)).")
                .with("if", kindIs("special"))
                .with("then", special(true))
                .with("else", special(false))
                .build("A category of personal data (Art. 14(1)(d)).", false));
        defs.define(REQUIREMENT, new Mapping(defs)
                .required("kind", Keywords.of(RequirementKind.class, false), "Whether the data subject must provide "
                        + "the data (Art. 13(2)(e)).")
                .optional("consequence", text, "What follows if the data are not provided (Art. 13(2)(e)).")
                .build("Whether providing the data is a statutory or contractual requirement (Art. 13(2)(e)).", true));
        defs.define(PURPOSE, new Mapping(defs)
                .required("id", defs.ref(Common.ID), "Id of the purpose, used in recipients' and retention's "
                        + "'purposes:'.")
                .required("name", text, "Name of the purpose of the processing (Art. 13(1)(c)).")
                .optional("description", text, "What is done for the purpose.")
                .optional("legal_basis", Keywords.of(LegalBasis.class, true), "Art. 6(1) legal basis of the purpose "
                        + "(Art. 13(1)(c)).")
                .optional("legitimate_interest", text, "With legitimate_interests: the interest pursued "
                        + "(Art. 13(1)(d)).")
                .optional("law", text, "With legal_obligation or public_task: the law laying down the obligation "
                        + "or task (Art. 6(3)).")
                .optional("art9_condition", Keywords.of(Art9Condition.class, true), "For special categories: the "
                        + "Art. 9(2) condition.")
                .optional("art9_law", text, "The law an Art. 9(2)(b), (g)-(j) condition rests on.")
                .optional("criminal_data_law", text, "The law authorising the processing of Art. 10 data.")
                .optional("national_id_ground", Keywords.of(NationalIdGround.class, true), "Ground for processing "
                        + "the personal identity code (Tietosuojalaki 1050/2018 §29).")
                .optional("requirement", defs.ref(REQUIREMENT), "Whether the data must be provided "
                        + "(Art. 13(2)(e)).")
                .optional("direct_marketing", Common.flag(), "Whether the data are used for direct marketing "
                        + "(Art. 21(2)-(3)); default false.")
                .optional("withdrawal", text, "With consent: how consent is withdrawn (Art. 7(3), 13(2)(c)).")
                .optional("data", ids, "Ids of the data categories processed for the purpose.")
                .optional("subjects", ids, "Ids of the data subject categories concerned.")
                .build("A purpose of the processing and its legal basis (Art. 13(1)(c)).", false));
        defineSharing(defs, text, ids);
        defineOthers(defs, text, ids);
    }

    private static void defineSharing(Defs defs, ObjectNode text, ObjectNode ids) {
        defs.define(SOURCE, new Mapping(defs)
                .required("id", defs.ref(Common.ID), "Id of the source.")
                .required("kind", Keywords.of(SourceKind.class, false), "What kind of source.")
                .optional("description", text, "The source in the controller's words.")
                .optional("publicly_accessible", Common.flag(), "Whether the source is publicly accessible "
                        + "(Art. 14(2)(f)); default false.")
                .optional("data", ids, "Ids of the data categories obtained from the source.")
                .build("A source of personal data (Art. 14(2)(f)).", false));
        defs.define(DISCLOSURE, new Mapping(defs)
                .required("recipient", Common.id(), "Id of a recipient in a 'kind: recipients' file.")
                .optional("purposes", ids, "Ids of the purposes for which the data are disclosed.")
                .optional("data", ids, "Ids of the data categories the recipient receives.")
                .optional("note", text, "What the recipient does with the data in this notice.")
                .build("A recipient or category of recipients of the data (Art. 13(1)(e)).", false));
        defs.define(TRANSFER, new Mapping(defs)
                .required("recipient", Common.id(), "Id of the recipient in a 'kind: recipients' file.")
                .required("country", Common.country(false), "ISO 3166-1 alpha-2 code of the third country "
                        + "(NO is Norway).")
                .optional("mechanism", Keywords.of(TransferMechanism.class, true), "Chapter V ground for the transfer "
                        + "(Art. 45-49).")
                .optional("derogation", Keywords.of(Derogation.class, true), "With mechanism: derogation, which "
                        + "Art. 49(1) point.")
                .optional("safeguards_copy", text, "How to obtain a copy of the safeguards, or where they are made "
                        + "available (Art. 13(1)(f)).")
                .build("A transfer of personal data outside the EU/EEA (Art. 13(1)(f)).", false));
        defs.define(RETENTION, new Mapping(defs)
                .optional("data", ids, "Ids of the data categories the rule covers.")
                .optional("purposes", ids, "Ids of the purposes the rule covers.")
                .optional("period", Common.period(true), "ISO-8601 period, e.g. P10Y (10 years), P6M (6 months), "
                        + "P30D (30 days).")
                .optional("from", Keywords.of(RetentionEvent.class, true), "The event the period runs from.")
                .optional("from_text", text, "Or the event in your own words, written as the 'from ...' phrase.")
                .optional("criteria", text, "The criteria used, where there is no fixed period (Art. 13(2)(a)).")
                .optional("law", text, "The law that requires keeping the data.")
                .build("How long data are kept (Art. 13(2)(a)).", false));
    }

    private static void defineOthers(Defs defs, ObjectNode text, ObjectNode ids) {
        defs.define(DECISION, new Mapping(defs)
                .required("id", defs.ref(Common.ID), "Id of the decision.")
                .required("name", text, "Name of the decision or profiling.")
                .optional("solely_automated", Common.flag(), "Whether it is a decision based solely on automated "
                        + "processing with legal or similarly significant effects (Art. 22(1)); default false.")
                .optional("profiling", Common.flag(), "Whether it involves profiling (Art. 4(4)); default false.")
                .optional("exception", Keywords.of(Art22Exception.class, true), "The Art. 22(2) exception a solely "
                        + "automated decision rests on.")
                .optional("logic", text, "Meaningful information about the logic involved (Art. 13(2)(f)).")
                .optional("significance", text, "The significance of the processing for the data subject "
                        + "(Art. 13(2)(f)).")
                .optional("consequences", text, "The envisaged consequences for the data subject (Art. 13(2)(f)).")
                .build("Automated decision-making, including profiling (Art. 22).", false));
        defs.define(COOKIE, new Mapping(defs)
                .required("name", Common.scalar(false), "Name of the cookie, as stored.")
                .required("provider", Common.scalar(false), "Who sets the cookie.")
                .required("type", Keywords.of(CookieType.class, false), "What the cookie is for.")
                .required("description", text, "What the cookie does.")
                .optional("duration", Common.period(true), "How long it is kept, as an ISO-8601 period; absent for "
                        + "a session cookie.")
                .optional("purpose", Common.optionalId(),
                        "Id of the purpose the cookie serves.")
                .build("A cookie or similar technology (917/2014 §205).", false));
        defs.define(CHANGE, new Mapping(defs)
                .required("version", Common.scalar(false), "The version this entry describes.")
                .required("date", Common.date(false), "When the change took effect, year-month-day.")
                .required("summary", text, "What changed, for the reader.")
                .build("One entry of the change log.", false));
    }

    private static ObjectNode kindIs(String value) {
        ObjectNode n = Defs.F.objectNode();
        n.putObject("properties").putObject("kind").put("const", value);
        n.putArray("required").add("kind");
        return n;
    }

    /** With kind: special, 'special:' must be given; otherwise it must be left out (or empty). */
    private static ObjectNode special(boolean required) {
        ObjectNode n = Defs.F.objectNode();
        if (required) {
            n.putArray("required").add("special");
            n.putObject("properties").putObject("special").putObject("not").put("type", "null");
        } else {
            n.putObject("properties").putObject("special").put("type", "null");
        }
        return n;
    }
}
