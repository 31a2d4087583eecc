package seloste.cli;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import picocli.CommandLine.Help.Ansi;

/**
 * The shell's side of a {@link Daemon}: sends the command to the daemon for this seloste and environment,
 * starting one when none listens, and prints what comes back. When no daemon can be reached, nothing has been
 * printed and the command runs in this process as usual.
 *
 * <p>Only {@code build} and {@code check} go to a daemon, and only from the launcher script (which sets
 * {@value #PROPERTY}), never on CI (where the {@code CI} variable is set and every run starts afresh) and
 * never when {@code SELOSTE_DAEMON} is {@code off}.
 */
final class DaemonClient {

    /** The system property by which the launcher asks for a daemon; its value is {@code auto}. */
    static final String PROPERTY = "seloste.daemon";
    private static final Set<String> SERVED = Set.of("build", "check");
    /** How long a new daemon may take to listen before this run goes on without it. */
    private static final long START_MILLIS = 10_000;

    private DaemonClient() {
    }

    /** True when this run should go to a daemon. */
    static boolean wanted(String[] args) {
        return wanted(args, System.getProperty(PROPERTY), System.getenv());
    }

    static boolean wanted(String[] args, String property, Map<String, String> env) {
        String off = env.getOrDefault("SELOSTE_DAEMON", "").strip();
        return "auto".equals(property) && args.length > 0 && SERVED.contains(args[0])
                && env.getOrDefault("CI", "").isBlank()
                && !Set.of("off", "0", "false", "no").contains(off.toLowerCase(Locale.ROOT));
    }

    /**
     * Runs {@code args} in the daemon and returns its exit code, or nothing when no daemon could take the run
     * (then nothing was printed).
     */
    static OptionalInt serve(String[] args) {
        Optional<DaemonPlace> place = DaemonPlace.of(System.getenv());
        if (place.isEmpty()) {
            return OptionalInt.empty();
        }
        Optional<SocketChannel> channel = connect(place.get().socket());
        if (channel.isEmpty() && start(place.get())) {
            channel = await(place.get().socket());
        }
        if (channel.isEmpty()) {
            return OptionalInt.empty();
        }
        try (SocketChannel c = channel.get()) {
            return send(c, Path.of("").toAbsolutePath(), Ansi.AUTO.enabled(), args, System.out, System.err);
        } catch (IOException e) {
            return OptionalInt.empty();
        }
    }

    /**
     * Sends one run and copies what it prints to {@code out} and {@code err}. Nothing when the daemon went away
     * before printing anything (it was leaving), so the run can happen here instead; when it goes away mid-run,
     * says so on {@code err} and fails.
     *
     * @throws IOException if the request cannot be sent
     */
    static OptionalInt send(SocketChannel channel, Path base, boolean ansi, String[] args, OutputStream out,
            OutputStream err) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream request = new DataOutputStream(bytes);
        request.write(Daemon.PROTOCOL.getBytes(StandardCharsets.US_ASCII));
        request.writeUTF(base.toString());
        request.writeBoolean(ansi);
        request.writeInt(args.length);
        for (String a : args) {
            request.writeUTF(a);
        }
        Daemon.writeAll(channel, ByteBuffer.wrap(bytes.toByteArray()));
        boolean printed = false;
        ByteBuffer head = ByteBuffer.allocate(5);
        try {
            while (true) {
                head.clear();
                if (!readFully(channel, head)) {
                    throw new IOException("the daemon closed the connection");
                }
                head.flip();
                byte kind = head.get();
                int value = head.getInt();
                if (kind == Daemon.EXIT) {
                    out.flush();
                    err.flush();
                    return OptionalInt.of(value);
                }
                if (value < 0 || (kind != Daemon.OUT && kind != Daemon.ERR)) {
                    throw new IOException("not a reply of a seloste daemon");
                }
                ByteBuffer body = ByteBuffer.allocate(value);
                if (!readFully(channel, body)) {
                    throw new IOException("the reply ended inside a frame");
                }
                OutputStream to = kind == Daemon.OUT ? out : err;
                to.write(body.array());
                to.flush();
                printed = true;
            }
        } catch (IOException e) {
            if (!printed) {
                return OptionalInt.empty();
            }
            // the run cannot be repeated here without printing its start twice
            err.write(("seloste: the daemon stopped before the end of the run (" + e.getMessage() + "); run the "
                    + "command again, or with SELOSTE_DAEMON=off to run it without\n").getBytes(StandardCharsets.UTF_8));
            err.flush();
            return OptionalInt.of(ExitCodes.FAILURE);
        }
    }

    private static boolean readFully(SocketChannel channel, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            if (channel.read(b) < 0) {
                return false;
            }
        }
        return true;
    }

    private static Optional<SocketChannel> connect(Path socket) {
        if (!Files.exists(socket)) {
            return Optional.empty();
        }
        try {
            SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                c.connect(UnixDomainSocketAddress.of(socket));
                return Optional.of(c);
            } catch (IOException e) {
                c.close();
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<SocketChannel> await(Path socket) {
        long until = System.nanoTime() + START_MILLIS * 1_000_000;
        while (System.nanoTime() < until) {
            Optional<SocketChannel> c = connect(socket);
            if (c.isPresent()) {
                return c;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Starts a daemon with this Java and these JVM options, in a session of its own so that Ctrl-C in the shell
     * does not reach it, its output going to its log.
     */
    private static boolean start(DaemonPlace place) {
        List<String> command = new ArrayList<>();
        for (String setsid : List.of("/usr/bin/setsid", "/bin/setsid")) {
            if (Files.isExecutable(Path.of(setsid))) {
                command.add(setsid);
                break;
            }
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Daemon.class.getName());
        command.add(place.socket().toString());
        try {
            new ProcessBuilder(command).directory(place.folder().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(place.log().toFile())
                    .start();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
