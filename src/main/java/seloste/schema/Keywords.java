package seloste.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import seloste.model.Art22Exception;
import seloste.model.Art9Condition;
import seloste.model.CategoryKind;
import seloste.model.ControllerType;
import seloste.model.CookieType;
import seloste.model.Derogation;
import seloste.model.Keyword;
import seloste.model.LegalBasis;
import seloste.model.NationalIdGround;
import seloste.model.RecipientRole;
import seloste.model.RequirementKind;
import seloste.model.RetentionEvent;
import seloste.model.SourceKind;
import seloste.model.SpecialCategory;
import seloste.model.TransferMechanism;

/**
 * The keywords of the model's enums as schema enumerations, each value with a one-line explanation.
 * The values come from the enums themselves, so the schema lists exactly what the loader accepts; a
 * constant without an explanation here is a programming error caught when the schema is built.
 */
final class Keywords {

    private static final Map<Keyword, String> DOCS = new HashMap<>();

    static {
        doc(LegalBasis.CONSENT, "the data subject has given consent to the processing for this purpose; say how "
                + "it is withdrawn in 'withdrawal:' (Art. 7(3)).");
        doc(LegalBasis.CONTRACT, "necessary for a contract with the data subject, or for steps at their request "
                + "before entering into one.");
        doc(LegalBasis.LEGAL_OBLIGATION, "necessary for a legal obligation of the controller; name the law in "
                + "'law:' (Art. 6(3)).");
        doc(LegalBasis.VITAL_INTERESTS, "necessary to protect the vital interests of the data subject or of "
                + "another natural person.");
        doc(LegalBasis.PUBLIC_TASK, "necessary for a task in the public interest or in the exercise of official "
                + "authority; name the law in 'law:' (Art. 6(3)).");
        doc(LegalBasis.LEGITIMATE_INTERESTS, "necessary for the legitimate interests of the controller or a third "
                + "party; state the interest in 'legitimate_interest:' (Art. 13(1)(d)).");
        doc(Art9Condition.EXPLICIT_CONSENT, "the data subject has given explicit consent.");
        doc(Art9Condition.EMPLOYMENT_AND_SOCIAL_SECURITY, "obligations and rights in employment, social security "
                + "and social protection law; name the law in 'art9_law:'.");
        doc(Art9Condition.VITAL_INTERESTS, "vital interests, where the data subject cannot give consent.");
        doc(Art9Condition.NOT_FOR_PROFIT_BODY, "legitimate activities of a foundation, association or other "
                + "not-for-profit body, about its members or regular contacts.");
        doc(Art9Condition.MANIFESTLY_MADE_PUBLIC, "data manifestly made public by the data subject.");
        doc(Art9Condition.LEGAL_CLAIMS, "establishment, exercise or defence of legal claims.");
        doc(Art9Condition.SUBSTANTIAL_PUBLIC_INTEREST, "substantial public interest; name the law in 'art9_law:'.");
        doc(Art9Condition.HEALTH_OR_SOCIAL_CARE, "preventive or occupational medicine, medical diagnosis, health "
                + "or social care; name the law in 'art9_law:'.");
        doc(Art9Condition.PUBLIC_HEALTH, "public interest in the area of public health; name the law in 'art9_law:'.");
        doc(Art9Condition.ARCHIVING_RESEARCH_STATISTICS, "archiving in the public interest, scientific or "
                + "historical research or statistics; name the law in 'art9_law:'.");
        doc(SpecialCategory.RACIAL_OR_ETHNIC_ORIGIN, "Art. 9(1): data revealing racial or ethnic origin.");
        doc(SpecialCategory.POLITICAL_OPINIONS, "Art. 9(1): data revealing political opinions.");
        doc(SpecialCategory.RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS, "Art. 9(1): data revealing religious or "
                + "philosophical beliefs.");
        doc(SpecialCategory.TRADE_UNION_MEMBERSHIP, "Art. 9(1): data revealing trade union membership.");
        doc(SpecialCategory.GENETIC, "Art. 9(1): genetic data (Art. 4(13)).");
        doc(SpecialCategory.BIOMETRIC, "Art. 9(1): biometric data processed to uniquely identify a natural person "
                + "(Art. 4(14)).");
        doc(SpecialCategory.HEALTH, "Art. 9(1): data concerning health (Art. 4(15)).");
        doc(SpecialCategory.SEX_LIFE_OR_SEXUAL_ORIENTATION, "Art. 9(1): data concerning a person's sex life or "
                + "sexual orientation.");
        doc(CategoryKind.ORDINARY, "Personal data that is none of the kinds below (Art. 4(1)).");
        doc(CategoryKind.SPECIAL, "A special category of Art. 9(1); say which in 'special:'.");
        doc(CategoryKind.CRIMINAL, "Art. 10: personal data relating to criminal convictions and offences.");
        doc(CategoryKind.NATIONAL_ID, "The personal identity code (henkilötunnus), Tietosuojalaki 1050/2018 §29.");
        doc(NationalIdGround.CONSENT, "Tietosuojalaki §29(1): the data subject's unambiguous consent.");
        doc(NationalIdGround.LAW, "Tietosuojalaki §29(1): the processing is provided for by law.");
        doc(NationalIdGround.UNAMBIGUOUS_IDENTIFICATION, "Tietosuojalaki §29(1)(1)-(3): unambiguous identification "
                + "is important for a task laid down by law, for rights and obligations, or for research.");
        doc(NationalIdGround.SECTOR, "Tietosuojalaki §29(2): credit and debt collection, insurance, credit "
                + "information, rental and lending, health and social care, employment.");
        doc(NationalIdGround.ADDRESS_UPDATE, "Tietosuojalaki §29(3): updating addresses or avoiding duplicate "
                + "mailings, where the code is already held.");
        doc(RequirementKind.STATUTORY, "Art. 13(2)(e): the law requires the data subject to provide the data.");
        doc(RequirementKind.CONTRACTUAL, "Art. 13(2)(e): a contract requires the data subject to provide the data.");
        doc(RequirementKind.CONTRACT_PRECONDITION, "Art. 13(2)(e): the data are needed to enter into a contract.");
        doc(RequirementKind.VOLUNTARY, "Art. 13(2)(e): providing the data is voluntary.");
        doc(SourceKind.DATA_SUBJECT, "The data subject (Art. 13).");
        doc(SourceKind.OBSERVATION, "Observed from the data subject's use of a service: logs, cookies, cameras "
                + "(Art. 13).");
        doc(SourceKind.PUBLIC_REGISTER, "A public register (Art. 14(2)(f)).");
        doc(SourceKind.PURCHASED_LIST, "A purchased address or marketing list (Art. 14(2)(f)).");
        doc(SourceKind.PARTNER, "A partner of the controller (Art. 14(2)(f)).");
        doc(SourceKind.EMPLOYER, "The data subject's employer (Art. 14(2)(f)).");
        doc(SourceKind.OTHER, "Another source; describe it in 'description:' (Art. 14(2)(f)).");
        doc(RecipientRole.PROCESSOR, "Processes the data on the controller's behalf (Art. 28).");
        doc(RecipientRole.CONTROLLER, "Receives the data as a controller in its own right (a disclosure).");
        doc(RecipientRole.JOINT_CONTROLLER, "Decides purposes and means together with the controller (Art. 26).");
        doc(RecipientRole.AUTHORITY, "A public authority receiving the data under law.");
        doc(ControllerType.COMPANY, "A company or other business.");
        doc(ControllerType.ASSOCIATION, "An association, foundation or other not-for-profit body.");
        doc(ControllerType.PUBLIC_AUTHORITY, "A public authority or body (Art. 37(1)(a): needs a DPO).");
        doc(TransferMechanism.ADEQUACY, "an adequacy decision; for the US only recipients certified under the "
                + "EU-US Data Privacy Framework.");
        doc(TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES, "standard contractual clauses, Commission Decision "
                + "(EU) 2021/914.");
        doc(TransferMechanism.BINDING_CORPORATE_RULES, "binding corporate rules.");
        doc(TransferMechanism.CODE_OF_CONDUCT, "an approved code of conduct with binding commitments.");
        doc(TransferMechanism.CERTIFICATION, "an approved certification mechanism with binding commitments.");
        doc(TransferMechanism.DEROGATION, "a derogation for a specific situation; say which in 'derogation:'.");
        doc(TransferMechanism.SAFE_HARBOR, "Safe Harbor, invalidated by the CJEU in C-362/14; do not use.");
        doc(TransferMechanism.PRIVACY_SHIELD, "Privacy Shield, invalidated by the CJEU in C-311/18; do not use.");
        doc(TransferMechanism.OLD_STANDARD_CONTRACTUAL_CLAUSES, "the standard contractual clauses of 2001, 2004 "
                + "and 2010, usable only until 27 December 2022; do not use.");
        doc(Derogation.EXPLICIT_CONSENT, "the data subject has explicitly consented after being informed of the "
                + "risks.");
        doc(Derogation.CONTRACT_WITH_DATA_SUBJECT, "necessary for a contract with the data subject.");
        doc(Derogation.CONTRACT_IN_DATA_SUBJECT_INTEREST, "necessary for a contract concluded in the data "
                + "subject's interest.");
        doc(Derogation.PUBLIC_INTEREST, "necessary for important reasons of public interest.");
        doc(Derogation.LEGAL_CLAIMS, "necessary for legal claims.");
        doc(Derogation.VITAL_INTERESTS, "necessary to protect vital interests, where the data subject cannot "
                + "consent.");
        doc(Derogation.PUBLIC_REGISTER, "made from a public register.");
        doc(Derogation.COMPELLING_LEGITIMATE_INTERESTS, "compelling legitimate interests, for a non-repetitive "
                + "transfer of a limited number of data subjects.");
        doc(RetentionEvent.COLLECTION, "From when the data were collected.");
        doc(RetentionEvent.END_OF_CUSTOMER_RELATIONSHIP, "From the end of the customer relationship.");
        doc(RetentionEvent.END_OF_CONTRACT, "From the end of the contract.");
        doc(RetentionEvent.END_OF_FINANCIAL_YEAR, "From the end of the financial year (Kirjanpitolaki 2:10).");
        doc(RetentionEvent.END_OF_RECRUITMENT, "From the end of the recruitment.");
        doc(RetentionEvent.END_OF_EMPLOYMENT, "From the end of the employment.");
        doc(RetentionEvent.WITHDRAWAL_OF_CONSENT, "From the withdrawal of consent.");
        doc(RetentionEvent.LAST_ACTIVITY, "From the data subject's last activity, e.g. the last login or purchase.");
        doc(Art22Exception.CONTRACT, "Art. 22(2)(a): necessary for a contract with the data subject.");
        doc(Art22Exception.LAW, "Art. 22(2)(b): authorised by Union or Finnish law.");
        doc(Art22Exception.EXPLICIT_CONSENT, "Art. 22(2)(c): the data subject's explicit consent.");
        doc(CookieType.NECESSARY, "Strictly necessary for the service the user asked for; no consent needed "
                + "(Sähköisen viestinnän palveluista annettu laki 917/2014 §205).");
        doc(CookieType.PREFERENCES, "Remembers the user's choices; needs consent (917/2014 §205).");
        doc(CookieType.STATISTICS, "Measures use of the service; needs consent (917/2014 §205).");
        doc(CookieType.MARKETING, "Targets advertising or tracks across sites; needs consent (917/2014 §205).");
    }

    private Keywords() {
    }

    private static void doc(Keyword k, String text) {
        DOCS.put(k, text);
    }

    /**
     * An enumeration of the keywords of {@code type}, each explained for hover and completion.
     *
     * @param nullable whether {@code null} (the same as leaving the key out) is allowed
     */
    static <E extends Enum<E> & Keyword> ObjectNode of(Class<E> type, boolean nullable) {
        ObjectNode n = nullable ? Defs.types("string", "null") : Defs.types("string");
        ArrayNode values = n.putArray("enum");
        ArrayNode docs = n.putArray("enumDescriptions");
        for (E e : type.getEnumConstants()) {
            String doc = DOCS.get(e);
            if (doc == null) {
                throw new IllegalStateException("no schema description for " + type.getSimpleName() + "." + e.name());
            }
            values.add(e.keyword());
            docs.add(article(e) + doc);
        }
        if (nullable) {
            values.addNull();
            docs.add("Empty: the same as leaving the key out.");
        }
        return n;
    }

    /** The article a value rests on, for the enums whose model knows it. */
    private static String article(Keyword k) {
        if (k instanceof LegalBasis b) {
            return "Art. " + b.article() + ": ";
        }
        if (k instanceof Art9Condition c) {
            return "Art. " + c.article() + ": ";
        }
        if (k instanceof TransferMechanism m) {
            return "Art. " + m.article() + ": ";
        }
        if (k instanceof Derogation d) {
            return "Art. " + d.article() + ": ";
        }
        return "";
    }
}
