package seloste.publish;

import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The Node tools of {@code .ci/} (axe-core in Chromium, markdownlint), installed into
 * {@code .ci/node_modules} by {@code npm ci} early in the Maven build, and run from there.
 *
 * <p>A developer without Node, npm or Chromium gets the test skipped with the reason. In CI
 * ({@code CI=true}) a missing tool fails the test instead, so that no check is lost unseen.
 */
final class NodeTools {

    static final Path CI_DIR = Path.of(".ci");
    static final Path MODULES = CI_DIR.resolve("node_modules");

    private NodeTools() {
    }

    /** What a tool printed (standard output and error together), and its exit code. */
    record Result(int code, String output) {
    }

    /** Skips the calling test on a developer machine when {@code present} is false; fails it in CI. */
    static void require(boolean present, String missing) {
        if (present) {
            return;
        }
        String reason = missing + "; install it as .ci/run does (apt-get install chromium; npm ci in .ci)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true, so this check may not be skipped: " + reason);
        }
        Assumptions.abort(reason);
    }

    static void requireNode(String... modules) {
        require(onPath("node"), "node is not on the PATH");
        for (String module : modules) {
            require(Files.isDirectory(MODULES.resolve(module)), ".ci/node_modules/" + module + " is missing");
        }
    }

    /** Debian's Chromium, or the browser named by {@code $CHROMIUM}. */
    static Path chromium() {
        String named = System.getenv("CHROMIUM");
        return Path.of(named == null || named.isBlank() ? "/usr/bin/chromium" : named);
    }

    /** Runs {@code node} with {@code args} in {@code .ci/}, and waits at most {@code timeout}. */
    static Result node(Duration timeout, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add("node");
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(CI_DIR.toFile()).redirectErrorStream(true);
        builder.environment().put("CHROMIUM", chromium().toString());
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            Thread reader = new Thread(() -> copy(process.getInputStream(), output));
            reader.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                reader.join();
                fail("node " + args.get(0) + " did not finish within " + timeout.toSeconds() + " s:\n"
                        + output.toString(StandardCharsets.UTF_8));
            }
            reader.join();
            return new Result(process.exitValue(), output.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            // the process was killed; what it printed so far is kept
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
