package seloste;

import java.nio.file.Path;
import java.util.Map;

/**
 * seloste's folder in the user's cache: {@code $XDG_CACHE_HOME/seloste}, or {@code ~/.cache/seloste} when that
 * variable is unset or not an absolute path. What is kept there is the user's own and never published: the
 * record of the last build into each output folder, and the daemon's sockets when there is no runtime folder.
 */
public final class UserCache {

    private UserCache() {
    }

    /** The folder, for the environment {@code env}. */
    public static Path folder(Map<String, String> env) {
        String home = env.get("XDG_CACHE_HOME");
        return home != null && !home.isBlank() && Path.of(home).isAbsolute() ? Path.of(home, "seloste")
                : Path.of(System.getProperty("user.home"), ".cache", "seloste");
    }
}
