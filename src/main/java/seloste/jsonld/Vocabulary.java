package seloste.jsonld;

import java.util.List;
import java.util.Locale;
import seloste.model.Art9Condition;
import seloste.model.CategoryKind;
import seloste.model.LegalBasis;
import seloste.model.RecipientRole;
import seloste.model.Transfer;
import seloste.model.TransferMechanism;

/**
 * The DPV terms for the model's keywords. Every term is one the DPV 2 specification defines: the
 * legal bases are the EU GDPR extension's article concepts ({@code eu-gdpr:A6-1-a}), and where the
 * model says no more than the generic concept (a transfer ground that is not named), the generic DPV
 * class is used.
 */
final class Vocabulary {

    static final String DPV = "https://w3id.org/dpv#";
    static final String EU_GDPR = "https://w3id.org/dpv/legal/eu/gdpr#";
    static final String LOC = "https://w3id.org/dpv/loc#";

    private Vocabulary() {
    }

    /** {@code eu-gdpr:A6-1-b} for a contract. */
    static String basis(LegalBasis b) {
        return "eu-gdpr:A6-1-" + point(b.article());
    }

    /** {@code eu-gdpr:A9-2-a} for explicit consent. */
    static String condition(Art9Condition c) {
        return "eu-gdpr:A9-2-" + point(c.article());
    }

    /**
     * The Chapter V ground: {@code A45-3} adequacy, {@code A46-2-b} binding corporate rules (the Art. 46(2)(b)
     * safeguard that Art. 47 rules are), {@code A46-2-c} standard clauses, {@code A46-2-e} codes of conduct,
     * {@code A46-2-f} certification, {@code A49-1-a} to {@code -g} the derogations, and {@code A49-2}, DPV's
     * name for the compelling legitimate interests of Art. 49(1), second subparagraph.
     */
    static String transfer(Transfer t) {
        TransferMechanism m = t.mechanism().orElse(null);
        if (m == null || !m.valid()) {
            return "dpv:DataTransferLegalBasis";
        }
        return switch (m) {
            case ADEQUACY -> "eu-gdpr:A45-3";
            case BINDING_CORPORATE_RULES -> "eu-gdpr:A46-2-b";
            case STANDARD_CONTRACTUAL_CLAUSES -> "eu-gdpr:A46-2-c";
            case CODE_OF_CONDUCT -> "eu-gdpr:A46-2-e";
            case CERTIFICATION -> "eu-gdpr:A46-2-f";
            case DEROGATION -> t.derogation().map(d -> switch (d) {
                case COMPELLING_LEGITIMATE_INTERESTS -> "eu-gdpr:A49-2";
                default -> "eu-gdpr:A49-1-" + point(d.article());
            }).orElse("dpv:DataTransferLegalBasis");
            default -> "dpv:DataTransferLegalBasis";
        };
    }

    /** The DPV classes of a recipient in its role. */
    static List<String> recipient(RecipientRole role) {
        return switch (role) {
            case PROCESSOR -> List.of("dpv:Recipient", "dpv:DataProcessor");
            case CONTROLLER, JOINT_CONTROLLER -> List.of("dpv:Recipient", "dpv:DataController");
            case AUTHORITY -> List.of("dpv:Recipient", "dpv:Authority");
        };
    }

    /** Art. 9 data are special categories; Art. 10 data and the identity code are sensitive, not special. */
    static String data(CategoryKind kind) {
        return switch (kind) {
            case ORDINARY -> "dpv:PersonalData";
            case SPECIAL -> "dpv:SpecialCategoryPersonalData";
            case CRIMINAL, NATIONAL_ID -> "dpv:SensitivePersonalData";
        };
    }

    /** {@code loc:US}: DPV names countries by their ISO 3166-1 alpha-2 code. */
    static String country(String code) {
        return "loc:" + code.toUpperCase(Locale.ROOT);
    }

    /** The last point of an article reference: {@code b} of {@code 6(1)(b)}. */
    private static String point(String article) {
        int open = article.lastIndexOf('(');
        return article.substring(open + 1, article.length() - 1);
    }
}
