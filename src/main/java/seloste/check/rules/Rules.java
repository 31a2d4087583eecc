package seloste.check.rules;

import java.util.List;
import seloste.check.Rule;

/** The rule catalogue, in the order rules are listed to users: grouped by topic, as a notice reads. */
public final class Rules {

    private Rules() {
    }

    public static List<Rule> all() {
        return List.of(
                // the controller and whom to contact (Art. 13(1)(a)-(b))
                new ControllerContactMissingRule(),
                new ControllerBusinessIdConflictRule(),
                new DpoContactMissingRule(),
                new DpoMissingRule(),
                new NoticeContactMissingRule(),
                new RightsChannelMissingRule(),
                // purposes, data and data subjects (Art. 13(1)(c), 14(1)(d))
                new PurposeMissingRule(),
                new PurposeDataMissingRule(),
                new PurposeSubjectsMissingRule(),
                new DataSubjectsMissingRule(),
                new DataCategoryUnusedRule(),
                new DataSubjectUnusedRule(),
                new DataCategoriesMissingRule(),
                new CategoryInconsistentRule(),
                new SourceDescriptionMissingRule(),
                new RequirementMissingRule(),
                // legal bases (Art. 6)
                new PurposeWithoutLegalBasisRule(),
                new LegitimateInterestMissingRule(),
                new LegitimateInterestGenericRule(),
                new LegitimateInterestUnexpectedRule(),
                new LegitimateInterestPublicAuthorityRule(),
                new LawForBasisMissingRule(),
                new LawUnexpectedRule(),
                new ConsentWithoutWithdrawalRule(),
                new ConsentForStatutoryDataRule(),
                new ChildConsentAgeRule(),
                // special categories, criminal data and the personal identity code (Art. 9, 10; TSL §29)
                new SpecialDataWithoutConditionRule(),
                new ConditionWithoutSpecialDataRule(),
                new Art9LawMissingRule(),
                new CriminalDataLawMissingRule(),
                new NationalIdGroundMissingRule(),
                // automated decisions (Art. 22)
                new AutomatedDecisionExceptionRule(),
                new AutomatedDecisionInformationRule(),
                // recipients and transfers (Art. 13(1)(e)-(f), Chapter V)
                new RecipientVagueRule(),
                new RecipientDuplicateNameRule(),
                new TransferMechanismRule(),
                new TransferUndeclaredRule(),
                new TransferWithinEeaRule(),
                new TransferAdequacyRule(),
                new TransferAdequacyScopeRule(),
                new TransferSafeguardsCopyMissingRule(),
                new TransferDerogationMissingRule(),
                // retention (Art. 13(2)(a))
                new RetentionMissingRule(),
                new RetentionVagueRule(),
                new RetentionPeriodMissingRule(),
                new RetentionPeriodConflictRule(),
                new RetentionPeriodLongRule(),
                new RetentionInconsistentRule(),
                // electronic communications (917/2014)
                new DirectMarketingBasisRule(),
                new DirectMarketingExistingCustomerRule(),
                new CookieConsentMissingRule(),
                // security and the change log
                new SecurityMissingRule(),
                new ChangeLogVersionMissingRule(),
                new ChangeLogDateRule(),
                // language and wording (Art. 12)
                new TextMissingInLanguageRule(),
                new TextCopiedRule(),
                new TranslationStaleRule(),
                new TextInWrongLanguageRule(),
                new LawRepealedRule(),
                new WordingOutdatedRule(),
                new WordingVagueRule(),
                new TextTodoRule());
    }
}
