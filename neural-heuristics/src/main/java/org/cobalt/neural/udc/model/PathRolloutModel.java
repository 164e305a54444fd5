package org.cobalt.neural.udc.model;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.cobalt.neural.nn.FeatureSchema;
import org.cobalt.neural.nn.NeuralModel;
import org.cobalt.neural.nn.Parameter;
import org.cobalt.neural.nn.TensorOps;

/**
 * A whole decoding run of a {@link PathPolicy} as one forward pass, so that any
 * {@link org.cobalt.neural.runtime.InferenceBackend} (DJL on the CPU, the CUDA backend) runs the
 * conquer step through the ordinary {@code infer} call: the host picks nodes between steps and the
 * output holds the orders. Shares the policy's parameters; not saved by itself.
 */
public final class PathRolloutModel implements NeuralModel<PathRolloutModel.Request> {

    private final PathPolicy policy;

    /**
     * What to decode.
     *
     * @param batch        the sub-problems
     * @param perDirection rollouts per sub-problem and direction (the first of each greedy)
     * @param seed         seed of the sampled rollouts
     * @param stop         polled before every decoding step; when it answers true the run is abandoned
     *                     and every rollout returns its path unchanged (null = never)
     */
    public record Request(PathBatch batch, int perDirection, long seed, BooleanSupplier stop) {

        /** A request that always runs to the end. */
        public Request(PathBatch batch, int perDirection, long seed) {
            this(batch, perDirection, seed, null);
        }
    }

    /** Wraps {@code policy}. */
    public PathRolloutModel(PathPolicy policy) {
        this.policy = policy;
    }

    /** The wrapped policy. */
    public PathPolicy policy() {
        return policy;
    }

    @Override
    public String architecture() {
        return policy.architecture();
    }

    @Override
    public Record config() {
        return policy.config();
    }

    @Override
    public FeatureSchema features() {
        return policy.features();
    }

    /**
     * Output [rollouts, nodes]: local node indices as floats, -1 past a path's end. Rollout order:
     * sub-problem by sub-problem, forward rollouts then backward ones (as {@link PathRollouts}).
     */
    @Override
    public <T> T forward(TensorOps<T> ops, Request in) {
        PathRollouts.Result r = PathRollouts.run(ops, policy, in.batch(), in.perDirection(), true,
                new SplittableRandom(in.seed()), null, in.stop());
        int m = in.batch().nodes();
        float[] out = new float[r.orders().length * m];
        java.util.Arrays.fill(out, -1f);
        for (int q = 0; q < r.orders().length; q++) {
            for (int j = 0; j < r.orders()[q].length; j++) {
                out[q * m + j] = r.orders()[q][j];
            }
        }
        return ops.input(out, r.orders().length, m);
    }

    @Override
    public List<Parameter> parameters() {
        return policy.parameters();
    }
}
