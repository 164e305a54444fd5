package org.cobalt.neural.udc.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.cobalt.neural.runtime.Architectures;
import org.cobalt.neural.runtime.ModelArchitecture;
import org.cobalt.neural.runtime.ModelFiles;

/**
 * The UDC architectures for model files, and the trained models shipped with cobalt (class-path
 * resources under {@code org/cobalt/neural/udc/models/}).
 */
public final class UdcModels {

    /** File name (config) of the shipped conquer policy. */
    public static final String CONQUER = "udc-tsp-conquer.json";
    /** File name (config) of the shipped divide network. */
    public static final String DIVIDE = "udc-tsp-divide.json";
    private static final String RESOURCE_DIR = "/org/cobalt/neural/udc/models/";

    private UdcModels() {
    }

    /** The built-in architectures plus {@link PathPolicy} and {@link HeatmapNetwork}. */
    public static Architectures architectures() {
        return Architectures.builtIn()
                .with(new ModelArchitecture<>(PathPolicy.ARCHITECTURE, PathPolicyConfig.class, PathPolicy::new))
                .with(new ModelArchitecture<>(HeatmapNetwork.ARCHITECTURE, HeatmapConfig.class, HeatmapNetwork::new));
    }

    /** Model files that know the UDC architectures. */
    public static ModelFiles files() {
        return new ModelFiles(architectures());
    }

    /**
     * Copies the shipped model {@code configName} (and its parameter file) from the class path into a
     * fresh temporary folder, because model files are read from paths; empty when it is not shipped.
     * Delete it with {@link #deleteExtracted} once loaded.
     */
    public static Optional<Path> extractBundled(String configName) {
        String params = ModelFiles.paramsPathFor(Path.of(configName)).getFileName().toString();
        try (InputStream c = UdcModels.class.getResourceAsStream(RESOURCE_DIR + configName);
             InputStream p = UdcModels.class.getResourceAsStream(RESOURCE_DIR + params)) {
            if (c == null || p == null) {
                return Optional.empty();
            }
            Path dir = Files.createTempDirectory("cobalt-udc-model");
            Path config = dir.resolve(configName);
            Files.copy(c, config);
            Files.copy(p, dir.resolve(params));
            return Optional.of(config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract the shipped model " + configName, e);
        }
    }

    /** Removes a folder made by {@link #extractBundled} (best effort). */
    public static void deleteExtracted(Path config) {
        try {
            Files.deleteIfExists(ModelFiles.paramsPathFor(config));
            Files.deleteIfExists(config);
            Files.deleteIfExists(config.getParent());
        } catch (IOException e) {
            // a leftover temporary file is harmless
        }
    }
}
