package seloste.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Help.Ansi;
import seloste.BuildRequest;
import seloste.BuildResult;
import seloste.Compiler;
import seloste.check.Finding;
import seloste.check.Severity;
import seloste.preview.PreviewServer;
import seloste.preview.Watcher;

/** One preview: a build, a server for its output folder, and a watcher that rebuilds on every change. */
final class PreviewSession implements AutoCloseable {

    private final Path base;
    private final BuildRequest request;
    private final Optional<Path> settings;
    private final PrintWriter log;
    private PreviewServer server;
    private Watcher watcher;
    private long builds;

    PreviewSession(Path base, BuildRequest request, Optional<Path> settings, PrintWriter log) {
        this.base = base.toAbsolutePath().normalize();
        this.request = request;
        this.settings = settings;
        this.log = log;
    }

    /** Builds, then serves and watches; returns the address to open. */
    URI start(int port) throws IOException {
        String status = build();
        server = new PreviewServer(out(), port);
        server.published(builds, status);
        List<Path> folders = new ArrayList<>();
        for (Path p : request.sources()) {
            Path abs = base.resolve(p).normalize();
            folders.add(Files.isDirectory(abs) ? abs : abs.getParent());
        }
        folders.add(base.resolve(request.templates()).normalize());
        watcher = new Watcher(folders, this::relevant, Duration.ofMillis(150), this::rebuild);
        return server.url();
    }

    /** The number of the build being served. */
    long version() {
        return server.version();
    }

    private Path out() {
        return base.resolve(request.out()).normalize();
    }

    /** Not the output folder (nor its staging copies beside it), nor editors' hidden and backup files. */
    private boolean relevant(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        return !p.startsWith(out()) && !name.startsWith(".") && !name.endsWith("~");
    }

    private synchronized void rebuild() {
        String status = build();
        server.published(builds, status);
    }

    /** Builds once and says how it went; returns the findings as the not-found page shows them. */
    private synchronized String build() {
        BuildResult result = new Compiler(base, settings).build(request);
        builds++;
        FindingPrinter printer = new FindingPrinter(Ansi.AUTO);
        List<Finding> errors = result.report().findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .toList();
        printer.print(log, errors);
        String summary = printer.summary(result.report());
        log.println("Build " + builds + ": " + summary + result.failure().map(f -> " Nothing was written: " + f)
                .orElse(""));
        log.flush();
        StringBuilder status = new StringBuilder();
        result.report().findings().forEach(f -> status.append(f).append('\n'));
        result.failure().ifPresent(f -> status.append("Nothing was written: ").append(f).append('\n'));
        return status.append(summary).toString();
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
