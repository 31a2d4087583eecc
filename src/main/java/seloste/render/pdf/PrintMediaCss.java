package seloste.render.pdf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lifts the rules inside {@code @media print { ... }} to the top level of a stylesheet.
 *
 * <p>openhtmltopdf always lays out for print, but its CSS 2.1 parser drops an {@code @page} rule
 * nested in {@code @media}, and with it the page size, margins and page numbers. Unwrapping the
 * block changes nothing else for a print renderer. Other media blocks are left alone, and so is
 * anything in comments or strings.
 */
final class PrintMediaCss {

    private static final Pattern MEDIA_PRINT = Pattern.compile("@media\\s+print\\s*\\{", Pattern.CASE_INSENSITIVE);

    private PrintMediaCss() {
    }

    /** The stylesheet with every {@code @media print} block replaced by its contents. */
    static String unwrap(String css) {
        StringBuilder out = new StringBuilder(css.length());
        Matcher media = MEDIA_PRINT.matcher(css);
        int copied = 0;
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '/' && css.startsWith("*", i + 1)) {
                i = endOfComment(css, i);
            } else if (c == '"' || c == '\'') {
                i = endOfString(css, i);
            } else if (c == '@' && media.region(i, css.length()).lookingAt()) {
                int open = media.end() - 1;
                int close = matchingBrace(css, open);
                if (close < 0) {
                    break;
                }
                out.append(css, copied, i).append(unwrap(css.substring(open + 1, close)));
                copied = close + 1;
                i = close + 1;
            } else {
                i++;
            }
        }
        return out.append(css, copied, css.length()).toString();
    }

    /** Index of the brace closing the one at {@code open}, or -1 if the block is not closed. */
    private static int matchingBrace(String css, int open) {
        int depth = 0;
        int i = open;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '/' && css.startsWith("*", i + 1)) {
                i = endOfComment(css, i);
                continue;
            }
            if (c == '"' || c == '\'') {
                i = endOfString(css, i);
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
            i++;
        }
        return -1;
    }

    /** Index just past the comment starting at {@code start}. */
    private static int endOfComment(String css, int start) {
        int end = css.indexOf("*/", start + 2);
        return end < 0 ? css.length() : end + 2;
    }

    /** Index just past the string starting at {@code quote}; strings end at a newline too. */
    private static int endOfString(String css, int quote) {
        char q = css.charAt(quote);
        int i = quote + 1;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == q || c == '\n') {
                return i + 1;
            } else {
                i++;
            }
        }
        return css.length();
    }
}
