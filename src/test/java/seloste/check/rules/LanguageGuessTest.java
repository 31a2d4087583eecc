package seloste.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import seloste.model.Language;

/** Which language a text reads as: sure about sentences, silent about names and fragments. */
class LanguageGuessTest {

    private static final String FI = "Toimitamme tilaukset ja vastaamme asiakaspalveluun tulleisiin kysymyksiin.";
    private static final String SV = "Vi levererar beställningarna och besvarar frågor som kommer till kundtjänsten.";
    private static final String EN = "We deliver the orders and answer the questions sent to our customer service.";

    @Test
    void aSentenceInAnotherLanguageIsNamed() {
        assertThat(LanguageGuess.other(FI, Language.SV)).contains(Language.FI);
        assertThat(LanguageGuess.other(SV, Language.EN)).contains(Language.SV);
        assertThat(LanguageGuess.other(EN, Language.FI)).contains(Language.EN);
    }

    @Test
    void aSentenceInItsOwnLanguagePasses() {
        assertThat(LanguageGuess.other(FI, Language.FI)).isEmpty();
        assertThat(LanguageGuess.other(SV, Language.SV)).isEmpty();
        assertThat(LanguageGuess.other(EN, Language.EN)).isEmpty();
        // Swedish that the short-text algorithm takes for Finnish when it reads the first 100 characters
        assertThat(LanguageGuess.other("Att kunna visa att urvalet har gjorts på icke-diskriminerande grunder och att "
                + "kunna försvara sig mot anspråk som gäller rekryteringen.", Language.SV)).isEmpty();
    }

    @Test
    void namesFragmentsAndAddressesAreNotJudged() {
        assertThat(LanguageGuess.other("Kirjanpitolaki (1336/1997) 2 luku 10 §", Language.SV)).isEmpty();
        assertThat(LanguageGuess.other("Tilaus- ja maksutiedot", Language.EN)).isEmpty();
        assertThat(LanguageGuess.other("tietosuoja@aurora.example.fi https://www.aurora.example.fi/tietosuoja "
                + "ja kotisivu", Language.SV)).isEmpty();
    }

    @Test
    void aMemoAnswersAsAFreshReadingWhateverItReadBefore() {
        // the first three share the beginning of SV, the next three that of FI
        List<String> texts = List.of(SV + " " + SV, SV + " " + FI + " " + FI, SV + " " + EN, FI + " " + SV,
                FI + " " + FI, FI, "Att kunna visa att urvalet har gjorts på icke-diskriminerande grunder och att "
                        + "kunna försvara sig mot anspråk som gäller rekryteringen.");
        LanguageGuess.Memo memo = new LanguageGuess.Memo();
        for (int round = 0; round < 2; round++) {
            for (String text : texts) {
                for (Language declared : Language.values()) {
                    assertThat(memo.other(text, declared)).as("%s under %s", text, declared)
                            .isEqualTo(LanguageGuess.other(text, declared));
                }
            }
        }
        assertThat(memo.other(FI, Language.SV)).contains(Language.FI);
        assertThat(memo.other(FI, Language.FI)).isEmpty();
    }

    @Test
    void theSameTextGetsTheSameAnswerFromManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Optional<Language>> task = () -> LanguageGuess.other(FI + " " + FI + " " + FI, Language.SV);
            List<Future<Optional<Language>>> results = pool.invokeAll(java.util.Collections.nCopies(40, task));
            for (Future<Optional<Language>> f : results) {
                assertThat(f.get()).contains(Language.FI);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
