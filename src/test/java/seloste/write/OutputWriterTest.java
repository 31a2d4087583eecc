package seloste.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new output folder is written file by file beside the old one, and readers see the old folder until
 * the new one is whole.
 */
class OutputWriterTest {

    @TempDir
    Path tmp;

    private Path out;
    private Path staging;

    @BeforeEach
    void anOutputFolderOfTwoFiles() throws IOException {
        out = tmp.resolve("out");
        staging = tmp.resolve(".out.staging");
        Files.createDirectories(out.resolve("fi"));
        Files.writeString(out.resolve("fi/a.html"), "old a");
        Files.writeString(out.resolve("fi/b.html"), "old b");
    }

    @Test
    void filesPutGoBesideTheOutputFolderUntilCommitted() throws IOException {
        try (OutputWriter.Staging s = new OutputWriter(out).stage()) {
            s.put("fi/a.html", "new a".getBytes());
            s.keep("fi/b.html");
            assertThat(staging.resolve("fi/a.html")).hasContent("new a");
            assertThat(out.resolve("fi/a.html")).hasContent("old a");
            assertThat(s.commit()).isTrue();
        }
        assertThat(out.resolve("fi/a.html")).hasContent("new a");
        assertThat(out.resolve("fi/b.html")).hasContent("old b");
        assertThat(besideOut()).containsExactly("out");
    }

    @Test
    void aStagingClosedWithoutCommitLeavesTheOutputFolderAsItWas() throws IOException {
        try (OutputWriter.Staging s = new OutputWriter(out).stage()) {
            s.put("fi/a.html", "new a".getBytes());
            s.put("fi/c.html", "new c".getBytes());
        }
        assertThat(out.resolve("fi/a.html")).hasContent("old a");
        assertThat(out.resolve("fi/c.html")).doesNotExist();
        assertThat(besideOut()).containsExactly("out");
    }

    @Test
    void anOutputFolderThatHoldsExactlyTheNewFilesIsNotTouched() throws IOException {
        FileTime then = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out.resolve("fi/a.html"), then);
        try (OutputWriter.Staging s = new OutputWriter(out).stage()) {
            s.put("fi/a.html", "old a".getBytes());
            s.keep("fi/b.html");
            assertThat(s.commit()).isFalse();
        }
        assertThat(Files.getLastModifiedTime(out.resolve("fi/a.html"))).isEqualTo(then);
        assertThat(besideOut()).containsExactly("out");
    }

    @Test
    void aFileNeitherPutNorKeptIsGoneAfterTheCommit() throws IOException {
        try (OutputWriter.Staging s = new OutputWriter(out).stage()) {
            s.keep("fi/a.html");
            assertThat(s.commit()).isTrue();
        }
        assertThat(out.resolve("fi/a.html")).hasContent("old a");
        assertThat(out.resolve("fi/b.html")).doesNotExist();
    }

    @Test
    void anUnsafePathIsRefusedBeforeAnythingIsWritten() throws IOException {
        try (OutputWriter.Staging s = new OutputWriter(out).stage()) {
            assertThatThrownBy(() -> s.put("../escape.html", new byte[0])).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> s.put("fi/A.html", new byte[0])).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(tmp.resolve("escape.html")).doesNotExist();
        assertThat(besideOut()).containsExactly("out");
    }

    @Test
    void theComparisonNamesWhatABuildWouldChange() throws IOException {
        OutputComparison c = new OutputComparison(out);
        c.put("fi/a.html", "new a".getBytes());
        c.put("fi/c.html", "new c".getBytes());
        OutputComparison.Differences d = c.differences();
        assertThat(d.changed()).containsExactly("fi/a.html");
        assertThat(d.missing()).containsExactly("fi/c.html");
        assertThat(d.extra()).containsExactly("fi/b.html");
    }

    private List<String> besideOut() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
