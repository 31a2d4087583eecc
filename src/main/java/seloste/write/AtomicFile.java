package seloste.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes one file so that readers see either the old content or the new, never a part: the bytes go
 * to a hidden file beside it, which is then moved over it.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(file)) {
            throw new IOException(target + " is a symbolic link; seloste will not write through it");
        }
        Path parent = file.getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "." + file.getFileName(), ".tmp");
        try {
            Files.write(temp, content);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
