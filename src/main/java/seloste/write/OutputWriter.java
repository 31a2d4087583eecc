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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Replaces an output folder with a new set of files, so that readers see either the old folder or the
 * new one, never a mix. The files are written to a staging folder beside it as the build makes them,
 * the old folder is moved aside, the staging folder is moved into place, and the old one is deleted.
 * A failed or interrupted run leaves the old folder (or its moved-aside copy, restored on the next
 * run) whole.
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
            checkSafe(path);
        }
        try (Staging staging = stage()) {
            for (Map.Entry<String, byte[]> f : new TreeMap<>(files).entrySet()) {
                staging.put(f.getKey(), f.getValue());
            }
            staging.commit();
        }
    }

    /**
     * Starts writing a new output folder: files go to a clean staging folder as they are put, and
     * {@link Staging#commit()} swaps it in. Closing a staging that was not committed deletes it and
     * leaves the output folder as it was.
     */
    public Staging stage() throws IOException {
        if (Files.isSymbolicLink(out)) {
            throw new IOException(out + " is a symbolic link; seloste replaces the output folder and will not "
                    + "follow a link out of it");
        }
        recover();
        deleteTree(staging);
        Files.createDirectories(staging);
        return new Staging();
    }

    /**
     * The new output folder while it is written. A file put is written at once; a file kept is linked
     * (or copied) from the output folder when the new folder is committed, and not at all when the old
     * folder already holds exactly the new files. Nothing of the build is held in memory.
     */
    public final class Staging implements OutputSink, AutoCloseable {

        private final OutputComparison comparison;
        private final List<String> kept = new ArrayList<>();
        private boolean done;

        private Staging() throws IOException {
            this.comparison = new OutputComparison(out);
        }

        @Override
        public void put(String name, byte[] bytes) throws IOException {
            Path target = target(name);
            Files.write(target, bytes);
            comparison.put(name, bytes);
        }

        @Override
        public void keep(String name) {
            checkSafe(name);
            kept.add(name);
            comparison.keep(name);
        }

        private Path target(String name) throws IOException {
            checkSafe(name);
            Path target = staging.resolve(name);
            Files.createDirectories(target.getParent());
            return target;
        }

        /**
         * Puts the new folder in place of the old one, unless the old one already holds exactly the
         * same files, which is then left as it is.
         *
         * @return whether the output folder changed
         */
        public boolean commit() throws IOException {
            if (comparison.differences().none()) {
                done = true;
                deleteTree(staging);
                return false;
            }
            for (String name : kept) {
                Path old = out.resolve(name);
                Path target = target(name);
                try {
                    Files.createLink(target, old);
                } catch (UnsupportedOperationException | IOException e) {
                    Files.copy(old, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                move(out, previous);
            }
            move(staging, out);
            // until here a failure leaves the staging folder to close(), which deletes it
            done = true;
            deleteTree(previous);
            return true;
        }

        /** Deletes the staging folder of a build that did not commit. */
        @Override
        public void close() throws IOException {
            if (!done) {
                done = true;
                deleteTree(staging);
            }
        }
    }

    private static void checkSafe(String path) {
        if (!SAFE.matcher(path).matches() || path.contains("..")) {
            throw new IllegalArgumentException("unsafe output path: " + path);
        }
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
