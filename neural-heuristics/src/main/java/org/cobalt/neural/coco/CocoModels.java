package org.cobalt.neural.coco;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.cobalt.neural.pas.RegionSettings;
import org.cobalt.neural.runtime.Architectures;
import org.cobalt.neural.runtime.ModelArchitecture;
import org.cobalt.neural.runtime.ModelFileException;
import org.cobalt.neural.runtime.ModelFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Model files of solution predictors: the runtime's format ({@code name.json} + {@code name.params},
 * see docs/neural-runtime.md) with architecture {@code coco-gnn}, plus metadata that predict-and-search
 * reads: the instance class, the loss, and the tuned trust region ({@code pas.k0}, {@code pas.k1},
 * {@code pas.delta}).
 */
public final class CocoModels {

    /** Metadata key of the suggested k0. */
    public static final String META_K0 = "pas.k0";
    /** Metadata key of the suggested k1. */
    public static final String META_K1 = "pas.k1";
    /** Metadata key of the suggested delta. */
    public static final String META_DELTA = "pas.delta";

    private final ModelFiles files;

    /** Model files that know {@code coco-gnn} besides the runtime's built-in architectures. */
    public CocoModels() {
        this.files = new ModelFiles(Architectures.builtIn()
                .with(new ModelArchitecture<>(CocoGnn.ARCHITECTURE, CocoConfig.class, CocoGnn::new)));
    }

    /**
     * A loaded predictor network with its metadata.
     *
     * @param model    the network
     * @param metadata the file's metadata (free-form strings)
     */
    public record Loaded(CocoGnn model, Map<String, String> metadata) {

        /** The trust region stored with the model, if all three sizes are there. */
        public Optional<RegionSettings> region() {
            String k0 = metadata.get(META_K0);
            String k1 = metadata.get(META_K1);
            String d = metadata.get(META_DELTA);
            if (k0 == null || k1 == null || d == null) {
                return Optional.empty();
            }
            return Optional.of(RegionSettings.parse(k0, k1, d));
        }
    }

    /** Saves a network with metadata. */
    public void save(CocoGnn model, Path configFile, Map<String, String> metadata) throws IOException {
        files.save(model, configFile, metadata);
    }

    /** Loads and validates a {@code coco-gnn} model file (features must be {@link MilpFeatures}'). */
    public Loaded load(Path configFile) throws ModelFileException {
        CocoGnn model = files.load(configFile, CocoGnn.class, new CocoGnn(CocoConfig.standard(false), 0).features());
        return new Loaded(model, metadata(configFile));
    }

    /** The metadata object of a model file (empty when absent). */
    public static Map<String, String> metadata(Path configFile) throws ModelFileException {
        try {
            JsonNode root = JsonMapper.builder().build().readTree(Files.readAllBytes(configFile));
            Map<String, String> out = new LinkedHashMap<>();
            JsonNode m = root.get("metadata");
            if (m != null && m.isObject()) {
                for (Map.Entry<String, JsonNode> e : m.properties()) {
                    out.put(e.getKey(), e.getValue().asString());
                }
            }
            return out;
        } catch (IOException | JacksonException e) {
            throw new ModelFileException(configFile, ModelFileException.Kind.CORRUPT, "cannot read metadata: " + e.getMessage(), e);
        }
    }
}
