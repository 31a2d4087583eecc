package seloste;

import java.util.Locale;

/** The formats a notice is published in. */
public enum OutputFormat {
    HTML("html"), MARKDOWN("md"), PDF("pdf");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Accepts the extension or the name: {@code md}, {@code markdown}. */
    public static OutputFormat parse(String s) {
        String v = s.strip().toLowerCase(Locale.ROOT);
        for (OutputFormat f : values()) {
            if (f.extension.equals(v) || f.name().toLowerCase(Locale.ROOT).equals(v)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + s + "'; formats are html, md and pdf");
    }
}
