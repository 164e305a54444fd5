package org.cobalt.neural.udc.model;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.neural.nn.EdgeGatedGnn;
import org.cobalt.neural.nn.FeatureSchema;
import org.cobalt.neural.nn.GatedGnnConfig;
import org.cobalt.neural.nn.GraphBatch;
import org.cobalt.neural.nn.NeuralModel;
import org.cobalt.neural.nn.Parameter;
import org.cobalt.neural.nn.TensorOps;

/**
 * UDC's divide network: an anisotropic (edge-gated) GNN on the sparse k-nearest-neighbour graph of the
 * instance ({@link EdgeGatedGnn}) whose edge logits, minus a learned multiple of the scaled edge length,
 * form the heat-map an initial tour is decoded from ({@link HeatmapDecoder}). Input: node features
 * (x, y) normalised to the unit square, edge feature the edge length times √n. Output: one score per
 * directed edge [edges]; edge j → i scores moving from i to j.
 */
public final class HeatmapNetwork implements NeuralModel<GraphBatch> {

    /** Architecture name in model files. */
    public static final String ARCHITECTURE = "udc-heatmap";
    private final HeatmapConfig config;
    private final EdgeGatedGnn gnn;
    private final Parameter distanceBias;

    /** A freshly initialised network. */
    public HeatmapNetwork(HeatmapConfig config, long seed) {
        this.config = config;
        this.gnn = new EdgeGatedGnn(new GatedGnnConfig(2, 1, config.hidden(), config.layers()), seed);
        this.distanceBias = new Parameter("distance_bias", new int[] {1, 1}, new float[] {config.distanceBiasInit()},
                true);
    }

    @Override
    public String architecture() {
        return ARCHITECTURE;
    }

    @Override
    public HeatmapConfig config() {
        return config;
    }

    @Override
    public FeatureSchema features() {
        return gnn.features();
    }

    @Override
    public <T> T forward(TensorOps<T> ops, GraphBatch batch) {
        int e = batch.union().numEdges();
        T logits = gnn.forward(ops, batch);
        T len = ops.reshape(ops.matmul(ops.input(batch.union().edgeFeatures(), e, 1), ops.param(distanceBias)), e);
        T out = ops.sub(logits, len);
        ops.release(logits);
        ops.release(len);
        return out;
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> ps = new ArrayList<>(gnn.parameters());
        ps.add(distanceBias);
        return List.copyOf(ps);
    }
}
