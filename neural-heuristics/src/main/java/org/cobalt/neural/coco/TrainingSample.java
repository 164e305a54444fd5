package org.cobalt.neural.coco;

import java.util.Objects;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.neural.nn.BipartiteGraph;

/**
 * One training instance: its feature graph and its solution pool with a weight per solution
 * ({@code softmax(-gap_q / tau_w)}: better solutions weigh more; CoCo-MILP's reference code weighs by
 * {@code exp(-objective / norm)} with a hand-set norm per class, the gap makes one setting fit every
 * class).
 *
 * @param instance instance name
 * @param graph    the {@link MilpFeatures} graph
 * @param pool     the labels (not empty)
 * @param weights  one weight per pool solution, summing to 1
 */
public record TrainingSample(String instance, BipartiteGraph graph, SolutionPool pool, double[] weights) {

    /** Checks sizes. */
    public TrainingSample {
        Objects.requireNonNull(graph, "graph");
        if (pool.isEmpty()) {
            throw new IllegalArgumentException(instance + ": a training sample needs at least one solution");
        }
        if (weights.length != pool.size() || graph.numVariables() != pool.numVariables()) {
            throw new IllegalArgumentException(instance + ": pool, weights and graph do not fit together");
        }
        weights = weights.clone();
    }

    /** A sample of {@code model} labelled by {@code pool}, weights with gap temperature {@code tau}. */
    public static TrainingSample of(MilpModel model, SolutionPool pool, double tau) {
        if (!(tau > 0)) {
            throw new IllegalArgumentException("solution weight temperature must be positive, got " + tau);
        }
        double[] w = new double[pool.size()];
        double sum = 0;
        for (int k = 0; k < w.length; k++) {
            w[k] = Math.exp(-pool.gap(k) / tau); // the best has gap 0, so the largest term is 1: no overflow
            sum += w[k];
        }
        for (int k = 0; k < w.length; k++) {
            w[k] /= sum;
        }
        return new TrainingSample(model.name(), MilpFeatures.graph(model), pool, w);
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** Weight of solution {@code k}. */
    public double weight(int k) {
        return weights[k];
    }

    /** Probability-weighted marginals: {@code sum_q w_q x_qi} for every labelled binary. */
    public float[] marginals() {
        float[] y = new float[pool.numBinaries()];
        for (int k = 0; k < pool.size(); k++) {
            for (int i = 0; i < y.length; i++) {
                if (pool.value(k, i)) {
                    y[i] += (float) weights[k];
                }
            }
        }
        return y;
    }
}
