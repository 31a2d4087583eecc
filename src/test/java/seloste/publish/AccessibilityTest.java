package seloste.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every generated page in a real browser: {@code .ci/axe.mjs} opens it in headless Chromium with
 * every request but the page itself refused, and runs axe-core (WCAG 2.0, 2.1 and 2.2 A and AA,
 * plus best practice) at a desktop and a phone width, and checks that nothing scrolls sideways on
 * the phone. Fragments are checked inside the least page that can hold them.
 */
class AccessibilityTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    @TempDir
    Path tmp;

    @BeforeEach
    void tools() {
        NodeTools.requireNode("axe-core", "playwright-core");
        NodeTools.require(Files.isExecutable(NodeTools.chromium()), NodeTools.chromium() + " is not installed");
    }

    @Test
    void everyPageAndFragmentHasNoViolationsNoRequestsAndFitsAPhone() throws IOException {
        List<String> files = new ArrayList<>();
        ExampleSite.pages().forEach(p -> files.add(p.toAbsolutePath().toString()));
        for (Path fragment : ExampleSite.each(".fragment.html")) {
            Path page = tmp.resolve(fragment.getParent().getFileName() + "-" + fragment.getFileName());
            Files.writeString(page, ExampleSite.wrapped(fragment));
            files.add(page.toAbsolutePath().toString());
        }
        List<String> args = new ArrayList<>(List.of("axe.mjs"));
        args.addAll(files);
        NodeTools.Result r = NodeTools.node(TIMEOUT, args);
        assertThat(r.code()).as(r.output()).isZero();
        assertThat(r.output()).contains(files.size() + " page(s) checked, 0 problem(s)");
    }

    @Test
    void theCheckFindsViolationsRequestsAndSidewaysScrolling() throws IOException {
        Path bad = tmp.resolve("bad.html");
        Files.writeString(bad, """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"/><title>Bad</title>
                <link rel="stylesheet" href="https://fonts.example.invalid/font.css"/></head>
                <body><main><h1>Bad</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="/>
                <p style="width: 900px">wide</p></main></body></html>
                """);
        NodeTools.Result r = NodeTools.node(TIMEOUT, List.of("axe.mjs", bad.toAbsolutePath().toString()));
        assertThat(r.code()).as(r.output()).isEqualTo(1);
        assertThat(r.output()).contains("axe html-has-lang", "axe image-alt",
                "request: the page asked for https://fonts.example.invalid/font.css",
                "phone: the page scrolls sideways");
    }
}
