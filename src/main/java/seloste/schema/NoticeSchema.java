package seloste.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import seloste.model.Language;

/** The schema of a {@code kind: notice} file, key by key as seloste.load.NoticeReader reads it. */
final class NoticeSchema {

    private NoticeSchema() {
    }

    static ObjectNode root(Defs defs) {
        Sections.define(defs);
        return new Mapping(defs)
                .required("kind", kind("notice"), "This file holds one privacy notice.")
                .required("id", defs.ref(Common.ID), "The notice's id, also its output file name "
                        + "(out/<lang>/<id>.html).")
                .required("controller", Common.id(), "The id of the controller, from a 'kind: controller' file "
                        + "(Art. 13(1)(a)).")
                .required("title", defs.ref(Common.TEXT), "Title of the notice, per language.")
                .required("languages", languages(), "The languages the notice is published in, in output order; "
                        + "every text must be given in each (Art. 12(1)).")
                .required("version", Common.scalar(false), "Version of the notice, kept as written (1.10 is not 1.1); "
                        + "raise it with every material change.")
                .required("effective", Common.date(false), "Date from which this version applies, year-month-day "
                        + "(e.g. 2026-01-15).")
                .optional("registers", defs.ref(Common.TEXTS), "The registers (filing systems) the notice covers.")
                .optional("contact", defs.ref(Common.CONTACT), "Whom to contact about the processing "
                        + "(Art. 13(1)(a)-(b)).")
                .optional("children", defs.ref(Sections.CHILDREN), "Present when the service addresses children "
                        + "(Art. 8, Art. 12(1)).")
                .optional("data_subjects", list(defs, Sections.SUBJECT), "The categories of data subjects.")
                .optional("data_categories", list(defs, Sections.CATEGORY), "The categories of personal data "
                        + "(Art. 14(1)(d)).")
                .optional("purposes", list(defs, Sections.PURPOSE), "The purposes of the processing, each with its "
                        + "legal basis (Art. 13(1)(c)).")
                .optional("sources", list(defs, Sections.SOURCE), "Where the data come from (Art. 14(2)(f)).")
                .optional("recipients", list(defs, Sections.DISCLOSURE), "Recipients or categories of recipients "
                        + "(Art. 13(1)(e)).")
                .optional("transfers", list(defs, Sections.TRANSFER), "Transfers outside the EU/EEA and their "
                        + "safeguards (Art. 13(1)(f), Chapter V).")
                .optional("retention", list(defs, Sections.RETENTION), "How long the data are kept "
                        + "(Art. 13(2)(a)).")
                .optional("automated_decisions", list(defs, Sections.DECISION), "Automated decision-making, "
                        + "including profiling (Art. 13(2)(f), Art. 22).")
                .optional("cookies", list(defs, Sections.COOKIE), "Cookies and similar technologies "
                        + "(917/2014 §205).")
                .optional("security", defs.ref(Common.TEXTS), "Security measures, one text per measure "
                        + "(Art. 32).")
                .optional("rights_requests", defs.ref(Common.TEXT), "How a data subject makes a request to exercise "
                        + "a right (Art. 12(2)).")
                .optional("changes", list(defs, Sections.CHANGE), "Change log, newest first; each notice shows it.")
                .build("A privacy notice (tietosuojaseloste) under GDPR Art. 13 and 14.", false);
    }

    /** {@code kind: <value>}: the first key of every source file. */
    static ObjectNode kind(String value) {
        ObjectNode n = Defs.types("string");
        n.putArray("enum").add(value);
        return n;
    }

    private static ObjectNode languages() {
        ObjectNode n = Defs.types("array", "null").put("minItems", 1).put("uniqueItems", true);
        ObjectNode item = Defs.types("string");
        ArrayNode codes = item.putArray("enum");
        ArrayNode docs = item.putArray("enumDescriptions");
        for (Language l : Language.values()) {
            codes.add(l.code());
            docs.add(switch (l) {
                case FI -> "Finnish (suomi).";
                case SV -> "Swedish (svenska).";
                case EN -> "English.";
            });
        }
        n.set("items", item);
        return n;
    }

    /** A list of mappings: each item is one of {@code def}, never empty. */
    static ObjectNode list(Defs defs, String def) {
        ObjectNode n = Defs.types("array", "null");
        n.set("items", defs.nonNull(defs.ref(def)));
        return n;
    }
}
