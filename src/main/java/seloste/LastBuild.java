package seloste;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import seloste.check.Finding;
import seloste.check.Severity;
import seloste.model.SourcePosition;
import seloste.report.Reports;
import seloste.write.AtomicFile;

/**
 * What the last build into an output folder was made from and what it reported, so that a build from
 * the same inputs, into a folder that still holds what that build wrote, can report the same without
 * loading anything (as make says "nothing to be done"). It is kept in the user's cache folder
 * ({@link UserCache}{@code /builds}), one file per output
 * folder, and not in the output folder: that is published as it is, and neither the findings nor the
 * ids of withheld notices are for the public.
 *
 * <p>Only what a build can vouch for is believed: the file names the {@link BuildStamp stamp} of the
 * inputs and the digest of the manifest the build wrote, and a file that is missing, unreadable or
 * made by another version of this format counts as no last build.
 *
 * @param stamp the stamp of everything the build read
 * @param sources the source files it read, as messages name them
 * @param published ids of the notices it wrote
 * @param withheld ids of the notices it did not write because of errors
 * @param findings everything it found
 */
record LastBuild(String stamp, List<String> sources, List<String> published, List<String> withheld,
        List<Finding> findings) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORMAT = "seloste last build 2";

    LastBuild {
        sources = List.copyOf(sources);
        published = List.copyOf(published);
        withheld = List.copyOf(withheld);
        findings = List.copyOf(findings);
    }

    /** The last build into {@code out}, when it is on record and the manifest in {@code out} is the one it wrote. */
    static Optional<LastBuild> of(Path out) {
        try {
            Path file = file(out);
            Path manifest = out.resolve(BuildCache.MANIFEST);
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    || !Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            JsonNode root = JSON.readTree(file.toFile());
            if (!root.path("format").asText().equals(FORMAT) || !root.path("out").asText().equals(out.toString())) {
                return Optional.empty();
            }
            if (!root.path("manifest").asText().equals(BuildCache.digestOf(manifest))) {
                return Optional.empty();
            }
            return Optional.of(new LastBuild(root.path("stamp").asText(), strings(root.path("sources")),
                    strings(root.path("published")), strings(root.path("withheld")), findings(root.path("findings"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Records this build as the last into {@code out}, with the manifest it has just written there. Best
     * effort: when there is no manifest (nothing was published) or the cache folder cannot be written, the
     * next build loads everything, as if there had been no last build.
     */
    void save(Path out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("out", out.toString());
        root.put("stamp", stamp);
        sources.forEach(root.putArray("sources")::add);
        published.forEach(root.putArray("published")::add);
        withheld.forEach(root.putArray("withheld")::add);
        ArrayNode all = root.putArray("findings");
        findings.forEach(f -> all.add(JSON.valueToTree(Reports.fields(f))));
        try {
            root.put("manifest", BuildCache.digestOf(out.resolve(BuildCache.MANIFEST)));
            Path file = file(out);
            Files.createDirectories(file.getParent());
            AtomicFile.write(file, JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // nothing lost: the next build loads and checks everything
        }
    }

    /** The file that records the last build into {@code out} (an absolute, normalised path). */
    static Path file(Path out) {
        String name = BuildCache.digest(List.of(out.toString().getBytes(StandardCharsets.UTF_8))) + ".json";
        return UserCache.folder(System.getenv()).resolve("builds").resolve(name);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(s -> out.add(s.asText()));
        return out;
    }

    private static List<Finding> findings(JsonNode array) {
        List<Finding> out = new ArrayList<>();
        for (JsonNode f : array) {
            JsonNode notice = f.path("notice");
            SourcePosition at = new SourcePosition(f.path("file").asText(), f.path("line").asInt(),
                    f.path("column").asInt());
            Severity severity = Severity.valueOf(f.path("severity").asText().toUpperCase(Locale.ROOT));
            out.add(new Finding(f.path("rule").asText(), severity,
                    f.path("message").asText(), at, notice.isTextual() ? Optional.of(notice.asText()) : Optional.empty()));
        }
        return out;
    }
}
