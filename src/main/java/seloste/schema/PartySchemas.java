package seloste.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import seloste.check.RuleInfo;
import seloste.model.ControllerType;
import seloste.model.RecipientRole;

/** The schemas of the shared files: {@code kind: controller}, {@code kind: recipients} and the settings file. */
final class PartySchemas {

    private PartySchemas() {
    }

    /** As seloste.load.ControllerReader reads it. */
    static ObjectNode controller(Defs defs) {
        ObjectNode contact = defs.ref(Common.CONTACT);
        return new Mapping(defs)
                .required("kind", NoticeSchema.kind("controller"), "This file holds one controller, shared by its "
                        + "notices.")
                .required("id", defs.ref(Common.ID), "The controller's id, referenced by notices' 'controller:'.")
                .required("name", defs.ref(Common.NAME), "Registered name of the controller (Art. 13(1)(a)): plain, "
                        + "or per language.")
                .optional("type", Keywords.of(ControllerType.class, true), "What kind of body the controller is; "
                        + "default company.")
                .optional("business_id", Common.scalar(true), "Business ID (Y-tunnus), kept as written, "
                        + "e.g. 1234567-8.")
                .required("postal_address", defs.ref(Common.ADDRESS), "Postal address (Art. 13(1)(a)).")
                .optional("visiting_address", defs.ref(Common.ADDRESS), "Visiting address.")
                .optional("phone", Common.scalar(true), "Phone number, e.g. +358 9 123 4567.")
                .optional("email", Common.scalar(true), "E-mail address for data protection matters.")
                .optional("website", Common.scalar(true), "Website address.")
                .optional("representative", contact, "Representative in the Union, for a controller outside it "
                        + "(Art. 27, Art. 13(1)(a)).")
                .optional("dpo", contact, "Data protection officer (Art. 37; contact details: Art. 13(1)(b)).")
                .build("A controller (rekisterinpitäjä) shared by the notices that name its id (Art. 13(1)(a)).",
                        false);
    }

    /** As seloste.load.RecipientsReader reads it. */
    static ObjectNode recipients(Defs defs) {
        ObjectNode recipient = new Mapping(defs)
                .required("id", defs.ref(Common.ID), "The recipient's id, referenced by notices' 'recipients:' and "
                        + "'transfers:'.")
                .required("name", defs.ref(Common.NAME), "Name of the recipient, or of the category of recipients.")
                .required("role", Keywords.of(RecipientRole.class, false), "In what role the recipient receives "
                        + "the data.")
                .optional("category", Common.flag(), "true when 'name' describes a category of recipients rather "
                        + "than one body (Art. 13(1)(e)); default false.")
                .optional("description", defs.ref(Common.TEXT), "What the recipient does.")
                .optional("country", Common.country(true), "ISO 3166-1 alpha-2 code of where the recipient "
                        + "processes the data; default FI.")
                .optional("dpf_certified", Common.flag(), "For a US recipient: certified under the EU-US Data "
                        + "Privacy Framework (Art. 45 adequacy); default false.")
                .build("A recipient or category of recipients (Art. 13(1)(e)).", false);
        ObjectNode list = Defs.types("array", "null");
        list.set("items", recipient);
        return new Mapping(defs)
                .required("kind", NoticeSchema.kind("recipients"), "This file holds recipients shared by notices.")
                .optional("recipients", list, "The recipients, each written once for every notice that names it.")
                .build("Recipients and categories of recipients shared by the notices of a repository.", false);
    }

    /** As seloste.load.SettingsReader reads it, with the rule ids the compiler knows. */
    static ObjectNode settings(Defs defs, List<RuleInfo> rules) {
        ObjectNode level = Defs.types("string");
        level.putArray("enum").add("error").add("warning").add("info").add("off");
        level.putArray("enumDescriptions").add("Report as an error: the notice is not published.")
                .add("Report as a warning.").add("Report as a note.").add("Do not run the rule.");
        ObjectNode severity = defs.define("severity", level);
        ObjectNode byRule = Defs.types("object", "null");
        ObjectNode props = byRule.putObject("properties");
        for (RuleInfo r : rules) {
            props.set(r.id(), Defs.describe(severity, r.summary() + " (" + r.article() + "; by default "
                    + r.severity().label() + ")"));
        }
        byRule.put("additionalProperties", false);
        return new Mapping(defs)
                .required("kind", NoticeSchema.kind("settings"), "This file holds the repository's rule settings.")
                .optional("rules", byRule, "Rule id to severity: error, warning, info or off.")
                .build("Per-repository settings of seloste (seloste.yaml at the repository root).", false);
    }
}
