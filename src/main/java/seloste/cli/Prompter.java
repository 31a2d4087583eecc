package seloste.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Asks for values one line at a time on the standard input; end of input answers every question with nothing. */
final class Prompter {

    private final PrintWriter out;
    private final BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    private boolean ended;

    Prompter(PrintWriter out) {
        this.out = out;
    }

    /** {@code value} when it is given; otherwise the answer to {@code question}, or null when none is given. */
    String orKeep(String value, String question, String hint) {
        if (value != null) {
            return value;
        }
        out.print(question + (hint.isEmpty() ? "" : " (" + hint + ")") + ": ");
        out.flush();
        String line = readLine();
        return line == null || line.isBlank() ? null : line.strip();
    }

    private String readLine() {
        if (ended) {
            return null;
        }
        try {
            String line = in.readLine();
            ended = line == null;
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
