package seloste.check.rules;

import java.util.List;
import seloste.check.Severity;
import seloste.check.rules.Wording.Term;
import seloste.model.Repository;

/** A notice that relies on a repealed act or an invalidated transfer framework states the law wrongly. */
final class LawRepealedRule extends TextRule {

    private static final String E_COMMS_FI = "laki sähköisen viestinnän palveluista (917/2014)";
    private static final String E_COMMS_SV = "lagen om tjänster inom elektronisk kommunikation (917/2014)";
    private static final String E_COMMS_EN = "the Act on Electronic Communications Services (917/2014)";

    private static final List<Term> TERMS = List.of(
            new Term(Phrase.words("henkilötietola(?!insäädän)\\p{L}*", "hetil", "523/1999"),
                    "the Personal Data Act 523/1999, repealed on 1 January 2019",
                    "tietosuojalaki (1050/2018)", "dataskyddslagen (1050/2018)", "the Data Protection Act (1050/2018)"),
            new Term(Phrase.words("personuppgiftslag(?!stift)\\p{L}*"),
                    "a personal data act repealed when the GDPR began to apply",
                    "tietosuojalaki (1050/2018)", "dataskyddslagen (1050/2018)", "the Data Protection Act (1050/2018)"),
            new Term(Phrase.words("516/2004", "svtsl", "sähköisen viestinnän tietosuojala\\p{L}*"),
                    "the Act on the Protection of Privacy in Electronic Communications 516/2004, repealed in 2015",
                    E_COMMS_FI, E_COMMS_SV, E_COMMS_EN),
            new Term(Phrase.words("95/46"), "Directive 95/46/EC, repealed by the GDPR",
                    "tietosuoja-asetus (EU) 2016/679", "dataskyddsförordningen (EU) 2016/679",
                    "the GDPR (Regulation (EU) 2016/679)"),
            new Term(Phrase.words("safe\\s+harbou?r", "privacy\\s+shield"),
                    "a transfer framework invalidated by the Court of Justice (C-362/14, C-311/18)",
                    "vakiosopimuslausekkeet (2021/914) tai EU:n ja Yhdysvaltojen tietosuojakehys",
                    "standardavtalsklausuler (2021/914) eller dataskyddsramen mellan EU och USA",
                    "standard contractual clauses (2021/914) or the EU-U.S. Data Privacy Framework"));

    LawRepealedRule() {
        super("law.repealed", Severity.ERROR,
                "Tietosuojalaki 1050/2018; Laki sähköisen viestinnän palveluista 917/2014; GDPR Art. 94; "
                        + "CJEU C-362/14, C-311/18",
                "A text refers to a repealed act or an invalidated transfer framework.",
                "Replace the reference with the law in force, as the message suggests.");
    }

    @Override
    void check(Reading reading, Repository repository, Report report) {
        Wording.flag(reading, TERMS, report);
    }
}
