package seloste.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The pages the preview makes itself, and the reload script it adds to every page it serves. */
final class Pages {

    private Pages() {
    }

    /** The script that reloads the page once a build newer than {@code version} is published. */
    static String script(long version) {
        return "<script>/* seloste preview: reloads the page after a rebuild */(function(){var v=\"" + version
                + "\";function p(){fetch(\"" + PreviewServer.VERSION_PATH + "\",{cache:\"no-store\"}).then("
                + "function(r){return r.text()}).then(function(t){if(t!==v){location.reload()}else{setTimeout(p,500)}},"
                + "function(){setTimeout(p,2000)})}setTimeout(p,500)})();</script>\n";
    }

    /** {@code html} with the reload script before its closing body tag (or at its end). */
    static byte[] withReload(byte[] html, long version) {
        String page = new String(html, StandardCharsets.UTF_8);
        int at = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String out = at < 0 ? page + script(version) : page.substring(0, at) + script(version) + page.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    /** A missing page, with what the latest build said: a notice with errors is not written. */
    static byte[] notFound(String path, String status, long version) {
        return page("Not found", "<h1>Not found: " + escape(path) + "</h1>\n<p>The latest build did not write this "
                + "page. A notice with errors is not published; the build said:</p>\n<pre>" + escape(status)
                + "</pre>\n<p><a href=\"/\">All files</a></p>\n", version);
    }

    /** The files under {@code folder}, as links. */
    static byte[] listing(Path root, Path folder, long version) {
        StringBuilder items = new StringBuilder();
        try (Stream<Path> walk = Files.walk(folder, 4)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path f : files) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                if (rel.startsWith(".") || rel.contains("/.")) {
                    continue;
                }
                items.append("<li><a href=\"/").append(escape(rel)).append("\">").append(escape(rel))
                        .append("</a></li>\n");
            }
        } catch (IOException | UncheckedIOException e) {
            items.append("<li>The output folder is being replaced; this page reloads when it is in place.</li>\n");
        }
        return page("seloste preview", "<h1>seloste preview</h1>\n<ul>\n" + items + "</ul>\n", version);
    }

    private static byte[] page(String title, String body, long version) {
        return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head>\n<body>\n" + body + script(version) + "</body>\n</html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
