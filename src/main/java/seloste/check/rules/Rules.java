package seloste.check.rules;

import java.util.List;
import seloste.check.Rule;

/** The rule catalogue, in the order rules are listed to users. */
public final class Rules {

    private Rules() {
    }

    public static List<Rule> all() {
        return List.of(
                new PurposeWithoutLegalBasisRule(),
                new LegitimateInterestMissingRule(),
                new LawForBasisMissingRule(),
                new SpecialDataWithoutConditionRule(),
                new ConditionWithoutSpecialDataRule(),
                new ConsentWithoutWithdrawalRule(),
                new RetentionMissingRule(),
                new RetentionVagueRule(),
                new TransferMechanismRule(),
                new TextMissingInLanguageRule());
    }
}
