package seloste.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a page stylesheet so that it applies only inside one element: every selector is put
 * under the scope ({@code h2} becomes {@code .seloste-notice h2}), rules for {@code html},
 * {@code body} and {@code :root} apply to the scope element itself, {@code @media} and
 * {@code @supports} blocks are scoped inside, and every other at-rule ({@code @page},
 * {@code @import}, {@code @font-face}) is left out: an embedded fragment neither prints pages
 * of its own nor loads anything. Comments are dropped. Strings and parentheses are respected, so
 * {@code content: ", "} or {@code :is(a, b)} are not split.
 */
final class ScopedCss {

    /** What stands for the document root at the start of a selector: {@code :root}, {@code html}, {@code body}. */
    private static final Pattern ROOT = Pattern.compile("(?:(?::root|html)(?![\\w-]))?(?:\\s*body(?![\\w-]))?",
            Pattern.CASE_INSENSITIVE);

    private ScopedCss() {
    }

    /** The stylesheet with every rule scoped to {@code scope}, one rule a line. */
    static String scope(String css, String scope) {
        StringBuilder out = new StringBuilder(css.length());
        rules(stripComments(css), scope, out);
        return out.toString();
    }

    /** A {@code data:} URL that carries a stylesheet, for a {@code <link rel="stylesheet">}. */
    static String dataUrl(String css) {
        return "data:text/css;charset=utf-8;base64,"
                + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    private static void rules(String css, String scope, StringBuilder out) {
        int i = 0;
        while (i < css.length()) {
            int open = find(css, i, '{', ';');
            if (open < 0) {
                return;
            }
            String prelude = css.substring(i, open).strip();
            if (css.charAt(open) == ';') {
                i = open + 1; // a statement at-rule such as @import or @charset: left out
                continue;
            }
            int close = matching(css, open);
            String body = css.substring(open + 1, close);
            String lower = prelude.toLowerCase(Locale.ROOT);
            if (lower.startsWith("@media") || lower.startsWith("@supports")) {
                out.append(prelude).append(" {\n");
                rules(body, scope, out);
                out.append("}\n");
            } else if (!prelude.startsWith("@") && !prelude.isEmpty()) {
                out.append(selectors(prelude, scope)).append(" {").append(declarations(body)).append("}\n");
            }
            i = close + 1;
        }
    }

    private static String selectors(String prelude, String scope) {
        List<String> scoped = new ArrayList<>();
        for (String s : split(prelude)) {
            String selector = s.strip().replaceAll("\\s+", " ");
            Matcher root = ROOT.matcher(selector);
            root.lookingAt();
            // "body", "html body", ":root" are the scope element; "body.x" and "html .x" stay relative to it
            scoped.add(root.end() == 0 ? scope + " " + selector : scope + selector.substring(root.end()));
        }
        return String.join(", ", scoped);
    }

    private static String declarations(String body) {
        return body.strip().replaceAll("\\s+", " ");
    }

    /** The selector list split at top-level commas. */
    private static List<String> split(String prelude) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < prelude.length(); i++) {
            char c = prelude.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfString(prelude, i) - 1;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(prelude.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(prelude.substring(start));
        return parts;
    }

    /** The first of {@code a} or {@code b} at or after {@code from}, outside strings; -1 if neither. */
    private static int find(String css, int from, char a, char b) {
        for (int i = from; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfString(css, i) - 1;
            } else if (c == a || c == b) {
                return i;
            }
        }
        return -1;
    }

    /** The brace that closes the one at {@code open}, or the end of the text. */
    private static int matching(String css, int open) {
        int depth = 0;
        for (int i = open; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfString(css, i) - 1;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return css.length();
    }

    private static int endOfString(String css, int quote) {
        char q = css.charAt(quote);
        for (int i = quote + 1; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == q || c == '\n') {
                return i + 1;
            }
        }
        return css.length();
    }

    private static String stripComments(String css) {
        StringBuilder out = new StringBuilder(css.length());
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfString(css, i);
                out.append(css, i, end);
                i = end;
            } else if (c == '/' && css.startsWith("*", i + 1)) {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? css.length() : end + 2;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
