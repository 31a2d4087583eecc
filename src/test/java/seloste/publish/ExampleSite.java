package seloste.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import seloste.cli.Main;

/**
 * The example notices in {@code notices/}, built once per test run with {@code seloste build} into
 * a temporary folder, so that every validator looks at the very files a build publishes.
 */
final class ExampleSite {

    static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    private static Path out;
    private static Path longWords;

    private ExampleSite() {
    }

    /** What one command printed, and its exit code. */
    record Run(int code, String out, String err) {
    }

    static Run seloste(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), args);
        return new Run(code, o.toString(), e.toString());
    }

    /** The output folder of the example notices, built on first use. */
    static synchronized Path out() {
        if (out == null) {
            out = build("notices");
        }
        return out;
    }

    /**
     * The output folder of {@code src/test/resources/publish/long-words}: a notice whose controller,
     * headings, field values, table cells and change log are made of the longest Finnish and
     * Swedish compounds, built on first use.
     */
    static synchronized Path longWords() {
        if (longWords == null) {
            longWords = build("src/test/resources/publish/long-words");
        }
        return longWords;
    }

    private static Path build(String sources) {
        try {
            Path dir = Files.createTempDirectory("seloste-site");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            Run build = seloste("build", sources, "--out", dir.resolve("out").toString());
            assertThat(build.code()).as(build.err()).isZero();
            return dir.resolve("out");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the example notices: every {@code notices/*.yaml} that is not a shared file. */
    static List<String> notices() {
        try (Stream<Path> files = Files.list(Path.of("notices"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && n.chars().filter(c -> c == '.').count() == 1)
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every notice in every language with {@code suffix}, such as {@code .pdf}: {@code fi/customers.pdf}. */
    static List<Path> each(String suffix) {
        return LANGUAGES.stream().flatMap(l -> notices().stream().map(n -> out().resolve(l).resolve(n + suffix)))
                .toList();
    }

    /** Every whole HTML page: the notices, their summaries, the list in each language and the front page. */
    static List<Path> pages() {
        return Stream.of(Stream.of(out().resolve("index.html")),
                LANGUAGES.stream().map(l -> out().resolve(l).resolve("index.html")), each(".html").stream(),
                each(".summary.html").stream()).flatMap(s -> s).toList();
    }

    /**
     * A fragment inside the least a valid page needs, as a content management system would place
     * it: a doctype, the language, a title, and the fragment in the page's {@code <main>}.
     */
    static String wrapped(Path fragment) {
        String lang = fragment.getParent().getFileName().toString();
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                + "<title>" + fragment.getFileName() + "</title>\n</head>\n<body>\n<main>\n" + read(fragment)
                + "</main>\n</body>\n</html>\n";
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page parsed as the well-formed XML it must be (the PDF stage reads it so). */
    static Document xml(String page) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The SHA-256 of every file under {@code dir}, by relative path. */
    static Map<String, String> digests(Path dir) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString().replace('\\', '/'),
                        HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing a test run for
        }
    }
}
