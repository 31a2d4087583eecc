package seloste.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Which file a request path names, if any, and what type it is served as. */
final class Served {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("woff2", "font/woff2"));

    private Served() {
    }

    /**
     * The file or folder under {@code root} that the decoded request path names: empty when it does not
     * exist, when a segment is {@code ..}, {@code .} or a hidden name, or when it leads out of the root
     * through a symbolic link.
     */
    static Optional<Path> resolve(Path root, String path) {
        if (path == null || !path.startsWith("/") || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        Path f = root;
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.startsWith(".") || segment.contains(":")) {
                return Optional.empty();
            }
            f = f.resolve(segment);
        }
        try {
            if (!Files.exists(f) || !f.toRealPath().startsWith(root.toRealPath())) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(f);
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
