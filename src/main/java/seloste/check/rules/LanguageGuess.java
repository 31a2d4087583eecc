package seloste.check.rules;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import seloste.model.Language;

/**
 * Which of Finnish, Swedish and English a text reads as, by the character n-gram profiles of the
 * optimaize language-detector library, restricted to those three languages.
 *
 * <p>The detector is built once, on first use, and is then shared: it holds only the profiles, and
 * each call makes its own random generator from a fixed seed, so it is safe to call from several
 * threads and the same text always gets the same answer. A text is read in two steps. Its first
 * {@value #SNIPPET} characters go through the library's short-text algorithm, which is quick and
 * reliable at that length; when they read as the declared language the text passes. Only otherwise
 * is the whole text read with the library's sampling algorithm, which stays reliable at any length,
 * and only its verdict is reported. Texts with fewer than {@value #MIN_WORDS} words are not judged:
 * names, codes and citations read the same in every language.
 */
final class LanguageGuess {

    /** Fewer words than this are names, titles and citations, which no detector can place. */
    static final int MIN_WORDS = 6;
    /** How sure the detector must be before a text is said to be in another language. */
    static final double CONFIDENCE = 0.95;
    /** How much of a text the quick first reading takes, in characters. */
    static final int SNIPPET = 50;

    private static final Pattern ADDRESSES = Pattern.compile("\\S+@\\S+|\\S+://\\S+|www\\.\\S+");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private LanguageGuess() {
    }

    /**
     * The language {@code text} reads as, when that is not {@code declared}: empty when the text
     * reads as {@code declared}, is too short to judge, or the detector is not sure.
     */
    static Optional<Language> other(String text, Language declared) {
        return new Memo().other(text, declared);
    }

    private static Optional<Language> sure(String text) {
        List<DetectedLanguage> found = Detector.INSTANCE.getProbabilities(text);
        return found.stream().filter(d -> d.getProbability() >= CONFIDENCE).findFirst()
                .flatMap(d -> Language.fromCode(d.getLocale().getLanguage()));
    }

    /** The language's name in English, for messages. */
    static String name(Language language) {
        return switch (language) {
            case FI -> "Finnish";
            case SV -> "Swedish";
            case EN -> "English";
        };
    }

    private static String snippet(String prose) {
        if (prose.length() <= SNIPPET) {
            return prose;
        }
        int cut = prose.lastIndexOf(' ', SNIPPET);
        return prose.substring(0, cut > 0 ? cut : SNIPPET);
    }

    /**
     * Remembers, for one check, what each text read as under each language, and what each beginning
     * of {@value #SNIPPET} characters and each text that needed reading in full read as: a text shared
     * by many notices is judged once, and a beginning shared by many texts is read once (a check of
     * 1000 notices met 19,000 different texts, but 3,700 different beginnings).
     */
    static final class Memo {

        private final Map<Key, Optional<Language>> judged = new ConcurrentHashMap<>();
        /** What a text reads as does not depend on the language it is written under. */
        private final Map<String, Optional<Language>> read = new ConcurrentHashMap<>();
        /** Made once: a lambda made at each call, capturing the text, is an allocation through the VM in C1. */
        private final Function<Key, Optional<Language>> judging = this::judge;

        Optional<Language> other(String text, Language declared) {
            return remembered(judged, new Key(text, declared), judging);
        }

        private Optional<Language> judge(Key key) {
            String text = key.text();
            Language declared = key.declared();
            // addresses are no language; the pattern is only run where one may be, as it is slow on long texts
            String prose = text.indexOf('@') < 0 && text.indexOf("://") < 0 && text.indexOf("www.") < 0
                    ? text.strip() : ADDRESSES.matcher(text).replaceAll(" ").strip();
            if (!enoughWords(prose) || remembered(read, snippet(prose), LanguageGuess::sure).filter(declared::equals)
                    .isPresent()) {
                return Optional.empty();
            }
            return remembered(read, prose, LanguageGuess::sure).filter(l -> l != declared);
        }

        /** Not computeIfAbsent, which would hold up other threads while the detector reads. */
        private static <K> Optional<Language> remembered(Map<K, Optional<Language>> seen, K key,
                Function<K, Optional<Language>> work) {
            Optional<Language> known = seen.get(key);
            if (known == null) {
                known = work.apply(key);
                seen.putIfAbsent(key, known);
            }
            return known;
        }

        private record Key(String text, Language declared) {
        }
    }

    private static boolean enoughWords(String prose) {
        Matcher words = WORD.matcher(prose);
        int count = 0;
        while (count < MIN_WORDS && words.find()) {
            count++;
        }
        return count == MIN_WORDS;
    }

    /** Holds the detector; the JVM builds it once, when {@link #other} first needs it. */
    private static final class Detector {

        static final LanguageDetector INSTANCE = build();

        private static LanguageDetector build() {
            List<LdLocale> locales = Arrays.stream(Language.values()).map(l -> LdLocale.fromString(l.code())).toList();
            try {
                return LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readBuiltIn(locales))
                        .shortTextAlgorithm(SNIPPET)
                        .build();
            } catch (IOException e) {
                throw new IllegalStateException("the language profiles of the language detector cannot be read", e);
            }
        }
    }
}
