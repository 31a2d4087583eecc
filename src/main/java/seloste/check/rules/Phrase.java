package seloste.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole words to look for in a text, case-insensitively: a pattern, and the literal stems one of which
 * every match contains.
 *
 * <p>A repository has hundreds of thousands of text values and most phrases are in none of them. A
 * pattern that must check "no letter before" at every position of every value is slow; looking for
 * a stem first in the value {@link #fold folded} once is fast, and the pattern then runs only where a
 * stem is. When an alternative has no literal start the phrase has no stems and the pattern always
 * runs.
 *
 * @param pattern the whole-word pattern
 * @param stems folded literal stems, one per alternative; empty when some alternative has none
 */
record Phrase(Pattern pattern, List<String> stems) {

    private static final String SPECIAL = "\\()[]{}.*+?|^$";
    private static final Pattern LEADING_LOOKBEHIND = Pattern.compile("^\\(\\?<[!=][^)]*\\)");
    /**
     * {@link #fold} of the Latin letters, looked up rather than worked out: every character of every text
     * is folded, and Finnish, Swedish and English are written in these.
     */
    private static final char[] FOLDED = new char[0x250];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = foldCase(c);
        }
    }

    Phrase {
        stems = List.copyOf(stems);
    }

    /** Case-insensitive whole words: none of {@code alternatives} may start or end inside a longer word. */
    static Phrase words(String... alternatives) {
        Pattern pattern = Pattern.compile("(?iuU)(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives)
                + ")(?![\\p{L}\\p{N}])");
        List<String> stems = new ArrayList<>();
        for (String a : alternatives) {
            Optional<String> stem = stem(a);
            if (stem.isEmpty()) {
                return new Phrase(pattern, List.of());
            }
            stems.add(stem.get());
        }
        return new Phrase(pattern, stems);
    }

    /**
     * The literal characters a match of {@code alternative} starts with, after a leading lookbehind,
     * folded; none when fewer than two.
     */
    static Optional<String> stem(String alternative) {
        String s = LEADING_LOOKBEHIND.matcher(alternative).replaceFirst("");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                // a quantifier makes the character before it optional
                if ((c == '?' || c == '*' || c == '{') && b.length() > 0) {
                    b.setLength(b.length() - 1);
                }
                break;
            }
            b.append(c);
        }
        return b.length() >= 2 ? Optional.of(fold(b.toString())) : Optional.empty();
    }

    /**
     * The text with every character case-folded the way a case-insensitive Unicode pattern compares
     * them, one character for one, so a stem is in the folded text wherever the pattern could match.
     */
    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    private static char fold(char c) {
        return c < FOLDED.length ? FOLDED[c] : foldCase(c);
    }

    private static char foldCase(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * A text made ready for looking up any number of phrases in it: folded once, and with a note of
     * which pairs of neighbouring characters it holds, so that most stems are ruled out without a
     * search through the text.
     */
    static final class Prepared {

        private static final int PAIR_BITS = 1 << 10;

        private final String text;
        private final char[] folded;
        private final long[] pairs = new long[PAIR_BITS / Long.SIZE];
        /** The folded text as a string, made when a stem first gets past the pairs. */
        private String foldedText;

        private Prepared(String text) {
            this.text = text;
            // folded and noted in one pass over the characters
            char[] chars = text.toCharArray();
            char previous = 0;
            for (int i = 0; i < chars.length; i++) {
                char c = fold(chars[i]);
                chars[i] = c;
                int pair = pair(previous, c);
                pairs[pair >>> 6] |= 1L << pair;
                previous = c;
            }
            this.folded = chars;
        }

        String text() {
            return text;
        }

        /** True when {@code stem} is in the folded text. */
        boolean contains(String stem) {
            for (int i = 1; i < stem.length(); i++) {
                int pair = pair(stem.charAt(i - 1), stem.charAt(i));
                if ((pairs[pair >>> 6] & 1L << pair) == 0) {
                    return false;
                }
            }
            if (foldedText == null) {
                foldedText = new String(folded);
            }
            return foldedText.contains(stem);
        }

        private static int pair(char first, char second) {
            return (first * 31 + second) & (PAIR_BITS - 1);
        }
    }

    private boolean containsAny(Prepared text) {
        // by index: an iterator per call made 66 MB of the 2.5 GB a check of 1000 notices allocated
        for (int i = 0; i < stems.size(); i++) {
            if (text.contains(stems.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} made ready for {@link #find(Prepared)}. */
    static Prepared prepare(String text) {
        return new Prepared(text);
    }

    /** The first match in {@code text}. */
    Optional<String> find(String text) {
        return find(prepare(text));
    }

    /** The first match in a prepared text. */
    Optional<String> find(Prepared text) {
        if (!stems.isEmpty() && !containsAny(text)) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(text.text());
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }
}
