package seloste.load;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import seloste.model.Confirmation;
import seloste.model.SourcePosition;
import seloste.translation.LockFile;

/** Reads the translation lock file in each folder that holds a source file. */
final class LockReader {

    /** A lock file larger than this is not read: it would hold far more texts than any repository has. */
    private static final long MAX_BYTES = 4L * 1024 * 1024;

    private LockReader() {
    }

    /** The lock files beside {@code sources}: one per folder, where there is one. */
    static List<Path> files(List<Path> sources) {
        TreeSet<Path> folders = new TreeSet<>();
        sources.forEach(s -> folders.add(s.getParent()));
        return folders.stream().map(f -> f.resolve(LockFile.NAME))
                .filter(lock -> Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS)).toList();
    }

    static List<Confirmation> read(List<Path> sources, Function<Path, String> label, Problems problems) {
        List<Confirmation> out = new ArrayList<>();
        for (Path lock : files(sources)) {
            String name = label.apply(lock);
            try {
                if (Files.size(lock) > MAX_BYTES) {
                    problems.add(LoadIds.LIMIT, SourcePosition.wholeFile(name), "The lock file is larger than "
                            + MAX_BYTES / 1024 / 1024 + " MB; run 'seloste confirm' to write it anew.");
                    continue;
                }
                LockFile.Parsed parsed = LockFile.parse(Files.readString(lock), name);
                out.addAll(parsed.confirmations());
                parsed.unreadable().forEach(l -> problems.add(LoadIds.VALUE, l.at(), l.message()));
            } catch (CharacterCodingException e) {
                problems.add(LoadIds.ENCODING, SourcePosition.wholeFile(name), "The lock file is not valid UTF-8; "
                        + "run 'seloste confirm' to write it anew.");
            } catch (IOException e) {
                problems.add(LoadIds.IO, SourcePosition.wholeFile(name), "Cannot read the file: " + e.getMessage()
                        + ".");
            }
        }
        return out;
    }
}
