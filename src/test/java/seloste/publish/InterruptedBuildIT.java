package seloste.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command, {@code java -jar target/seloste.jar build}, killed half-way: the output
 * folder is always the previous build or the new one, whole, never a mix, and the next build
 * finishes the job. Runs after {@code package}, as an integration test.
 */
class InterruptedBuildIT {

    private static final Path JAR = Path.of("target", "seloste.jar");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    static Path shared;
    @TempDir
    Path tmp;

    private static Path sources;
    private static Path previousOut;
    private static Map<String, String> previous;
    private static Map<String, String> next;
    private Path out;

    /** The output of the examples, and what it becomes after one source changes. */
    @BeforeAll
    static void twoVersionsOfTheOutput() throws Exception {
        assertThat(JAR).as("the packaged command").exists();
        sources = shared.resolve("notices");
        ExampleSite.copyTree(Path.of("notices"), sources);
        previousOut = shared.resolve("previous");
        assertThat(build(previousOut, shared).waitFor()).isZero();
        previous = ExampleSite.digests(previousOut);
        Path newsletter = sources.resolve("newsletter.yaml");
        Files.writeString(newsletter, Files.readString(newsletter).replaceFirst("(?m)^version: .*$", "version: \"9.9\""));
        Path expected = shared.resolve("next");
        assertThat(build(expected, shared).waitFor()).isZero();
        next = ExampleSite.digests(expected);
        assertThat(next).isNotEqualTo(previous).containsOnlyKeys(previous.keySet());
    }

    @BeforeEach
    void thePreviousOutput() throws IOException {
        out = tmp.resolve("out");
        ExampleSite.copyTree(previousOut, out);
    }

    @Test
    void aBuildKilledWhileItWritesLeavesTheOldOutputWholeAndTheNextBuildRecovers() throws Exception {
        Path staging = out.resolveSibling(".out.staging");
        Process build = build(out);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(staging) && build.isAlive() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(200_000);
        }
        build.destroyForcibly().waitFor();

        assertThat(wholeOutput()).as("after a kill").isIn(previous, next);
        assertThat(build(out).waitFor()).isZero();
        assertThat(ExampleSite.digests(out)).isEqualTo(next);
        assertThat(List.of(staging, out.resolveSibling(".out.previous"))).allSatisfy(p -> assertThat(p).doesNotExist());
    }

    @Test
    void aBuildKilledBetweenTheTwoMovesIsRestoredByTheNext() throws Exception {
        // the state a kill leaves after the old folder was moved aside and before the new one moved in
        Files.move(out, out.resolveSibling(".out.previous"));
        Path staging = Files.createDirectories(out.resolveSibling(".out.staging").resolve("fi"));
        Files.writeString(staging.resolve("customers.html"), "half-written");

        assertThat(build(out).waitFor()).isZero();

        assertThat(ExampleSite.digests(out)).isEqualTo(next);
        assertThat(List.of(out.resolveSibling(".out.staging"), out.resolveSibling(".out.previous")))
                .allSatisfy(p -> assertThat(p).doesNotExist());
    }

    /** The output folder's digests; if a kill left it moved aside, the copy that the next build restores. */
    private Map<String, String> wholeOutput() {
        Path aside = out.resolveSibling(".out.previous");
        return Files.exists(out) ? ExampleSite.digests(out) : ExampleSite.digests(aside);
    }

    private Process build(Path into) throws IOException {
        return build(into, tmp);
    }

    /** Starts the packaged command on the examples, in Finnish only to keep the test short. */
    private static Process build(Path into, Path logs) throws IOException {
        return new ProcessBuilder(JAVA, "-jar", JAR.toString(), "build", sources.toString(), "--lang", "fi",
                "--out", into.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("build.log").toFile())).start();
    }
}
