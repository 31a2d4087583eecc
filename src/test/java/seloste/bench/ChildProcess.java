package seloste.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a command as a separate process and measures it the way a user would feel it.
 *
 * <ul>
 *   <li>wall time: {@link System#nanoTime()} around start and exit, so JVM start-up is included;
 *   <li>CPU time (user + system) and peak resident memory: from GNU time ({@code /usr/bin/time -f}),
 *       which reads them from {@code wait4()}'s rusage when the process ends, so every thread and
 *       every child the process waited for is counted and nothing is sampled;
 *   <li>without {@code /usr/bin/time}: {@code /proc/<pid>/stat} (utime + stime) and
 *       {@code /proc/<pid>/status} (VmHWM) polled every 5 ms; the last poll before exit is kept, so the
 *       last few milliseconds of CPU are missed, and children are not counted.
 * </ul>
 * Output goes to a log file, never to a pipe that could fill up.
 */
final class ChildProcess {

    static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final long CLOCK_TICKS = 100;

    private ChildProcess() {
    }

    /** How {@link #run} measures: named in the output so a reader knows where CPU and memory come from. */
    static String method() {
        return Files.isExecutable(GNU_TIME) ? "GNU time (wait4 rusage of the child and its waited-for children)"
                : "/proc/<pid>/stat and /proc/<pid>/status polled every 5 ms (the process alone)";
    }

    static Measured run(List<String> command, Path dir, Path log, Map<String, String> env) throws IOException {
        boolean gnu = Files.isExecutable(GNU_TIME);
        Path timeFile = log.resolveSibling(log.getFileName() + ".time");
        List<String> full = new ArrayList<>();
        if (gnu) {
            full.addAll(List.of(GNU_TIME.toString(), "-f", "%e %U %S %M", "-o", timeFile.toString()));
        }
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(env);
        double load = loadAverage();
        long start = System.nanoTime();
        Process p = pb.start();
        Poll poll = gnu ? null : new Poll(p.pid());
        int exit;
        try {
            if (poll != null) {
                while (p.isAlive()) {
                    poll.sample();
                    Thread.sleep(5);
                }
            }
            exit = p.waitFor();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (!gnu) {
            return new Measured(wall, poll.cpu, poll.peakKib / 1024.0, exit, load, output);
        }
        List<String> lines = Files.readAllLines(timeFile);
        String[] f = lines.get(lines.size() - 1).trim().split(" ");
        return new Measured(wall, Double.parseDouble(f[1]) + Double.parseDouble(f[2]), Long.parseLong(f[3]) / 1024.0,
                exit, load, output);
    }

    /** The one-minute load average: above the number of cores, other work competed for them. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * One measured run.
     *
     * @param wall seconds from start to exit
     * @param cpu user + system seconds
     * @param peakMib peak resident set size in MiB
     * @param exit the exit code
     * @param load the one-minute load average when the run started
     * @param output what the process printed
     */
    record Measured(double wall, double cpu, double peakMib, int exit, double load, String output) {

        /** The last line the process printed, such as seloste's summary. */
        String lastLine() {
            String[] lines = output.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    /** Samples /proc while the process runs. */
    private static final class Poll {

        private final Path stat;
        private final Path status;
        double cpu;
        long peakKib;

        Poll(long pid) {
            this.stat = Path.of("/proc/" + pid + "/stat");
            this.status = Path.of("/proc/" + pid + "/status");
        }

        void sample() {
            try {
                String s = Files.readString(stat);
                String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
                cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / (double) CLOCK_TICKS;
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        peakKib = Math.max(peakKib, Long.parseLong(line.replaceAll("[^0-9]", "")));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the process ended between polls; keep the last sample
            }
        }
    }
}
