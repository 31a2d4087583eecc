package seloste.check.rules;

import seloste.check.Severity;
import seloste.model.CategoryKind;
import seloste.model.Notice;
import seloste.model.Purpose;
import seloste.model.Repository;

/** The Finnish personal identity code may be processed only on a ground listed in Tietosuojalaki §29. */
final class NationalIdGroundMissingRule extends NoticeRule {

    NationalIdGroundMissingRule() {
        super("national-id.ground.missing", Severity.ERROR, "Tietosuojalaki 1050/2018 §29",
                "A purpose uses the personal identity code without a ground of Tietosuojalaki §29.",
                "Add 'national_id_ground:' to the purpose: consent, law, unambiguous_identification, sector or "
                        + "address_update.");
    }

    @Override
    void check(Notice notice, Repository repository, Report report) {
        for (Purpose p : notice.purposes()) {
            for (int i = 0; i < p.data().size(); i++) {
                String id = p.data().get(i);
                boolean code = notice.category(id).filter(c -> c.kind() == CategoryKind.NATIONAL_ID).isPresent();
                if (code && p.nationalIdGround().isEmpty()) {
                    report.add(p.origin().of("data[" + i + "]"), "Purpose '" + p.id() + "' uses the personal "
                            + "identity code '" + id + "' but states no ground of Tietosuojalaki §29; add "
                            + "'national_id_ground:'.");
                }
            }
        }
    }
}
