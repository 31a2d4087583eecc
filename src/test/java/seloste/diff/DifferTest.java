package seloste.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import seloste.load.LoadResult;
import seloste.load.Loader;
import seloste.model.Art9Condition;
import seloste.model.CategoryKind;
import seloste.model.Keyword;
import seloste.model.Language;
import seloste.model.LegalBasis;
import seloste.model.Repository;
import seloste.model.RetentionEvent;
import seloste.model.SpecialCategory;
import seloste.model.TransferMechanism;

/** The comparison on its own, and the phrase files it is put into words with. */
class DifferTest {

    private static final String NOTICE = """
            kind: notice
            id: news
            controller: acme
            title: { fi: Uutiskirje, sv: Nyhetsbrev, en: Newsletter }
            languages: [fi, sv, en]
            version: "2"
            effective: 2026-01-15
            data_categories:
              - id: email
                name: { fi: Sähköposti, sv: E-post, en: E-mail }
            purposes:
              - id: sending
                name: { fi: Lähetys, sv: Utskick, en: Sending }
                legal_basis: consent
                art9_condition: explicit_consent
                data: [email]
            retention:
              - data: [email]
                period: P30D
                from: collection
              - data: [email]
                criteria: { fi: Kunnes peruutat, sv: Tills du avbeställer, en: Until you unsubscribe }
            """;

    private static Repository load(String notice) {
        LoadResult r = new Loader(Path.of("")).load(Map.of("n.yaml", notice.getBytes(StandardCharsets.UTF_8)));
        return r.repository();
    }

    @Test
    void theSameSourcesHaveNoChangesEvenWithTwoRulesForTheSameData() {
        assertThat(Differ.compare(load(NOTICE), load(NOTICE))).isEmpty();
    }

    @Test
    void aSecondRuleForTheSameDataIsComparedWithTheSecondRule() {
        List<NoticeDiff> diffs = Differ.compare(load(NOTICE), load(NOTICE.replace("Until you unsubscribe",
                "Until you unsubscribe or the list closes")));
        assertThat(diffs).hasSize(1);
        assertThat(diffs.get(0).changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.RETENTION_CHANGED);
            assertThat(c.at().line()).isEqualTo(21);
            assertThat(new ChangeText(Language.EN).line(c)).isEqualTo("~ Retention of E-mail changed: Until you "
                    + "unsubscribe → Until you unsubscribe or the list closes");
        });
        assertThat(diffs.get(0).versionUnchanged()).isTrue();
    }

    @Test
    void anArt9ConditionChangeIsMaterial() {
        List<NoticeDiff> diffs = Differ.compare(load(NOTICE), load(NOTICE.replace("    art9_condition: explicit_consent\n",
                "")));
        assertThat(diffs.get(0).changes()).map(c -> new ChangeText(Language.FI).line(c)).containsExactly(
                "~ Käsittelyn tarkoituksen ”Lähetys” 9 artiklan 2 kohdan peruste muuttui: nimenomainen suostumus "
                        + "(9 art. 2 kohdan a alakohta) → ei 9 artiklan 2 kohdan perustetta");
    }

    @Test
    void theThreePhraseFilesHaveTheSameKeys() {
        Catalogue en = new Catalogue(Language.EN);
        for (Language l : Language.values()) {
            assertThat(new Catalogue(l).keys()).as(l.code()).containsExactlyInAnyOrderElementsOf(en.keys());
        }
    }

    @Test
    void everyKeywordACHangeCanNameHasAPhraseInEveryLanguage() {
        for (Language l : Language.values()) {
            Catalogue c = new Catalogue(l);
            check(c, "basis", LegalBasis.values());
            check(c, "art9", Art9Condition.values());
            check(c, "category", CategoryKind.values());
            check(c, "category", SpecialCategory.values());
            check(c, "mechanism", TransferMechanism.values());
            check(c, "event", RetentionEvent.values());
        }
    }

    private static void check(Catalogue c, String group, Keyword[] keywords) {
        Stream.concat(Arrays.stream(keywords).map(Keyword::keyword), Stream.of("none"))
                .filter(k -> !(group.equals("event") && k.equals("none")))
                .forEach(k -> assertThat(c.has(group + "." + k)).as("%s.%s in %s", group, k, c.language()).isTrue());
    }
}
