package seloste.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Serves the files under one folder on 127.0.0.1, and nothing outside it. HTML pages are served with a
 * small script added that polls {@value #VERSION_PATH} and reloads the page when a rebuild has
 * published a new version; the files on disk are never changed.
 */
public final class PreviewServer implements AutoCloseable {

    /** Answers the number of the latest build, as plain text. */
    public static final String VERSION_PATH = "/__seloste/version";

    /** What the latest build published: its number and, for pages that are missing, why. */
    private record Published(long version, String status) {
    }

    private final Path root;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "seloste-preview");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Published> published = new AtomicReference<>(new Published(0, ""));

    /**
     * @param root the folder to serve; it may not exist yet, or be replaced whole between requests
     * @param port the port on 127.0.0.1, or 0 for any free one
     */
    public PreviewServer(Path root, int port) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** The address to open in a browser. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Makes open pages reload: a build numbered {@code version} is in place. */
    public void published(long version, String status) {
        published.set(new Published(version, status));
    }

    public long version() {
        return published.get().version();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", "Only GET and HEAD.\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = ex.getRequestURI().getPath();
            if (path.equals(VERSION_PATH)) {
                send(ex, 200, "text/plain; charset=utf-8", Long.toString(version()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            Optional<Path> file = Served.resolve(root, path);
            if (file.isEmpty()) {
                send(ex, 404, "text/html; charset=utf-8", Pages.notFound(path, published.get().status(), version()));
                return;
            }
            Path f = file.get();
            if (Files.isDirectory(f)) {
                if (!path.endsWith("/")) {
                    ex.getResponseHeaders().set("Location", path + "/");
                    send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                Path index = f.resolve("index.html");
                if (Files.isRegularFile(index, LinkOption.NOFOLLOW_LINKS)) {
                    f = index;
                } else {
                    send(ex, 200, "text/html; charset=utf-8", Pages.listing(root, f, version()));
                    return;
                }
            }
            byte[] body;
            try {
                body = Files.readAllBytes(f);
            } catch (IOException e) {
                send(ex, 503, "text/html; charset=utf-8", Pages.notFound(path, "The output folder is being replaced.",
                        version()));
                return;
            }
            String type = Served.contentType(f);
            if (type.startsWith("text/html")) {
                body = Pages.withReload(body, version());
            }
            send(ex, 200, type, body);
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Stops serving at once. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
