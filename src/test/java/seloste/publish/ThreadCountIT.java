package seloste.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command renders in parallel on every core; its output does not depend on how many there
 * are. The examples are built by a JVM that sees one processor and by one that sees four, and every
 * file of the two output folders is compared. Runs after {@code package}, as an integration test.
 */
class ThreadCountIT {

    private static final Path JAR = Path.of("target", "seloste.jar");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path tmp;

    @Test
    void oneThreadAndFourThreadsWriteTheSameBytes() throws Exception {
        Map<String, String> single = build(1);
        Map<String, String> parallel = build(4);
        assertThat(single).hasSizeGreaterThan(50).containsKeys("fi/customers.pdf", "sv/website.html", "en/newsletter.md");
        assertThat(parallel).isEqualTo(single);
    }

    private Map<String, String> build(int processors) throws Exception {
        Path out = tmp.resolve("out-" + processors);
        List<String> command = new ArrayList<>(List.of(JAVA, "-XX:ActiveProcessorCount=" + processors, "-jar",
                JAR.toString(), "build", "--out", out.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("build-" + processors + ".log").toFile()).start();
        assertThat(p.waitFor()).as("exit of the build on %d processors", processors).isZero();
        return ExampleSite.digests(out);
    }
}
