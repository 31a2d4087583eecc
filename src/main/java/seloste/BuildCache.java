package seloste;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import seloste.parallel.Parallel;
import seloste.write.OutputComparison;

/**
 * What the previous build rendered from which inputs, kept in the output folder as
 * {@value #MANIFEST}: for each notice and language, a digest of everything its files are made
 * from (the notice's source, the controller and recipient files it draws on, the templates, the
 * build's options and seloste itself) and the files made. A unit whose digest is unchanged is
 * taken from the output folder instead of being rendered again.
 */
final class BuildCache {

    static final String MANIFEST = "seloste-manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path out;
    private final Map<String, Unit> previous;
    private final FileTime written;

    private BuildCache(Path out, Map<String, Unit> previous, FileTime written) {
        this.out = out;
        this.previous = previous;
        this.written = written;
    }

    /** One notice in one language: the digest of its inputs, and each file rendered from them with its digest. */
    record Unit(String inputs, Map<String, String> files) {

        static Unit of(String inputs, Map<String, byte[]> files) {
            Map<String, String> digests = new TreeMap<>();
            files.forEach((name, bytes) -> digests.put(name, HexFormat.of().formatHex(sha256().digest(bytes))));
            return new Unit(inputs, digests);
        }
    }

    /** The manifest of the output folder, or an empty cache when there is none or it cannot be read. */
    static BuildCache of(Path out) {
        Map<String, Unit> units = new TreeMap<>();
        Path manifest = out.resolve(MANIFEST);
        FileTime written = FileTime.fromMillis(Long.MIN_VALUE);
        if (Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            try {
                written = Files.getLastModifiedTime(manifest, LinkOption.NOFOLLOW_LINKS);
                JsonNode root = JSON.readTree(manifest.toFile());
                root.path("units").fields().forEachRemaining(e -> {
                    Map<String, String> files = new TreeMap<>();
                    e.getValue().path("files").fields().forEachRemaining(f -> files.put(f.getKey(), f.getValue().asText()));
                    units.put(e.getKey(), new Unit(e.getValue().path("inputs").asText(), files));
                });
            } catch (IOException | IllegalArgumentException e) {
                units.clear();
            }
        }
        return new BuildCache(out, units, written);
    }

    /**
     * True when the output folder holds exactly what the build that wrote the manifest wrote: every file
     * of the manifest, each as {@link #reuse} trusts it, {@code alsoWritten} byte for byte, and nothing else.
     */
    boolean intact(Map<String, byte[]> alsoWritten) throws IOException {
        if (previous.isEmpty()) {
            return false;
        }
        OutputComparison folder = new OutputComparison(out);
        for (Map.Entry<String, Unit> u : previous.entrySet()) {
            if (reuse(u.getKey(), u.getValue().inputs()).isEmpty()) {
                return false;
            }
            u.getValue().files().keySet().forEach(folder::keep);
        }
        for (Map.Entry<String, byte[]> f : alsoWritten.entrySet()) {
            folder.put(f.getKey(), f.getValue());
        }
        folder.keep(MANIFEST);
        return folder.differences().none();
    }

    /** Every file the previous build wrote, the manifest among them. */
    List<String> files() {
        TreeSet<String> all = new TreeSet<>();
        previous.values().forEach(u -> all.addAll(u.files().keySet()));
        all.add(MANIFEST);
        return List.copyOf(all);
    }

    /**
     * The files of {@code unit} (name to digest) when they were made from the same inputs and the output
     * folder still holds them with the bytes the manifest records. As make and git do, a file last
     * modified before the manifest was written is taken to be as the build left it; a file modified
     * since (by hand, or at the same tick of the clock) is read and its digest compared.
     */
    Optional<Unit> reuse(String unit, String inputs) {
        Unit u = previous.get(unit);
        if (u == null || !u.inputs().equals(inputs) || u.files().isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> e : u.files().entrySet()) {
            Path f = out.resolve(e.getKey()).normalize();
            if (!f.startsWith(out) || !Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            if (untouched(f)) {
                continue;
            }
            try (InputStream in = Files.newInputStream(f, LinkOption.NOFOLLOW_LINKS)) {
                MessageDigest md = sha256();
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    md.update(buffer, 0, n);
                }
                if (!HexFormat.of().formatHex(md.digest()).equals(e.getValue())) {
                    return Optional.empty();
                }
            } catch (IOException ex) {
                return Optional.empty();
            }
        }
        return Optional.of(u);
    }

    private boolean untouched(Path file) {
        try {
            return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).compareTo(written) < 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The manifest to write with a build whose units are {@code units}. */
    static byte[] manifest(Map<String, Unit> units) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode all = root.putObject("units");
        new TreeMap<>(units).forEach((name, u) -> {
            ObjectNode n = all.putObject(name);
            n.put("inputs", u.inputs());
            ObjectNode files = n.putObject("files");
            u.files().forEach(files::put);
        });
        try {
            return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root).replace("\r\n", "\n") + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    /** A digest of the given parts, each length-prefixed so that no two lists of parts collide. */
    static String digest(List<byte[]> parts) {
        MessageDigest md = sha256();
        for (byte[] p : parts) {
            md.update(Integer.toString(p.length).getBytes(StandardCharsets.US_ASCII));
            md.update((byte) ':');
            md.update(p);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The digest of a file's bytes. */
    static String digestOf(Path file) throws IOException {
        return digest(List.of(Files.readAllBytes(file)));
    }

    /** {@link #digestOf}, for a lambda: an {@link IOException} is thrown as an {@link UncheckedIOException}. */
    static String uncheckedDigestOf(Path file) {
        try {
            return digestOf(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A digest of every file under {@code dir} (the name and the digest of each, the files hashed in
     * parallel), or of nothing when it does not exist.
     */
    static byte[] treeDigest(Path dir) throws IOException {
        MessageDigest md = sha256();
        if (Files.isDirectory(dir)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            List<String> digests;
            try {
                digests = Parallel.map(files, BuildCache::uncheckedDigestOf);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            for (int i = 0; i < files.size(); i++) {
                md.update(dir.relativize(files.get(i)).toString().getBytes(StandardCharsets.UTF_8));
                md.update(digests.get(i).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return md.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
