package seloste.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** A phrase finds exactly what its pattern finds: the stems only skip texts the pattern cannot match. */
class PhraseTest {

    @Test
    void stemsAreTheLiteralStartOfEachAlternative() {
        assertThat(Phrase.stem("rekisteriselost\\p{L}*")).contains("rekisteriselost");
        assertThat(Phrase.stem("description of (?:a |the )?personal data file")).contains("description of ");
        assertThat(Phrase.stem("safe\\s+harbou?r")).contains("safe");
        assertThat(Phrase.stem("(?<!you )may")).contains("may");
        // a quantifier makes the letter before it optional, so it is not part of the stem
        assertThat(Phrase.stem("colou?r")).contains("colo");
        assertThat(Phrase.stem("Tietosuojalautakun\\p{L}*")).contains("tietosuojalautakun");
        assertThat(Phrase.stem("\\d+ days")).isEmpty();
        assertThat(Phrase.stem("a?b")).isEmpty();
    }

    @Test
    void aPhraseWithAnAlternativeWithoutStemAlwaysRunsItsPattern() {
        Phrase p = Phrase.words("rekisteriseloste", "\\d+ päivää");
        assertThat(p.stems()).isEmpty();
        assertThat(p.find("säilytetään 30 päivää")).contains("30 päivää");
    }

    @Test
    void findsWholeWordsInAnyCase() {
        Phrase p = Phrase.words("rekisteriselost\\p{L}*", "safe\\s+harbou?r");
        assertThat(p.stems()).containsExactly("rekisteriselost", "safe");
        assertThat(p.find("Tämä REKISTERISELOSTE kertoo")).contains("REKISTERISELOSTE");
        assertThat(p.find("Katso rekisteriselosteesta.")).contains("rekisteriselosteesta");
        assertThat(p.find("under Safe  Harbor rules")).contains("Safe  Harbor");
        assertThat(p.find("tietosuojaseloste")).isEmpty();
        // the stem is there, but inside a longer word
        assertThat(p.find("esirekisteriseloste")).isEmpty();
        assertThat(p.find("unsafe harbour")).isEmpty();
    }

    @Test
    void foldingKeepsEveryCharacterAPatternCouldMatch() {
        // the dotless ı and the dotted İ match i case-insensitively; a fold that dropped them would hide a match
        Phrase p = Phrase.words("rekisteriselost\\p{L}*");
        for (String text : List.of("REKİSTERİSELOSTE", "rekısterıseloste", "RekisteriSeloste", "rekisteriselostE")) {
            Matcher m = p.pattern().matcher(text);
            Optional<String> byPattern = m.find() ? Optional.of(m.group()) : Optional.empty();
            assertThat(p.find(text)).as(text).isEqualTo(byPattern);
        }
        assertThat(Phrase.fold("ÅÄÖ Straße")).isEqualTo("åäö straße").hasSameSizeAs("ÅÄÖ Straße");
    }

    @Test
    void onePreparedTextAnswersEveryPhraseAsItsPatternDoes() {
        List<Phrase> phrases = List.of(Phrase.words("safe\\s+harbou?r"), Phrase.words("rekisteriselost\\p{L}*"),
                Phrase.words("(?<!you )may", "often"), Phrase.words("95/46"));
        // every pair of letters of "safe" and "often" is here, but neither word is
        Phrase.Prepared scattered = Phrase.prepare("fe sa af of te en ft");
        Phrase.Prepared full = Phrase.prepare("Safe Harbour and the REKISTERISELOSTE of 95/46; you may, we often");
        for (Phrase p : phrases) {
            assertThat(p.find(scattered)).as(p.pattern().pattern()).isEmpty();
            Matcher m = p.pattern().matcher(full.text());
            assertThat(p.find(full)).as(p.pattern().pattern()).isEqualTo(m.find() ? Optional.of(m.group())
                    : Optional.empty()).isPresent();
        }
    }
}
