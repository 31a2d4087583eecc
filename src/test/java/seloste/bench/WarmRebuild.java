package seloste.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import seloste.BuildRequest;
import seloste.BuildResult;
import seloste.Compiler;
import seloste.OutputFormat;

/**
 * Rebuilds after one notice changed, in a JVM that has built before: what {@code seloste preview} does
 * each time a source is saved, in the JVM it keeps running. It builds the corpus once, rebuilds after
 * two edits to warm up, then times {@code TIMES} rebuilds, each after its own edit of the first notice,
 * and prints one JSON line with the wall seconds of each. The edits are those of the benchmark's
 * one-notice-changed run.
 *
 * <p>Usage: {@code WarmRebuild REPO SOURCES OUT TIMES EXAMPLES} (the repository folder, the sources
 * folder and the output folder relative to it, how many rebuilds to time, and the example notices the
 * corpus was made from).
 */
public final class WarmRebuild {

    private static final int WARM_UP = 2;

    private WarmRebuild() {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args[0]);
        Path sources = Path.of(args[1]);
        int times = Integer.parseInt(args[3]);
        CorpusGenerator generator = new CorpusGenerator(Path.of(args[4]));
        Compiler compiler = new Compiler(repo, Optional.empty());
        BuildRequest request = new BuildRequest(List.of(sources), Path.of(args[2]), Path.of("templates"), Set.of(),
                EnumSet.allOf(OutputFormat.class), Optional.empty());
        check(compiler.build(request));
        List<Double> seconds = new ArrayList<>();
        for (int k = 0; k < WARM_UP + times; k++) {
            // revisions far above those of the one-changed runs, so that every rebuild has something to do
            generator.writeNotice(repo.resolve(sources), 0, 1000 + k);
            long start = System.nanoTime();
            check(compiler.build(request));
            if (k >= WARM_UP) {
                seconds.add((System.nanoTime() - start) / 1e9);
            }
        }
        System.out.println(new ObjectMapper().writeValueAsString(Map.of("seconds", seconds)));
    }

    private static void check(BuildResult result) {
        if (result.failure().isPresent() || result.unchanged()) {
            throw new IllegalStateException("the rebuild did not render: " + result.failure().orElse("unchanged"));
        }
    }
}
