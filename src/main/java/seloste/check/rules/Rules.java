package seloste.check.rules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import seloste.check.Finding;
import seloste.check.Rule;
import seloste.model.Repository;

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

    /**
     * The findings of each of {@code rules} over {@code repository}, in the order of {@code rules}. The
     * rules share nothing but the repository, which is immutable, and run in parallel; the notice rules
     * run as one task, notice by notice, so that they share one {@link Reading} of each notice.
     */
    public static List<List<Finding>> run(List<Rule> rules, Repository repository) {
        record Task(List<? extends Rule> rules, Supplier<List<List<Finding>>> run) {
        }
        List<NoticeRule> perNotice = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        tasks.add(new Task(perNotice, () -> NoticeRule.run(perNotice, repository)));
        for (Rule r : rules) {
            if (r instanceof NoticeRule n) {
                perNotice.add(n);
            } else {
                tasks.add(new Task(List.of(r), () -> List.of(r.check(repository))));
            }
        }
        Map<Rule, List<Finding>> found = new IdentityHashMap<>();
        tasks.parallelStream().map(t -> Map.entry(t, t.run().get())).toList().forEach(done -> {
            for (int i = 0; i < done.getKey().rules().size(); i++) {
                found.put(done.getKey().rules().get(i), done.getValue().get(i));
            }
        });
        return rules.stream().map(found::get).toList();
    }
}
