package seloste.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import seloste.model.Language;
import seloste.model.LocalizedText;
import seloste.model.Notice;
import seloste.model.Repository;

/**
 * The Finnish and Swedish text that seloste writes is spelled right: every phrase of the catalogue,
 * and every example notice as rendered, less what the controller wrote (names, addresses, its own
 * sentences), go through Voikko ({@code enchant-2 -d fi -l}) and Finland-Swedish hunspell
 * ({@code hunspell -d sv_FI -l}). Proper nouns and legal abbreviations the dictionaries lack are
 * listed in {@code src/test/resources/spelling/<lang>.txt}.
 *
 * <p>Needs the Debian packages hunspell, hunspell-sv, enchant-2, libvoikko1, voikko-fi and
 * libenchant-2-voikko. Without them the test is skipped, except on CI ({@code CI=true}), where it fails.
 */
class SpellingTest {

    private static final Path ALLOWED = Path.of("src/test/resources/spelling");

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"FI", "SV"})
    void theCatalogueAndTheRenderedExamplesAreSpelledRight(Language language) throws Exception {
        List<String> command = checker(language);
        requireTool(command);
        StringBuilder text = new StringBuilder();
        Map<String, String> phrases = PhraseCatalogue.parse(
                Files.readString(Path.of("templates/phrases", language.code() + ".yaml")), language.code() + ".yaml");
        phrases.forEach((key, phrase) -> text.append(Phrasebook.PLACEHOLDER.matcher(phrase).replaceAll(" ")).append('\n'));
        Repository repo = Examples.repository();
        for (Examples.Page page : Examples.pages()) {
            if (page.language() == language) {
                Notice notice = repo.notices().stream().filter(n -> n.id().equals(page.notice())).findFirst().orElseThrow();
                text.append(withoutControllerText(bodyText(page.rendered().html()), repo, notice, language)).append('\n');
            }
        }
        Set<String> allowed = allowed(language);
        Set<String> misspelled = new TreeSet<>();
        for (String word : run(command, text.toString().replaceAll("\\S+@\\S+|https?://\\S+", " "))) {
            boolean letters = word.codePoints().anyMatch(Character::isLetter);
            if (letters && !allowed.contains(word) && !allowed.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                misspelled.add(word);
            }
        }
        assertThat(misspelled).as("words %s does not know; fix the phrase, or add a proper noun to %s",
                command.get(0), ALLOWED.resolve(language.code() + ".txt")).isEmpty();
    }

    private static List<String> checker(Language language) {
        return language == Language.FI ? List.of("enchant-2", "-d", "fi", "-l")
                : List.of("hunspell", "-i", "UTF-8", "-d", "sv_FI", "-l");
    }

    /** Skips when the checker or its dictionary is missing, or fails when on CI. */
    private static void requireTool(List<String> command) {
        boolean works;
        try {
            run(command, "");
            works = true;
        } catch (IOException | IllegalStateException e) {
            works = false;
        }
        if (!works && "true".equals(System.getenv("CI"))) {
            fail(String.join(" ", command) + " does not run on CI; .ci/run installs hunspell, hunspell-sv, enchant-2, "
                    + "libvoikko1, voikko-fi and libenchant-2-voikko");
        }
        assumeTrue(works, () -> String.join(" ", command) + " is not installed");
    }

    /** The words the checker lists as misspelled, one per line of its output. */
    private static List<String> run(List<String> command, String input) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
        pb.environment().put("LC_ALL", "C.UTF-8");
        Process p = pb.start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        try (OutputStream in = p.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(command + " did not finish in 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException(command + " failed: " + new String(err.join(), StandardCharsets.UTF_8));
        }
        return new String(out.join(), StandardCharsets.UTF_8).lines().map(String::strip).filter(l -> !l.isEmpty())
                .toList();
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> allowed(Language language) throws IOException {
        Set<String> out = new TreeSet<>();
        for (String line : Files.readAllLines(ALLOWED.resolve(language.code() + ".txt"))) {
            String word = line.replaceFirst("#.*", "").strip();
            if (!word.isEmpty()) {
                out.add(word);
            }
        }
        return out;
    }

    /** The text of the page's body, tags removed and the escapes FreeMarker writes undone. */
    static String bodyText(String html) {
        String body = html.substring(html.indexOf("<body"));
        return body.replaceAll("<[^>]*>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    /** The page text less everything the controller wrote: what is left is what seloste wrote. */
    static String withoutControllerText(String text, Repository repo, Notice notice, Language language) {
        List<String> written = new ArrayList<>();
        collect(notice, language, written);
        repo.controller(notice.controller()).ifPresent(c -> collect(c, language, written));
        collect(repo.recipients(), language, written);
        written.sort(Comparator.comparingInt(String::length).reversed());
        String out = text;
        for (String s : written) {
            if (!s.isBlank() && out.contains(s)) {
                // whole words only: the category "Henkilötunnus" must not eat into "Henkilötunnusta"
                out = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(s) + "(?![\\p{L}\\p{N}])").matcher(out)
                        .replaceAll(" ");
            }
        }
        return out;
    }

    private static void collect(Object value, Language language, List<String> out) {
        if (value instanceof LocalizedText t) {
            out.add(t.get(language));
        } else if (value instanceof String s) {
            out.add(s);
        } else if (value instanceof java.util.Optional<?> o) {
            o.ifPresent(v -> collect(v, language, out));
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> collect(v, language, out));
        } else if (value instanceof Record r && r.getClass().getPackageName().equals("seloste.model")) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                try {
                    collect(rc.getAccessor().invoke(r), language, out);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
