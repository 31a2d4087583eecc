package seloste.preview;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Watches folders, and the folders inside them, and runs an action once a burst of changes has settled:
 * an editor's save often writes, renames and deletes several files within a few milliseconds.
 */
public final class Watcher implements AutoCloseable {

    private final WatchService service;
    private final Predicate<Path> relevant;
    private final Duration settle;
    private final Runnable action;
    private final Thread thread;

    /**
     * @param folders the folders to watch; a folder that does not exist is skipped
     * @param relevant which changed paths count: e.g. not those in the output folder
     * @param settle how long no further change must come before {@code action} runs
     * @param action what to run after a change, on the watcher's thread
     */
    public Watcher(List<Path> folders, Predicate<Path> relevant, Duration settle, Runnable action)
            throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.relevant = relevant;
        this.settle = settle;
        this.action = action;
        for (Path f : folders) {
            registerTree(f.toAbsolutePath().normalize());
        }
        this.thread = new Thread(this::run, "seloste-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || !relevant.test(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder, 8)) {
            for (Path d : walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                if (relevant.test(d)) {
                    d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                }
            }
        }
    }

    private void run() {
        try {
            while (true) {
                boolean changed = drain(service.take());
                WatchKey more;
                while ((more = service.poll(settle.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(more);
                }
                if (changed) {
                    action.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    /** Whether the key's events include a relevant change; new folders are watched from now on. */
    private boolean drain(WatchKey key) {
        boolean changed = false;
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed = true;
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (!relevant.test(path)) {
                continue;
            }
            changed = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    // a folder that vanished at once needs no watching
                }
            }
        }
        key.reset();
        return changed;
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
