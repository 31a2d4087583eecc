package seloste.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import seloste.model.Confirmation;
import seloste.model.Language;
import seloste.model.SourcePosition;

/** The lock file's lines and the fingerprints they hold. */
class LockFileTest {

    @Test
    void formatSortsTheLinesAndParseReadsThemBack() {
        SourcePosition at = SourcePosition.wholeFile("translations.lock");
        List<Confirmation> in = List.of(
                new Confirmation("notice", "customers", "title", Map.of(Language.EN, "0123456789ab",
                        Language.FI, "ba9876543210"), at),
                new Confirmation("controller", "aurora", "postal_address.city", Map.of(Language.SV, "aaaaaaaaaaaa"),
                        at));
        String text = LockFile.format(in);
        assertThat(text.lines().filter(l -> !l.startsWith("#"))).containsExactly(
                "controller aurora postal_address.city sv=aaaaaaaaaaaa",
                "notice customers title fi=ba9876543210 en=0123456789ab");
        LockFile.Parsed back = LockFile.parse(text, "translations.lock");
        assertThat(back.unreadable()).isEmpty();
        assertThat(back.confirmations()).extracting(Confirmation::key, Confirmation::fingerprints).containsExactly(
                org.assertj.core.groups.Tuple.tuple("controller aurora postal_address.city",
                        Map.of(Language.SV, "aaaaaaaaaaaa")),
                org.assertj.core.groups.Tuple.tuple("notice customers title",
                        Map.of(Language.FI, "ba9876543210", Language.EN, "0123456789ab")));
        assertThat(back.confirmations().get(1).at()).hasToString("translations.lock:6:1");
    }

    @Test
    void aLineThatIsNotAConfirmationIsReportedAtItsLine() {
        LockFile.Parsed p = LockFile.parse("# comment\n\nnotice x title fi=0123\nnotice x title de=0123456789ab\n"
                + "notice x title fi=0123456789ab fi=0123456789ab\n", "l.lock");
        assertThat(p.confirmations()).isEmpty();
        assertThat(p.unreadable()).extracting(l -> l.at().toString()).containsExactly("l.lock:3:1", "l.lock:4:1",
                "l.lock:5:1");
    }

    @Test
    void aFingerprintIgnoresLineBreaksAndNormalisationButNotWords() {
        String a = Fingerprint.of("Käsittelemme tilauksia ja toimitamme ne.");
        assertThat(a).matches("[0-9a-f]{12}");
        assertThat(Fingerprint.of("  Käsittelemme tilauksia\n  ja toimitamme ne. ")).isEqualTo(a);
        assertThat(Fingerprint.of("Ka\u0308sittelemme tilauksia ja toimitamme ne.")).isEqualTo(a);
        assertThat(Fingerprint.of("Käsittelemme tilaukset ja toimitamme ne.")).isNotEqualTo(a);
    }
}
