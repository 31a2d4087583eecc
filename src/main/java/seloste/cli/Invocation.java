package seloste.cli;

import java.nio.file.Path;
import java.util.Objects;
import picocli.CommandLine.Help.Ansi;

/**
 * Where a command runs and how it may print: the folder its relative paths start from, and whether its
 * messages may be coloured. A command typed in a shell runs {@link #here()}; one a {@link Daemon} serves runs
 * in the folder and with the terminal of the shell that asked for it.
 *
 * @param base the working folder; relative source, output and settings paths are resolved against it
 * @param ansi whether findings are printed with colours
 */
public record Invocation(Path base, Ansi ansi) {

    public Invocation {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(ansi, "ansi");
    }

    /** This process's own working folder, with colours when it prints to a terminal. */
    public static Invocation here() {
        return new Invocation(Path.of(""), Ansi.AUTO);
    }
}
