package seloste.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import seloste.render.NoticeView.Section;

/**
 * The anchors that Markdown renderers give headings, so that the contents of a Markdown notice can
 * link to its sections. This is GitHub's rule, which GitLab, Hugo and markdownlint follow: lower
 * case, punctuation dropped (letters of any script, digits, {@code _} and {@code -} stay), spaces
 * become hyphens. "3. Käsittelyn tarkoitukset" becomes {@code 3-käsittelyn-tarkoitukset}.
 */
final class MarkdownAnchors {

    private static final Pattern DROPPED = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc}\\- ]");

    private MarkdownAnchors() {
    }

    /** Each section's id mapped to the anchor of its heading, {@code <number>. <heading>}. */
    static Map<String, String> of(List<Section> sections) {
        Map<String, String> anchors = new LinkedHashMap<>();
        for (Section s : sections) {
            anchors.put(s.id(), anchor(s.number() + ". " + s.heading()));
        }
        return anchors;
    }

    static String anchor(String headingText) {
        return DROPPED.matcher(headingText.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
    }
}
