package org.cobalt.neural.branching;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.cobalt.neural.runtime.ModelFiles;

/**
 * Where the GCNN brancher's model comes from: a file the user names, or the model shipped in this module's
 * jar under {@value #BUNDLED} (trained by {@code cobalt train gcnn}, see docs/gcnn-brancher.md). Model files
 * are read through {@link ModelFiles}, which takes paths, so the shipped pair is first copied out of the jar.
 */
public final class GcnnModels {

    /** Class-path location of the shipped model's config (its parameters sit beside it). */
    public static final String BUNDLED = "models/gcnn-setcover.json";

    private GcnnModels() {
    }

    /**
     * Copies the shipped model into {@code dir} and returns its config file, or empty when this build
     * has no shipped model.
     */
    public static Optional<Path> extractBundled(Path dir) throws IOException {
        String params = BUNDLED.substring(0, BUNDLED.length() - ".json".length()) + ".params";
        Path config = dir.resolve(Path.of(BUNDLED).getFileName().toString());
        if (!copy(BUNDLED, config) || !copy(params, ModelFiles.paramsPathFor(config))) {
            return Optional.empty();
        }
        return Optional.of(config);
    }

    private static boolean copy(String resource, Path target) throws IOException {
        ClassLoader cl = GcnnModels.class.getClassLoader();
        try (InputStream in = cl.getResourceAsStream(resource)) {
            if (in == null) {
                return false;
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return true;
        }
    }
}
