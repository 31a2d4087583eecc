package seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import seloste.BuildRequest;
import seloste.OutputFormat;
import seloste.model.Language;

/** {@code seloste preview}: a real server on an ephemeral loopback port, and a real rebuild after an edit. */
class PreviewCommandTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path base;

    private PreviewSession session;
    private URI url;
    private final StringWriter log = new StringWriter();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws IOException {
        Files.createDirectories(base.resolve("notices"));
        try (var files = Files.list(Path.of("notices"))) {
            for (Path f : files.toList()) {
                Files.copy(f, base.resolve("notices").resolve(f.getFileName()));
            }
        }
        Files.writeString(base.resolve("secret.txt"), "not for the browser");
        BuildRequest request = new BuildRequest(List.of(Path.of("notices")), Path.of("out"), Path.of("templates"),
                Set.of(Language.EN), Set.of(OutputFormat.HTML), Optional.empty());
        session = new PreviewSession(base, request, Optional.empty(), new PrintWriter(log, true));
        url = session.start(0);
    }

    @AfterEach
    void stop() throws IOException {
        session.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a request line exactly as written, which an HTTP client would normalise first. */
    private String raw(String requestTarget) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), url.getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + requestTarget + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void servesTheBuiltPagesOnLoopbackWithTheReloadScriptAddedOnlyInTheResponse() throws Exception {
        assertThat(url.getHost()).isEqualTo("127.0.0.1");
        assertThat(url.getPort()).isPositive();
        HttpResponse<String> page = get("en/customers.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("Privacy notice for web shop customers and marketing",
                "/__seloste/version");
        assertThat(Files.readString(base.resolve("out/en/customers.html"))).doesNotContain("__seloste");
        assertThat(get("__seloste/version").body()).isEqualTo("1");
        assertThat(get("").body()).contains("/__seloste/version");
        assertThat(get("schema/").body()).contains("<a href=\"/schema/notice.schema.json\">", "/__seloste/version");
        assertThat(get("en/nothing.html").statusCode()).isEqualTo(404);
        assertThat(log.toString()).contains("Build 1: ");
    }

    @Test
    void servesNothingOutsideTheOutputFolder() throws Exception {
        Files.createSymbolicLink(base.resolve("out/en/link.txt"), base.resolve("secret.txt"));
        for (String target : List.of("/../secret.txt", "/en/../../secret.txt", "/%2e%2e/secret.txt",
                "/en/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/en/link.txt", "/.out.previous/x",
                "//etc/passwd", "/en\\..\\..\\secret.txt")) {
            String response = raw(target);
            assertThat(response).as(target).matches("(?s)HTTP/1\\.1 40[04] .*").doesNotContain("not for the browser");
        }
        assertThat(raw("/en/customers.html")).startsWith("HTTP/1.1 200");
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(url.resolve("en/customers.html"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void rebuildsWhenASourceIsSavedAndTheVersionChanges() throws Exception {
        Path notice = base.resolve("notices/customers.yaml");
        Files.writeString(notice, Files.readString(notice).replace("Privacy notice for web shop customers and "
                + "marketing", "Privacy notice for the customers of the web shop"));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (session.version() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(session.version()).as("rebuilt within %s; log: %s", WAIT, log).isGreaterThanOrEqualTo(2);
        assertThat(get("__seloste/version").body()).isEqualTo(Long.toString(session.version()));
        assertThat(get("en/customers.html").body()).contains("Privacy notice for the customers of the web shop");
    }

    @Test
    void aNoticeWithErrorsIsMissingAndTheMissingPageSaysWhy() throws Exception {
        Path notice = base.resolve("notices/newsletter.yaml");
        Files.writeString(notice, Files.readString(notice).replace("legal_basis: consent", "legal_basis: consnt"));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (session.version() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        HttpResponse<String> missing = get("en/newsletter.html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("notices/newsletter.yaml:",
                "error [schema.value] Unknown legal_basis 'consnt'",
                "/__seloste/version");
    }
}
