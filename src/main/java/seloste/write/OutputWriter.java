package seloste.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Replaces an output folder with a new set of files, so that readers see either the old folder or the
 * new one, never a mix. The files are written to a staging folder beside it, the old folder is moved
 * aside, the staging folder is moved into place, and the old one is deleted. An interrupted run
 * leaves the old folder (or its moved-aside copy, restored on the next run) whole.
 */
public final class OutputWriter {

    /** A relative path of lower-case segments: {@code fi/customers.html}. */
    private static final Pattern SAFE = Pattern.compile("(?:[a-z0-9][a-z0-9._-]*/)*[a-z0-9][a-z0-9._-]*");

    private final Path out;
    private final Path staging;
    private final Path previous;

    public OutputWriter(Path out) {
        this.out = out.toAbsolutePath().normalize();
        String name = this.out.getFileName().toString();
        this.staging = this.out.resolveSibling("." + name + ".staging");
        this.previous = this.out.resolveSibling("." + name + ".previous");
    }

    /** Makes the output folder hold exactly {@code files} (relative path to content). */
    public void replace(Map<String, byte[]> files) throws IOException {
        for (String path : files.keySet()) {
            if (!SAFE.matcher(path).matches() || path.contains("..")) {
                throw new IllegalArgumentException("unsafe output path: " + path);
            }
        }
        if (Files.isSymbolicLink(out)) {
            throw new IOException(out + " is a symbolic link; seloste replaces the output folder and will not "
                    + "follow a link out of it");
        }
        recover();
        deleteTree(staging);
        Files.createDirectories(staging);
        for (Map.Entry<String, byte[]> f : new java.util.TreeMap<>(files).entrySet()) {
            Path target = staging.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, f.getValue());
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            move(out, previous);
        }
        move(staging, out);
        deleteTree(previous);
    }

    /** Puts back an output folder that an interrupted run had moved aside. */
    private void recover() throws IOException {
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS)) {
            move(previous, out);
        }
        deleteTree(previous);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder and everything in it, without following symbolic links out of it. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
