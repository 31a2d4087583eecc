package seloste.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import seloste.bench.Results.Comparison;
import seloste.bench.Results.Run;
import seloste.bench.Results.Size;
import seloste.bench.Results.Target;

/** The benchmark's tables, as plain text. */
final class Printer {

    private final PrintStream out;

    Printer(PrintStream out) {
        this.out = out;
    }

    void header(Results.Machine m, Options o) {
        out.println("seloste benchmark (issue 8, speed at scale); docs/benchmark.md explains every figure");
        line("machine: %d cores, %,d MiB RAM, %s, %s; load average at start %.2f", m.cores(), m.memoryMib(), m.jdk(),
                m.os(), m.loadBefore());
        line("seloste: %s   CPU and peak memory: %s", m.seloste(), m.measurement());
        line("sizes: %s; builds up to N = %d, rebuilds up to N = %d, Chromium up to N = %d", o.sizes(), o.buildsUpTo(),
                o.rebuildsUpTo(), o.chromiumUpTo());
        if (m.loadBefore() > m.cores()) {
            out.println("warning: the load average exceeds the cores; other work competes with the runs and wall times"
                    + " are inflated (CPU times less so)");
        }
    }

    void size(Size s) {
        out.println();
        line("N = %d: %d notices x %d languages x %d formats = %d documents; sources: %d files, %.1f MiB",
                s.notices(), s.notices(), s.languages(), s.formats(), s.documents(), s.sourceFiles(),
                s.sourceBytes() / 1048576.0);
        line("  %-30s %8s %15s %8s %9s %8s %5s %6s  %s", "seloste as a process", "wall s", "(range, runs)", "CPU s",
                "peak MiB", "docs/s", "exit", "load", "seloste's last line");
        for (Run r : s.runs()) {
            run(r);
        }
        if (s.stages() != null) {
            stages(s);
        }
        if (s.chromium() != null) {
            chromium(s.chromium());
        }
        s.notes().forEach(n -> out.println("  note: " + n));
    }

    private void run(Run r) {
        String range = r.repeats() == 1 ? "" : String.format(Locale.ROOT, "(%.2f-%.2f, %d)", r.wallMin(), r.wallMax(),
                r.repeats());
        line("  %-30s %8.2f %15s %8.2f %9.0f %8s %5d %6.2f  %s", r.name(), r.wall(), range, r.cpu(), r.peakMib(),
                r.docsPerSecond() == null ? "-" : String.format(Locale.ROOT, "%.1f", r.docsPerSecond()), r.exit(),
                r.load(), r.summary());
    }

    private void stages(Size s) {
        StageSplit.Result r = s.stages();
        out.println("  in-process stage split: NOT the build's own timing, but the same public classes (Loader, "
                + "Checker,");
        line("  HtmlMarkdownRenderer, PdfRenderer, OutputWriter) timed one by one in one JVM after a warm-up on %d "
                + "notices", r.warmupNotices());
        line("  %-30s %8s %8s %8s %12s %8s %7s", "stage (warm)", "wall s", "CPU s", "GC s", "per item", "items",
                "share");
        double total = r.warm().stream().mapToDouble(StageSplit.Stage::wall).sum();
        double cpu = r.warm().stream().mapToDouble(StageSplit.Stage::cpu).sum();
        for (StageSplit.Stage st : r.warm()) {
            line("  %-30s %8.2f %8.2f %8.2f %9.1f ms %8d %6.0f%%", st.name(), st.wall(), st.cpu(), st.gc(),
                    st.wall() * 1000 / Math.max(1, st.items()), st.items(), 100 * st.wall() / total);
        }
        line("  %-30s %8.2f %8.2f", "total", total, cpu);
        StageSplit.Stage pdf = r.warm().stream().filter(x -> x.name().equals("render PDF")).findFirst().orElseThrow();
        if (pdf.items() < r.documents()) {
            line("  (PDF rendered for an even sample of %d of %d documents; per item is per PDF)", pdf.items(),
                    r.documents());
        }
        StringBuilder rules = new StringBuilder("  slowest rules (each timed alone, warm):");
        for (StageSplit.Stage st : r.slowestRules()) {
            rules.append(String.format(Locale.ROOT, " %s %.2f s;", st.name(), st.wall()));
        }
        out.println(rules.substring(0, rules.length() - 1));
        StringBuilder cold = new StringBuilder("  cold, before the warm-up:");
        for (StageSplit.Stage st : r.cold()) {
            cold.append(String.format(Locale.ROOT, " %s %.2f s;", st.name(), st.wall()));
        }
        out.println(cold.substring(0, cold.length() - 1));
        Run p = s.stageSplitRun();
        line("  the stage split's own process: %.2f s wall, %.2f s CPU, %.0f MiB peak (it holds every output file; "
                + "the build writes each as it is made)", p.wall(), p.cpu(), p.peakMib());
    }

    private void chromium(Comparison c) {
        out.println("  Chromium on the same HTML files the build wrote (wall time per document):");
        chromiumLine("one chromium --headless --print-to-pdf process per document", c.perProcess(), c.oursMs());
        chromiumLine("one warm browser, playwright-core page.pdf()", c.warm(), c.oursMs());
        if (c.oursMs() != null) {
            line("  %-58s %9.1f ms", "our PDF stage (in-process, warm, one thread)", c.oursMs());
        }
    }

    private void chromiumLine(String name, ChromiumComparison.Result r, Double ours) {
        if (!r.ran()) {
            line("  %-58s %s", name, r.note());
            return;
        }
        String ratio = ours == null ? "" : r.meanMs() >= ours
                ? String.format(Locale.ROOT, "  -> our PDF stage is %.1fx faster", r.meanMs() / ours)
                : String.format(Locale.ROOT, "  -> Chromium is %.1fx faster", ours / r.meanMs());
        line("  %-58s %9.1f ms (median %.1f, %d docs%s)%s", name, r.meanMs(), r.medianMs(), r.docs(),
                r.failed() == 0 ? "" : ", " + r.failed() + " failed", ratio);
        if (!r.note().isEmpty()) {
            out.println("    " + r.note());
        }
    }

    void targets(List<Target> targets) {
        out.println();
        out.println("Targets (issue 8; set for 2 cores and JDK 17):");
        for (Target t : targets) {
            line("  %-7s %-92s %s", t.verdict(), t.target(), t.measured());
        }
    }

    private void line(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
    }
}
