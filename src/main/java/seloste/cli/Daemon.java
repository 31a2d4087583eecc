package seloste.cli;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Help.Ansi;

/**
 * A Java process that stays after a build and runs the next {@code seloste build} or {@code check} typed in
 * a shell of the same user, so that a rebuild after an edit does not start, load and compile seloste anew: in
 * a fresh Java the first PDFs of a run take seconds, in this one a tenth of that. {@link DaemonClient} starts
 * it and talks to it; it serves one run at a time, in the working folder of the shell that asked, and leaves
 * after {@link #IDLE} without work.
 *
 * <p>A run reaches it through a Unix socket in a folder only this user can enter ({@link DaemonPlace}). It
 * reads the working folder, whether the shell's terminal takes colours, and the command line; it sends back
 * what the command prints, in order, and its exit code. When the shell goes away mid-run (Ctrl-C), the run is
 * interrupted, and a build interrupted leaves the output folder as it was.
 */
public final class Daemon {

    /** What a client says first, in ASCII; a daemon of another version, or anything else, closes the connection. */
    static final String PROTOCOL = "seloste-daemon-1";
    static final byte OUT = 'o';
    static final byte ERR = 'e';
    static final byte EXIT = 'x';
    /** How long the daemon waits for the next run before it leaves. */
    static final Duration IDLE = Duration.ofMinutes(30);
    /** How long a client may take to send its request; ours sends it at once. */
    static final Duration REQUEST = Duration.ofSeconds(10);
    /** More arguments than anyone types: a longer request is not from our client. */
    private static final int MOST_ARGUMENTS = 10_000;

    private Daemon() {
    }

    /** Serves on the socket named by the only argument until {@link #IDLE} passes without a run. */
    public static void main(String[] args) throws IOException {
        Main.sizeCommonPool();
        Path socket = Path.of(args[0]);
        Path pid = socket.resolveSibling(socket.getFileName().toString().replace(".sock", ".pid"));
        serve(socket, IDLE, REQUEST, () -> Files.writeString(pid, Long.toString(ProcessHandle.current().pid())));
        Files.deleteIfExists(pid);
    }

    /** What the daemon does once it listens. */
    interface Listening {
        void run() throws IOException;
    }

    /**
     * Listens on {@code socket} and serves run after run until {@code idle} passes without one; returns at
     * once when another daemon already listens there. A connection that has not sent its whole request
     * within {@code request} is closed. The socket file is removed on return.
     */
    static void serve(Path socket, Duration idle, Duration request, Listening listening) throws IOException {
        try (ServerSocketChannel server = bind(socket); Selector selector = Selector.open()) {
            if (server == null) {
                return;
            }
            ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "seloste-daemon-deadline");
                t.setDaemon(true);
                return t;
            });
            try {
                Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
                listening.run();
                server.configureBlocking(false);
                server.register(selector, SelectionKey.OP_ACCEPT);
                while (selector.select(idle.toMillis()) > 0) {
                    selector.selectedKeys().clear();
                    SocketChannel client = server.accept();
                    if (client != null) {
                        try (client) {
                            client.configureBlocking(true);
                            // runs are served one at a time: a connection that sent nothing would hold up the rest
                            ScheduledFuture<?> deadline = deadlines.schedule(() -> close(client), request.toMillis(),
                                    TimeUnit.MILLISECONDS);
                            try {
                                handle(client, () -> deadline.cancel(false));
                            } finally {
                                deadline.cancel(false);
                            }
                        } catch (IOException e) {
                            // the shell went away; the next run is served as usual
                        }
                        // give back what the run used while nobody needs it
                        System.gc();
                    }
                }
            } finally {
                deadlines.shutdownNow();
                Files.deleteIfExists(socket);
            }
        }
    }

    private static void close(SocketChannel client) {
        try {
            client.close();
        } catch (IOException e) {
            // it is closed either way
        }
    }

    /** The bound server, or null when a live daemon already listens on {@code socket}. */
    private static ServerSocketChannel bind(Path socket) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            try {
                server.bind(UnixDomainSocketAddress.of(socket));
                return server;
            } catch (BindException taken) {
                if (alive(socket)) {
                    server.close();
                    return null;
                }
                // left by a daemon that did not end cleanly
                Files.deleteIfExists(socket);
                server.bind(UnixDomainSocketAddress.of(socket));
                return server;
            }
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static boolean alive(Path socket) {
        try (SocketChannel probe = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads one request from {@code client}, runs it, and sends back its output and exit code. Once the
     * request is read, {@code inTime} says whether the connection may still be served: false when its
     * deadline closed it.
     */
    static void handle(SocketChannel client, BooleanSupplier inTime) throws IOException {
        DataInputStream in = new DataInputStream(new ChannelInput(client));
        byte[] hello = new byte[PROTOCOL.length()];
        in.readFully(hello);
        if (!PROTOCOL.equals(new String(hello, StandardCharsets.US_ASCII))) {
            return;
        }
        Path base = Path.of(in.readUTF());
        Ansi ansi = in.readBoolean() ? Ansi.ON : Ansi.OFF;
        int count = in.readInt();
        if (count < 0 || count > MOST_ARGUMENTS || !base.isAbsolute()) {
            return;
        }
        String[] args = new String[count];
        for (int i = 0; i < count; i++) {
            args[i] = in.readUTF();
        }
        if (!inTime.getAsBoolean()) {
            return;
        }
        Frames frames = new Frames(client);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(frames.stream(OUT), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(frames.stream(ERR), StandardCharsets.UTF_8), true);
        Watched run = new Watched();
        // the client sends nothing more: the end of its stream means the shell is gone
        Thread watcher = new Thread(() -> {
            try {
                in.read();
            } catch (IOException e) {
                // closed either way
            }
            run.clientGone();
        }, "seloste-daemon-client");
        watcher.setDaemon(true);
        watcher.start();
        int code;
        try {
            code = Main.run(out, err, new Invocation(base, ansi), args);
        } finally {
            run.ended();
        }
        out.flush();
        err.flush();
        frames.exit(code);
    }

    /** The thread running a client's command, interrupted when the client goes away before the run ends. */
    private static final class Watched {

        private final Thread worker = Thread.currentThread();
        private boolean running = true;

        synchronized void clientGone() {
            if (running) {
                worker.interrupt();
            }
        }

        /** Called by the worker: from here on no interrupt reaches it, and none is left pending. */
        synchronized void ended() {
            running = false;
            Thread.interrupted();
        }
    }

    /** Reads a blocking channel without the lock {@code Channels.newInputStream} holds while it waits. */
    private static final class ChannelInput extends InputStream {

        private final SocketChannel channel;

        ChannelInput(SocketChannel channel) {
            this.channel = channel;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return len == 0 ? 0 : channel.read(ByteBuffer.wrap(b, off, len));
        }
    }

    /** The daemon's side of the reply: frames of printed bytes, each tagged with its stream, then the exit code. */
    private static final class Frames {

        private final SocketChannel channel;

        Frames(SocketChannel channel) {
            this.channel = channel;
        }

        OutputStream stream(byte kind) {
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    frame(kind, b, off, len);
                }
            };
        }

        void exit(int code) throws IOException {
            ByteBuffer b = ByteBuffer.allocate(5).put(EXIT).putInt(code).flip();
            writeAll(b);
        }

        private synchronized void frame(byte kind, byte[] b, int off, int len) throws IOException {
            if (len > 0) {
                writeAll(ByteBuffer.allocate(5).put(kind).putInt(len).flip());
                writeAll(ByteBuffer.wrap(b, off, len));
            }
        }

        private synchronized void writeAll(ByteBuffer b) throws IOException {
            Daemon.writeAll(channel, b);
        }
    }

    /** Writes all of {@code b}: a blocking channel may take part of it at a time. */
    static void writeAll(SocketChannel channel, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            channel.write(b);
        }
    }
}
