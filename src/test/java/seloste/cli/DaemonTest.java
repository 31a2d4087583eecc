package seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Help.Ansi;

/**
 * A run served by the daemon prints, exits and writes exactly as the same run in its own process, in the
 * working folder of the shell that sent it. The daemon runs here on a thread of its own, behind a real socket.
 */
class DaemonTest {

    @TempDir
    Path tmp;

    private Path repository(String name) throws IOException {
        Path notices = Files.createDirectories(tmp.resolve(name).resolve("notices"));
        try (Stream<Path> files = Files.list(Path.of("notices"))) {
            for (Path f : files.toList()) {
                Files.copy(f, notices.resolve(f.getFileName()));
            }
        }
        return tmp.resolve(name);
    }

    /** A daemon listening on a socket in a private folder, on a thread that ends when it goes idle. */
    private Path daemon() throws Exception {
        return daemon(Daemon.REQUEST);
    }

    /** A daemon that closes a connection which has not sent its request within {@code request}. */
    private Path daemon(Duration request) throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("run"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Path socket = folder.resolve("test.sock");
        CountDownLatch listening = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try {
                Daemon.serve(socket, Duration.ofSeconds(60), request, listening::countDown);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "test-daemon");
        t.setDaemon(true);
        t.start();
        assertThat(listening.await(10, TimeUnit.SECONDS)).as("the daemon listens").isTrue();
        return socket;
    }

    private record Served(OptionalInt code, String out, String err) {
    }

    private static Served send(Path socket, Path base, String... args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (SocketChannel c = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            OptionalInt code = DaemonClient.send(c, base, false, args, out, err);
            return new Served(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private static Cli.Run here(Path base, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), new Invocation(base, Ansi.OFF), args);
        return new Cli.Run(code, out.toString(), err.toString());
    }

    @Test
    void aBuildTheDaemonServesPrintsExitsAndWritesAsARunHere() throws Exception {
        Path socket = daemon();
        Path served = repository("served");
        Path local = repository("local");

        Served s = send(socket, served, "build", "--format", "html,md");
        Cli.Run l = here(local, "build", "--format", "html,md");

        assertThat(s.code()).hasValue(l.code());
        assertThat(s.out()).isEqualTo(l.out()).contains("Wrote");
        assertThat(s.err()).isEqualTo(l.err());
        // relative paths were taken from the sender's folder, not the daemon's
        assertThat(CliTest.digests(served.resolve("out"))).isEqualTo(CliTest.digests(local.resolve("out")))
                .containsKey("fi/customers.html");
        assertThat(Path.of("out", "fi", "customers.html").toAbsolutePath()).isNotEqualTo(
                served.resolve("out/fi/customers.html"));
    }

    @Test
    void aCheckWithFindingsGivesTheSameFindingsAndExitCodeTwiceInARow() throws Exception {
        Path socket = daemon();
        Path served = repository("served");
        Files.writeString(served.resolve("notices/newsletter.yaml"), Files.readString(
                served.resolve("notices/newsletter.yaml")).replace("version: 2.1", "version: [2.1"));

        Served first = send(socket, served, "check");
        Served second = send(socket, served, "check");
        Cli.Run local = here(served, "check");

        assertThat(first.code()).hasValue(ExitCodes.FINDINGS);
        assertThat(first.out()).contains("notices/newsletter.yaml:").isEqualTo(local.out());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aRequestInAnotherLanguageIsClosedUnanswered() throws Exception {
        Path socket = daemon();
        try (SocketChannel c = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            c.write(ByteBuffer.wrap("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
            int read;
            try {
                read = c.read(ByteBuffer.allocate(16));
            } catch (SocketException reset) {
                // closed with the rest of the request unread
                read = -1;
            }
            assertThat(read).isEqualTo(-1);
        }
        // and the daemon serves the next run as usual
        assertThat(send(socket, repository("after"), "check").code()).isPresent();
    }

    @Test
    @Timeout(60)
    void aConnectionThatSendsNoRequestIsClosedInTimeAndTheNextRunIsServed() throws Exception {
        Path socket = daemon(Duration.ofMillis(300));
        try (SocketChannel silent = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            // served one at a time: without the deadline this run would wait for the silent one for ever
            Served next = send(socket, repository("next"), "check");
            assertThat(next.code()).isPresent();
            int read;
            try {
                read = silent.read(ByteBuffer.allocate(1));
            } catch (SocketException reset) {
                read = -1;
            }
            assertThat(read).as("the silent connection was closed").isEqualTo(-1);
        }
    }

    @Test
    void aSecondDaemonOnALiveSocketLeavesAtOnceAndAStaleSocketIsTakenOver() throws Exception {
        Path socket = daemon();
        CountDownLatch listening = new CountDownLatch(1);
        Daemon.serve(socket, Duration.ofSeconds(60), Daemon.REQUEST, listening::countDown);
        assertThat(listening.getCount()).as("the second daemon never listened").isEqualTo(1);
        assertThat(socket).exists();

        Path stale = tmp.resolve("run/stale.sock");
        ServerSocketChannel gone = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        gone.bind(UnixDomainSocketAddress.of(stale));
        gone.close();
        assertThat(stale).exists();
        CountDownLatch taken = new CountDownLatch(1);
        Daemon.serve(stale, Duration.ofMillis(50), Daemon.REQUEST, taken::countDown);
        assertThat(taken.getCount()).as("the new daemon listened on the stale socket").isZero();
        assertThat(stale).doesNotExist();
    }

    @Test
    void aDaemonThatLeavesBeforePrintingLetsTheRunHappenHereOneThatStopsMidRunFailsIt() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("run"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Path socket = folder.resolve("dying.sock");
        try (ServerSocketChannel dying = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dying.bind(UnixDomainSocketAddress.of(socket));
            Thread leaves = answer(dying, ByteBuffer.allocate(0));
            assertThat(send(socket, tmp, "check").code()).isEmpty();
            leaves.join();

            ByteBuffer someOutput = ByteBuffer.allocate(8).put(Daemon.OUT).putInt(3)
                    .put("abc".getBytes(StandardCharsets.US_ASCII)).flip();
            Thread stops = answer(dying, someOutput);
            Served s = send(socket, tmp, "check");
            stops.join();
            assertThat(s.code()).hasValue(ExitCodes.FAILURE);
            assertThat(s.out()).isEqualTo("abc");
            assertThat(s.err()).contains("the daemon stopped before the end of the run", "SELOSTE_DAEMON=off");
        }
    }

    /** A daemon that takes one request, sends {@code reply} and goes away without an exit code. */
    private static Thread answer(ServerSocketChannel server, ByteBuffer reply) {
        Thread t = new Thread(() -> {
            try (SocketChannel c = server.accept()) {
                c.read(ByteBuffer.allocate(4096));
                while (reply.hasRemaining()) {
                    c.write(reply);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        t.start();
        return t;
    }

    @Test
    void onlyBuildAndCheckFromTheLauncherOffCiAndNotTurnedOffGoToADaemon() {
        String[] build = {"build"};
        assertThat(DaemonClient.wanted(build, "auto", Map.of())).isTrue();
        assertThat(DaemonClient.wanted(new String[] {"check", "--format", "sarif"}, "auto", Map.of())).isTrue();
        assertThat(DaemonClient.wanted(build, null, Map.of())).as("java -jar").isFalse();
        assertThat(DaemonClient.wanted(build, "auto", Map.of("CI", "true"))).isFalse();
        assertThat(DaemonClient.wanted(build, "auto", Map.of("SELOSTE_DAEMON", "off"))).isFalse();
        assertThat(DaemonClient.wanted(new String[] {"init"}, "auto", Map.of())).isFalse();
        assertThat(DaemonClient.wanted(new String[0], "auto", Map.of())).isFalse();
    }

    @Test
    void aShellWithAnotherEnvironmentIsServedByAnotherDaemon() {
        String key = DaemonPlace.key(Map.of("LANG", "fi_FI.UTF-8"));
        assertThat(DaemonPlace.key(Map.of("LANG", "fi_FI.UTF-8"))).isEqualTo(key);
        assertThat(DaemonPlace.key(Map.of("LANG", "fi_FI.UTF-8", "SOURCE_DATE_EPOCH", "1700000000"))).isNotEqualTo(key);
        assertThat(DaemonPlace.key(Map.of("LANG", "sv_FI.UTF-8"))).isNotEqualTo(key);
        assertThat(DaemonPlace.key(Map.of("LANG", "fi_FI.UTF-8", "EDITOR", "vi"))).as("not read by a run")
                .isEqualTo(key);
    }

    @Test
    void theSocketsLiveOnlyInAFolderNobodyElseCanEnter() throws Exception {
        Path open = Files.createDirectory(tmp.resolve("open"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path closed = Files.createDirectory(tmp.resolve("closed"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        assertThat(DaemonPlace.isPrivate(open)).isFalse();
        assertThat(DaemonPlace.isPrivate(closed)).isTrue();
        assertThat(DaemonPlace.of(Map.of("XDG_RUNTIME_DIR", open.toString())).map(DaemonPlace::folder))
                .contains(open.resolve("seloste"));
        Files.setPosixFilePermissions(open.resolve("seloste"), PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThat(DaemonPlace.of(Map.of("XDG_RUNTIME_DIR", open.toString()))).isEmpty();
    }
}
