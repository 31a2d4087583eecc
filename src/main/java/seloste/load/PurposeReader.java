package seloste.load;

import seloste.model.Art9Condition;
import seloste.model.LegalBasis;
import seloste.model.NationalIdGround;
import seloste.model.Purpose;
import seloste.model.Requirement;
import seloste.model.RequirementKind;

/** Reads one entry of a notice's {@code purposes}. */
final class PurposeReader {

    private PurposeReader() {
    }

    static Purpose read(MapReader r) {
        Purpose p = new Purpose(Values.id(r), Values.requiredText(r, "name"), Values.text(r, "description"),
                Values.keyword(r, "legal_basis", LegalBasis.class), Values.text(r, "legitimate_interest"),
                Values.text(r, "law"), Values.keyword(r, "art9_condition", Art9Condition.class),
                Values.text(r, "art9_law"), Values.text(r, "criminal_data_law"),
                Values.keyword(r, "national_id_ground", NationalIdGround.class),
                r.map("requirement", "the requirement").map(PurposeReader::requirement),
                Values.flag(r, "direct_marketing", false), Values.text(r, "withdrawal"),
                Values.ids(r, "data"), Values.ids(r, "subjects"), r.origin());
        r.done();
        return p;
    }

    private static Requirement requirement(MapReader r) {
        Requirement q = new Requirement(
                Values.requiredKeyword(r, "kind", RequirementKind.class, RequirementKind.VOLUNTARY),
                Values.text(r, "consequence"), r.origin());
        r.done();
        return q;
    }

}
