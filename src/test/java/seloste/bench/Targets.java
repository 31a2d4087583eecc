package seloste.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import seloste.bench.Results.Comparison;
import seloste.bench.Results.Run;
import seloste.bench.Results.Size;
import seloste.bench.Results.Target;

/** The targets of issue 8 ("Speed at scale"), judged on what a run measured. */
final class Targets {

    /** Our reading of "far ahead of a Chromium process per document". */
    static final double FAR_AHEAD = 10;

    private Targets() {
    }

    static List<Target> evaluate(List<Size> sizes) {
        List<Target> out = new ArrayList<>();
        out.add(wall(sizes, 100, "full build", 15, "100 notices x 3 languages x 3 formats, full build: under 15 s wall"
                + " (a Java of its own, as on CI)"));
        bothWays(out, sizes, 100, "no-op rebuild", 1.5, "no-op rebuild of the same: under 1.5 s wall, JVM start included");
        bothWays(out, sizes, 100, "one notice changed", 2.5, "one notice changed: under 2.5 s wall");
        bothWays(out, sizes, 1000, "seloste check", 3, "seloste check of 1000 notices: under 3 s wall");
        out.add(ratio(sizes, Comparison::warmRatio, 3,
                "our PDF stage at least 3x faster per document than the warm Chromium browser"));
        out.add(ratio(sizes, Comparison::processRatio, FAR_AHEAD,
                "our PDF stage far ahead of a Chromium process per document (read as: at least 10x)"));
        out.add(memory(sizes));
        return out;
    }

    /** A target judged on runs in a Java of their own, and again on the same runs through the daemon. */
    private static void bothWays(List<Target> out, List<Size> sizes, int n, String run, double limit, String target) {
        out.add(wall(sizes, n, run, limit, target + " (a Java of its own, as on CI)"));
        out.add(wall(sizes, n, run + ", daemon", limit, "the same through the daemon, as the launcher runs it in a shell"));
    }

    private static Target wall(List<Size> sizes, int n, String run, double limit, String target) {
        Optional<Run> r = at(sizes, n).flatMap(s -> s.run(run));
        if (r.isEmpty()) {
            return new Target(target, "not measured (no '" + run + "' at N = " + n + ")", "NOT RUN");
        }
        if (r.get().exit() != 0) {
            return new Target(target, String.format(Locale.ROOT, "%.2f s, but exit %d", r.get().wall(), r.get().exit()),
                    "FAIL");
        }
        return new Target(target, String.format(Locale.ROOT, "%.2f s", r.get().wall()), verdict(r.get().wall() < limit));
    }

    /** From N = 100 when it was compared, else from the largest N that was. */
    private static Target ratio(List<Size> sizes, Function<Comparison, Double> ratio, double least, String target) {
        Optional<Size> s = at(sizes, 100).filter(x -> x.chromium() != null && ratio.apply(x.chromium()) != null)
                .or(() -> sizes.stream().filter(x -> x.chromium() != null && ratio.apply(x.chromium()) != null)
                        .max(Comparator.comparingInt(Size::notices)));
        if (s.isEmpty()) {
            return new Target(target, "not measured (no Chromium comparison)", "NOT RUN");
        }
        double r = ratio.apply(s.get().chromium());
        return new Target(target, String.format(Locale.ROOT, "%.1fx at N = %d", r, s.get().notices()), verdict(r >= least));
    }

    private static Target memory(List<Size> sizes) {
        String target = "peak memory under 1 GiB at N = 1000 (full build)";
        Optional<Run> r = at(sizes, 1000).flatMap(s -> s.run("full build"));
        if (r.isEmpty()) {
            return new Target(target, "not measured (no full build at N = 1000; --builds-up-to 1000)", "NOT RUN");
        }
        return new Target(target, String.format(Locale.ROOT, "%.0f MiB", r.get().peakMib()), verdict(r.get().peakMib() < 1024));
    }

    private static Optional<Size> at(List<Size> sizes, int n) {
        return sizes.stream().filter(s -> s.notices() == n).findFirst();
    }

    private static String verdict(boolean pass) {
        return pass ? "PASS" : "FAIL";
    }
}
