package seloste.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code seloste} command. */
public final class Main {

    private Main() {
    }

    /** The property that sizes the pool parallel streams run on; read when the pool is first used. */
    private static final String POOL_SIZE = "java.util.concurrent.ForkJoinPool.common.parallelism";

    public static void main(String[] args) {
        // the common pool has one thread fewer than the cores, for the thread that waits on it; but
        // that thread does little while it waits, so a parallel load or check on two cores ran on
        // hardly more than one
        if (System.getProperty(POOL_SIZE) == null) {
            System.setProperty(POOL_SIZE, Integer.toString(Runtime.getRuntime().availableProcessors()));
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /** Runs one command with the given streams and returns its exit code; never calls {@code System.exit}. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = SelosteCommand.commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
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
