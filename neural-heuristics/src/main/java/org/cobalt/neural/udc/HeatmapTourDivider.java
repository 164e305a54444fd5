package org.cobalt.neural.udc;

import java.util.List;
import java.util.random.RandomGenerator;
import org.cobalt.core.routing.Metric;
import org.cobalt.neural.nn.GraphBatch;
import org.cobalt.neural.runtime.InferenceBackend;
import org.cobalt.neural.udc.model.HeatmapNetwork;

/**
 * The learned divide: one forward pass of the {@link HeatmapNetwork} on the instance's sparse kNN graph,
 * then a greedy heat-map decoding ({@link HeatmapDecoder}) from a random start node.
 */
public final class HeatmapTourDivider implements TourDivider {

    private final HeatmapNetwork network;
    private final InferenceBackend backend;

    /** Divides with {@code network} on {@code backend} (the caller closes the backend). */
    public HeatmapTourDivider(HeatmapNetwork network, InferenceBackend backend) {
        this.network = network;
        this.backend = backend;
    }

    @Override
    public String id() {
        return "heatmap";
    }

    @Override
    public int[] divide(Metric metric, PlanarPoints points, RandomGenerator random) {
        int n = points.size();
        if (n < 3) {
            int[] t = new int[n];
            for (int i = 0; i < n; i++) {
                t[i] = i;
            }
            return t;
        }
        TspGraph g = TspGraph.of(points, network.config().neighbors());
        float[] scores = backend.infer(network, GraphBatch.of(List.of(g.graph()))).values();
        return HeatmapDecoder.decode(g, scores, random.nextInt(n), true, random, false).tour();
    }
}
