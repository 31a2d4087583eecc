package seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher starts a daemon on the first build typed in a shell and hands it the next ones; what those
 * write is what a build in its own process writes. Runs the packaged launcher, after {@code package}.
 */
class DaemonIT {

    private static final Path LAUNCHER = Path.of("target", "seloste").toAbsolutePath();

    @TempDir
    Path tmp;

    private Optional<ProcessHandle> daemon = Optional.empty();

    @AfterEach
    void stopTheDaemon() {
        daemon.ifPresent(ProcessHandle::destroy);
    }

    private record Run(int code, String output) {
    }

    private Run seloste(Path repo, Map<String, String> extra, String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of(LAUNCHER.toString()), Stream.of(args)).toList())
                .directory(repo.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.remove("CI");
        env.remove("SELOSTE_DAEMON");
        env.put("XDG_RUNTIME_DIR", tmp.resolve("runtime").toString());
        env.put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
        env.putAll(extra);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), output);
    }

    @Test
    void theFirstBuildStartsADaemonThatServesTheNextAsABuildHereWould() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve("notices"));
        try (Stream<Path> files = Files.list(Path.of("notices"))) {
            for (Path f : files.toList()) {
                Files.copy(f, repo.resolve("notices").resolve(f.getFileName()));
            }
        }
        Files.createDirectories(tmp.resolve("runtime"));

        Run first = seloste(repo, Map.of(), "build", "--format", "html,md");
        assertThat(first.code()).as(first.output()).isIn(0, 1);
        Path folder = tmp.resolve("runtime/seloste");
        List<Path> pids;
        try (Stream<Path> files = Files.list(folder)) {
            pids = files.filter(f -> f.toString().endsWith(".pid")).toList();
        }
        assertThat(pids).hasSize(1);
        daemon = ProcessHandle.of(Long.parseLong(Files.readString(pids.get(0)).strip()));
        assertThat(daemon).isPresent();
        assertThat(daemon.get().isAlive()).isTrue();

        Path newsletter = repo.resolve("notices/newsletter.yaml");
        Files.writeString(newsletter, Files.readString(newsletter).replace("version: 2.1", "version: 2.2"));
        Run second = seloste(repo, Map.of(), "build", "--format", "html,md");
        Run here = seloste(repo, Map.of("SELOSTE_DAEMON", "off"), "build", "--format", "html,md", "--out", "out-here");

        assertThat(second.code()).isEqualTo(first.code()).isEqualTo(here.code());
        assertThat(second.output()).isEqualTo(here.output().replace("out-here", "out")).contains("Wrote");
        assertThat(CliTest.digests(repo.resolve("out"))).isEqualTo(CliTest.digests(repo.resolve("out-here")));
        assertThat(Files.readString(repo.resolve("out/fi/newsletter.md"))).contains("2.2");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.filter(f -> f.toString().endsWith(".pid")).toList()).as("still one daemon").hasSize(1);
        }
    }
}
