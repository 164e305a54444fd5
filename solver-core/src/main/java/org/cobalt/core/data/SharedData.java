package org.cobalt.core.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the public benchmark data folder ({@code shared/data}) that sits beside a checkout. It is
 * read in place, never copied. Looked up in order: system property {@code cobalt.shared.dir},
 * environment variable {@code COBALT_SHARED_DIR} (either naming the {@code shared} folder), then a
 * {@code shared} folder beside the working directory or any of its parents.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The {@code shared/data} folder, if present. */
    public static Optional<Path> dataDir() {
        String prop = System.getProperty("cobalt.shared.dir");
        if (prop != null && !prop.isBlank()) {
            Optional<Path> p = data(Path.of(prop));
            if (p.isPresent()) {
                return p;
            }
        }
        String env = System.getenv("COBALT_SHARED_DIR");
        if (env != null && !env.isBlank()) {
            Optional<Path> p = data(Path.of(env));
            if (p.isPresent()) {
                return p;
            }
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Optional<Path> p = data(dir.resolve("shared"));
            if (p.isPresent()) {
                return p;
            }
            Optional<Path> q = data(dir.resolveSibling("shared"));
            if (q.isPresent()) {
                return q;
            }
        }
        return Optional.empty();
    }

    /** A path inside {@code shared/data} (e.g. {@code milp/miplib3}), if the folder and the path exist. */
    public static Optional<Path> resolve(String relative) {
        return dataDir().map(d -> d.resolve(relative)).filter(Files::exists);
    }

    private static Optional<Path> data(Path shared) {
        Path d = shared.resolve("data");
        return Files.isDirectory(d) ? Optional.of(d.toAbsolutePath().normalize()) : Optional.of(shared)
                .filter(s -> s.getFileName() != null && s.getFileName().toString().equals("data") && Files.isDirectory(s))
                .map(s -> s.toAbsolutePath().normalize());
    }
}
