package seloste.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where templates and phrases are read from: a folder the user can edit, or, when that folder does
 * not exist, the copy bundled in the jar under {@code templates/}.
 */
final class TemplateSource {

    static final String CLASSPATH_PREFIX = "templates";

    private final Path dir;

    private TemplateSource(Path dir) {
        this.dir = dir;
    }

    /** The folder when it exists, else the classpath. */
    static TemplateSource of(Path dir) {
        return dir != null && Files.isDirectory(dir) ? new TemplateSource(dir) : new TemplateSource(null);
    }

    /** A loader that cannot reach outside the folder (or outside {@code templates/} on the classpath). */
    TemplateLoader loader() throws IOException {
        if (dir != null) {
            return new FileTemplateLoader(dir.toFile());
        }
        return new ClassTemplateLoader(TemplateSource.class.getClassLoader(), CLASSPATH_PREFIX);
    }

    /** The UTF-8 text of a file such as {@code phrases/fi.yaml}. */
    String read(String name) throws IOException {
        if (dir != null) {
            return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
        }
        String resource = CLASSPATH_PREFIX + "/" + name;
        try (InputStream in = TemplateSource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("not found on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** How to name a file in a message: {@code templates/phrases/fi.yaml}. */
    String describe(String name) {
        return dir != null ? dir.resolve(name).toString() : "classpath:" + CLASSPATH_PREFIX + "/" + name;
    }
}
