package org.cobalt.neural.coco;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.VarType;
import org.cobalt.neural.nn.BipartiteBatch;
import org.cobalt.neural.nn.BipartiteGraph;
import org.cobalt.neural.pas.Prediction;
import org.cobalt.neural.pas.RegionSettings;
import org.cobalt.neural.pas.SolutionPredictor;
import org.cobalt.neural.runtime.Backends;
import org.cobalt.neural.runtime.InferenceBackend;
import org.cobalt.neural.runtime.ModelOutput;

/**
 * A trained {@link CocoGnn} as a {@link SolutionPredictor}: builds the {@link MilpFeatures} graph,
 * runs one forward pass on the inference backend ({@link Backends#open()}: the GPU when one is usable,
 * else DJL on the CPU) and returns {@code sigmoid(logit)} for every binary. Holds the backend until
 * {@link #close()}.
 */
public final class GnnSolutionPredictor implements SolutionPredictor, AutoCloseable {

    private final String name;
    private final CocoGnn model;
    private final RegionSettings region;
    private InferenceBackend backend;

    /**
     * @param name   description for messages
     * @param model  the trained network
     * @param region the trust region stored with it, or null
     */
    public GnnSolutionPredictor(String name, CocoGnn model, RegionSettings region) {
        this.name = Objects.requireNonNull(name, "name");
        this.model = Objects.requireNonNull(model, "model");
        this.region = region;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<RegionSettings> suggestedRegion() {
        return Optional.ofNullable(region);
    }

    /** The network's logits for {@code milp} (one per variable). */
    public float[] logits(MilpModel milp) {
        BipartiteGraph g = MilpFeatures.graph(milp);
        if (backend == null) {
            backend = Backends.open();
        }
        ModelOutput out = backend.infer(model, BipartiteBatch.of(List.of(g)));
        return out.values();
    }

    @Override
    public Prediction predict(MilpModel milp) {
        float[] z = logits(milp);
        double[] p = new double[milp.numVariables()];
        for (int j = 0; j < p.length; j++) {
            p[j] = milp.type(j) == VarType.BINARY ? 1.0 / (1.0 + Math.exp(-z[j])) : Double.NaN;
        }
        return new Prediction(p);
    }

    @Override
    public void close() {
        if (backend != null) {
            backend.close();
            backend = null;
        }
    }
}
