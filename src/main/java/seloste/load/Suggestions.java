package seloste.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean" for a mistyped key, keyword or id: the closest candidate within a few edits. */
final class Suggestions {

    private Suggestions() {
    }

    static Optional<String> closest(String typed, Collection<String> candidates) {
        int allowed = Math.max(2, typed.length() / 3);
        return candidates.stream()
                .filter(c -> distance(typed, c) <= allowed)
                .min(Comparator.comparingInt((String c) -> distance(typed, c)).thenComparing(c -> c));
    }

    /** A sentence to append to a message: {@code " Did you mean 'x'?"}, or nothing. */
    static String hint(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(c -> " Did you mean '" + c + "'?").orElse("");
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
