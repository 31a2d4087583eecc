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
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + ('a' - 'A'));
            } else if (c >= 0x80) {
                chars[i] = Character.toLowerCase(Character.toUpperCase(c));
            }
        }
        return new String(chars);
    }

    private boolean containsAny(String folded) {
        for (String stem : stems) {
            if (folded.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** The first match in {@code text}. */
    Optional<String> find(String text) {
        return find(text, stems.isEmpty() ? "" : fold(text));
    }

    /** The first match in {@code text}, whose {@link #fold folded} form is {@code folded}. */
    Optional<String> find(String text, String folded) {
        if (!stems.isEmpty() && !containsAny(folded)) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }
}
