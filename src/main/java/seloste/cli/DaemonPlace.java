package seloste.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import seloste.UserCache;

/**
 * Where the {@link Daemon} for one seloste, one Java and one environment listens: a socket in a folder only
 * this user can enter, named by a digest of everything that could make two runs differ besides the command
 * line and the working folder. A shell with another {@code SOURCE_DATE_EPOCH}, locale or seloste jar is
 * served by a daemon of its own.
 *
 * @param folder the folder of the sockets, readable by this user alone
 * @param key the digest that names this daemon's files
 */
record DaemonPlace(Path folder, String key) {

    /** The environment a run reads, itself or through Java: a daemon serves only shells that agree on them. */
    static final List<String> ENVIRONMENT = List.of("SOURCE_DATE_EPOCH", "XDG_CACHE_HOME", "HOME", "LANG", "LC_ALL",
            "LC_CTYPE", "TZ", "SELOSTE_JAVA_OPTS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");
    /** The longest socket path every Unix accepts (the limit is 104 or 108 bytes, with its final zero). */
    private static final int LONGEST_SOCKET_PATH = 100;
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");

    Path socket() {
        return folder.resolve(key + ".sock");
    }

    Path log() {
        return folder.resolve(key + ".log");
    }

    Path pid() {
        return folder.resolve(key + ".pid");
    }

    /**
     * The place for this process, or none when there is no folder that only this user can enter or the socket's
     * path would be too long: then every run starts its own Java.
     */
    static Optional<DaemonPlace> of(Map<String, String> env) {
        String runtime = env.get("XDG_RUNTIME_DIR");
        Path folder = runtime != null && Path.of(runtime).isAbsolute() ? Path.of(runtime, "seloste")
                : UserCache.folder(env).resolve("daemon");
        DaemonPlace place = new DaemonPlace(folder, key(env));
        if (place.socket().toString().getBytes(StandardCharsets.UTF_8).length > LONGEST_SOCKET_PATH) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PRIVATE));
            return isPrivate(folder) ? Optional.of(place) : Optional.empty();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** True when {@code folder} is a real folder of this user's that nobody else may read, write or enter. */
    static boolean isPrivate(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS);
        if (!PRIVATE.containsAll(permissions)) {
            return false;
        }
        // a file this process makes is this user's: the folder must belong to the same one
        Path probe = Files.createTempFile(folder, "owner", ".tmp");
        try {
            return Files.getAttribute(probe, "unix:uid").equals(Files.getAttribute(folder, "unix:uid",
                    LinkOption.NOFOLLOW_LINKS));
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    /** The digest of this Java, seloste's code and the {@link #ENVIRONMENT} a run reads. */
    static String key(Map<String, String> env) {
        StringBuilder b = new StringBuilder(Daemon.PROTOCOL).append('\n');
        b.append(System.getProperty("java.home")).append('\n').append(Runtime.version()).append('\n');
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            b.append(p.toAbsolutePath()).append(' ');
            try {
                b.append(Files.size(p)).append(' ').append(Files.getLastModifiedTime(p).toMillis());
            } catch (IOException e) {
                b.append('-');
            }
            b.append('\n');
        }
        for (String name : ENVIRONMENT) {
            b.append(name).append('=').append(env.getOrDefault(name, "")).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
