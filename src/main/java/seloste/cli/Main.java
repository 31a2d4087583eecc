package seloste.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import picocli.CommandLine;

/** Entry point of the {@code seloste} command. */
public final class Main {

    private Main() {
    }

    /** The property that sizes the pool parallel streams run on; read when the pool is first used. */
    private static final String POOL_SIZE = "java.util.concurrent.ForkJoinPool.common.parallelism";

    public static void main(String[] args) {
        sizeCommonPool();
        if (DaemonClient.wanted(args)) {
            OptionalInt served = DaemonClient.serve(args);
            if (served.isPresent()) {
                System.exit(served.getAsInt());
            }
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /**
     * The common pool has one thread fewer than the cores, for the thread that waits on it; but that thread
     * does little while it waits, so a parallel load or check on two cores ran on hardly more than one. A
     * size set on the command line is kept.
     */
    static void sizeCommonPool() {
        if (System.getProperty(POOL_SIZE) == null) {
            System.setProperty(POOL_SIZE, Integer.toString(Runtime.getRuntime().availableProcessors()));
        }
    }

    /** Runs one command with the given streams and returns its exit code; never calls {@code System.exit}. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, Invocation.here(), args);
    }

    /** Runs one command where {@code invocation} says, as {@link #run(PrintWriter, PrintWriter, String...)} does. */
    public static int run(PrintWriter out, PrintWriter err, Invocation invocation, String... args) {
        CommandLine cl = SelosteCommand.commandLine(invocation, args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(invocation.ansi()));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("seloste: internal error: " + e);
            err.println("Please report this with the command and the input that caused it.");
            return ExitCodes.FAILURE;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
