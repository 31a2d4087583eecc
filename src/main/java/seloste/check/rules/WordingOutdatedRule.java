package seloste.check.rules;

import java.util.List;
import seloste.check.Severity;
import seloste.check.rules.Wording.Term;
import seloste.model.Repository;

/** Terms of the Personal Data Act era, and former names, that make a notice look out of date. */
final class WordingOutdatedRule extends TextRule {

    private static final List<Term> TERMS = List.of(
            new Term(Phrase.words("rekisteriselost\\p{L}*", "registerbeskrivning\\p{L}*",
                    "description of (?:a |the )?personal data file"), "the notice under the repealed Personal Data Act",
                    "tietosuojaseloste", "dataskyddsbeskrivning", "privacy notice"),
            new Term(Phrase.words("registeransvarig\\p{L}*"), "the controller under the repealed Personal Data Act",
                    "rekisterinpitäjä", "personuppgiftsansvarig", "controller"),
            new Term(Phrase.words("tietosuojalautakun\\p{L}*"),
                    "the Data Protection Board, abolished by Act 1050/2018",
                    "tietosuojavaltuutettu", "dataombudsmannen", "the Data Protection Ombudsman"),
            new Term(Phrase.words("tietoyhteiskuntakaar\\p{L}*"), "the former name of Act 917/2014",
                    "laki sähköisen viestinnän palveluista (917/2014)",
                    "lagen om tjänster inom elektronisk kommunikation (917/2014)",
                    "the Act on Electronic Communications Services (917/2014)"),
            new Term(Phrase.words("datainspektion\\p{L}*"), "the former name of the Swedish supervisory authority",
                    "Integritetsskyddsmyndigheten (IMY)", "Integritetsskyddsmyndigheten (IMY)",
                    "the Swedish Authority for Privacy Protection (IMY)"),
            new Term(Phrase.words("mallisopimuslause\\p{L}*"), "standard clauses replaced by Decision (EU) 2021/914",
                    "vakiosopimuslausekkeet (2021/914)", "standardavtalsklausuler (2021/914)",
                    "standard contractual clauses (2021/914)"));

    WordingOutdatedRule() {
        super("wording.outdated", Severity.WARNING, "GDPR Art. 4(7), 12(1); Tietosuojalaki 1050/2018",
                "A text uses a term or name that has been replaced since the GDPR.",
                "Use the current term the message suggests, e.g. 'tietosuojaseloste' for 'rekisteriseloste'.");
    }

    @Override
    void check(Reading reading, Repository repository, Report report) {
        Wording.flag(reading, TERMS, report);
    }
}
