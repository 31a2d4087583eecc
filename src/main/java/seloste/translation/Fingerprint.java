package seloste.translation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * A short fingerprint of a text: the first 12 hexadecimal digits of the SHA-256 of the text in Unicode
 * NFC with its runs of white space made single spaces. Re-wrapping a YAML paragraph or saving it in
 * another normalisation form leaves the fingerprint as it was; any change of a word changes it.
 */
public final class Fingerprint {

    static final int LENGTH = 12;

    private Fingerprint() {
    }

    public static String of(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
