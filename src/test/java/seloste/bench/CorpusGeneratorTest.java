package seloste.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import seloste.Compiler;
import seloste.Report;
import seloste.check.Severity;
import seloste.model.CategoryKind;
import seloste.model.CookieType;
import seloste.model.LegalBasis;
import seloste.model.Notice;
import seloste.model.Purpose;
import seloste.model.Recipient;
import seloste.model.RecipientRole;
import seloste.model.Repository;
import seloste.model.Source;
import seloste.model.SourceKind;
import seloste.model.Transfer;
import seloste.model.TransferMechanism;

/**
 * The benchmark's corpus stays what the benchmark says it is: publishable under the current rule
 * catalogue, every model feature used by ten notices, and the same files for the same N.
 */
class CorpusGeneratorTest {

    @TempDir
    static Path shared;
    private static Report ten;

    @TempDir
    Path dir;

    @BeforeAll
    static void generateTenAndCheck() throws IOException {
        new CorpusGenerator(Path.of("notices")).write(shared.resolve("notices"), 10);
        ten = new Compiler(shared, Optional.empty()).check(List.of(Path.of("notices")));
    }

    @Test
    void tenNoticesCheckWithoutErrors() {
        Report report = ten;

        assertThat(report.repository().notices()).hasSize(10);
        assertThat(report.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
        assertThat(report.repository().notices()).allSatisfy(n -> assertThat(n.languages()).hasSize(3));
    }

    @Test
    void tenNoticesUseEveryModelFeatureButPublicTask() {
        Repository repo = ten.repository();
        List<Notice> notices = repo.notices();

        assertThat(all(notices, n -> n.categories().stream().map(c -> c.kind())))
                .containsExactlyInAnyOrder(CategoryKind.values());
        assertThat(all(notices, n -> n.purposes().stream().map(Purpose::basis).flatMap(Optional::stream)))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(LegalBasis.values())
                        .filter(b -> b != LegalBasis.PUBLIC_TASK).toList());
        assertThat(all(notices, n -> n.sources().stream().map(Source::kind)))
                .containsExactlyInAnyOrder(SourceKind.values());
        assertThat(all(notices, n -> n.cookies().stream().map(c -> c.type())))
                .containsExactlyInAnyOrder(CookieType.values());
        assertThat(all(notices, n -> n.transfers().stream().map(Transfer::mechanism).flatMap(Optional::stream)))
                .contains(TransferMechanism.ADEQUACY, TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES,
                        TransferMechanism.BINDING_CORPORATE_RULES, TransferMechanism.CODE_OF_CONDUCT,
                        TransferMechanism.CERTIFICATION, TransferMechanism.DEROGATION);
        assertThat(repo.recipients().stream().map(Recipient::role).distinct())
                .containsExactlyInAnyOrder(RecipientRole.values());
        assertThat(notices).anySatisfy(n -> assertThat(n.children()).isPresent());
        assertThat(notices).anySatisfy(n -> assertThat(n.automatedDecisions()).isNotEmpty());
        assertThat(notices).anySatisfy(n -> assertThat(n.purposes()).anySatisfy(p -> assertThat(p.criminalDataLaw()).isPresent()));
        assertThat(repo.waivers()).isNotEmpty();
    }

    @Test
    void theSameNGivesTheSameFiles() throws IOException {
        CorpusGenerator generator = new CorpusGenerator(Path.of("notices"));
        generator.write(dir.resolve("a"), 12);
        generator.write(dir.resolve("b"), 12);

        assertThat(contents(dir.resolve("a"))).isEqualTo(contents(dir.resolve("b")));
    }

    @Test
    void aRevisionChangesOnlyThatNotice() throws IOException {
        CorpusGenerator generator = new CorpusGenerator(Path.of("notices"));
        List<Path> files = generator.write(dir, 3);
        String before = Files.readString(files.get(0));

        Path changed = generator.writeNotice(dir, 0, 1);

        assertThat(changed).isEqualTo(files.get(0));
        assertThat(Files.readString(changed)).isNotEqualTo(before);
        Notice n = new Compiler(dir.getParent(), Optional.empty()).check(List.of(dir.getFileName()))
                .repository().notices().get(0);
        assertThat(n.purposes().get(0).description().orElseThrow().in(seloste.model.Language.EN).orElseThrow())
                .endsWith("(change 1).");
    }

    private static <T> List<T> all(List<Notice> notices, Function<Notice, Stream<T>> f) {
        return notices.stream().flatMap(f).distinct().toList();
    }

    private static String contents(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().map(p -> {
                try {
                    return p.getFileName() + "\n" + Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
    }
}
