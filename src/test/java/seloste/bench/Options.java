package seloste.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The benchmark's command line. */
record Options(List<Integer> sizes, int buildsUpTo, int rebuildsUpTo, int chromiumUpTo, int chromiumSample,
        int chromiumWarmMax, int pdfMax, int warmup, int repeat, String seloste, boolean chromium, boolean keep,
        boolean help, String command) {

    static final String USAGE = """
            usage: java -cp target/seloste.jar:target/test-classes seloste.bench.Bench [options]
              --sizes 10,100,1000        corpus sizes N (notices)
              --builds-up-to 100         run the full build as a process for N up to this
              --rebuilds-up-to 100       run the no-op and one-notice-changed rebuilds for N up to this
              --chromium-up-to 100       run the Chromium comparison for N up to this
              --chromium-sample 20       documents printed with one Chromium process each
              --chromium-warm-max 300    documents printed by the warm browser (an even sample above this)
              --pdf-max 300              documents rendered as PDF by the in-process stage split (sample above)
              --warmup 8                 notices rendered before the in-process stages are timed
              --repeat 5                 times each check and rebuild runs; the median is reported
              --seloste "target/seloste"  how to start seloste (relative paths: project folder)
              --no-chromium              skip the Chromium comparison
              --keep                     keep the generated corpora and outputs (the folder is printed)
            Run from the project folder. Results: target/bench/results.json; docs/benchmark.md explains them.""";

    static Options parse(String[] args) {
        List<Integer> sizes = List.of(10, 100, 1000);
        int buildsUpTo = 100;
        int rebuildsUpTo = 100;
        int chromiumUpTo = 100;
        int chromiumSample = 20;
        int chromiumWarmMax = 300;
        int pdfMax = 300;
        int warmup = 8;
        int repeat = 5;
        String seloste = "target/seloste";
        boolean chromium = true;
        boolean keep = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--no-chromium" -> chromium = false;
                case "--keep" -> keep = true;
                case "-h", "--help" -> help = true;
                default -> {
                    if (i + 1 >= args.length || !a.startsWith("--")) {
                        throw new IllegalArgumentException("Unknown or incomplete option: " + a);
                    }
                    String v = args[++i];
                    switch (a) {
                        case "--sizes" -> sizes = Arrays.stream(v.split(",")).map(String::strip)
                                .filter(s -> !s.isEmpty()).map(s -> positive(a, s)).toList();
                        case "--builds-up-to" -> buildsUpTo = positive(a, v);
                        case "--rebuilds-up-to" -> rebuildsUpTo = positive(a, v);
                        case "--chromium-up-to" -> chromiumUpTo = positive(a, v);
                        case "--chromium-sample" -> chromiumSample = positive(a, v);
                        case "--chromium-warm-max" -> chromiumWarmMax = positive(a, v);
                        case "--pdf-max" -> pdfMax = positive(a, v);
                        case "--warmup" -> warmup = positive(a, v);
                        case "--repeat" -> repeat = Math.max(1, positive(a, v));
                        case "--seloste" -> seloste = v;
                        default -> throw new IllegalArgumentException("Unknown option: " + a);
                    }
                }
            }
        }
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException("--sizes needs at least one N");
        }
        return new Options(sizes, buildsUpTo, rebuildsUpTo, chromiumUpTo, chromiumSample, chromiumWarmMax, pdfMax,
                warmup, repeat, seloste, chromium, keep, help, "Bench " + String.join(" ", args));
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs a whole number; found '" + value + "'");
    }

    /** The seloste command as words, with relative paths made absolute against the project folder. */
    List<String> selosteCommand(Path project) {
        List<String> words = new ArrayList<>();
        for (String w : seloste.strip().split("\\s+")) {
            boolean path = w.contains("/") && !w.startsWith("/") && !w.startsWith("-");
            words.add(path ? project.resolve(w).toString() : w);
        }
        return words;
    }

    /** The jar the default command runs; only checked to exist when the default command is used. */
    Path jar(Path project) {
        return seloste.contains("target/seloste") ? project.resolve("target/seloste.jar") : project.resolve("pom.xml");
    }
}
