package org.cobalt.neural.udc.train;

import ai.djl.ndarray.NDArray;
import java.util.List;
import java.util.SplittableRandom;
import org.cobalt.neural.runtime.djl.DjlOps;
import org.cobalt.neural.runtime.train.BatchLoss;
import org.cobalt.neural.udc.NormalizedPath;
import org.cobalt.neural.udc.model.PathBatch;
import org.cobalt.neural.udc.model.PathPolicy;
import org.cobalt.neural.udc.model.PathRollouts;

/**
 * REINFORCE with a POMO-style shared baseline for the conquer policy: every sub-problem is decoded by
 * {@code 2·perDirection} sampled rollouts (half from each end), the advantage of a rollout is the mean
 * length of its sub-problem's rollouts minus its own length, and the loss is
 * {@code −mean(advantage · Σ log p(choice))}. Lengths are in normalised units. Records the last batch's
 * mean rollout length for logging.
 */
final class ReinforceLoss implements BatchLoss<NormalizedPath> {

    private final PathPolicy policy;
    private final int perDirection;
    private final SplittableRandom random;
    private double lastMeanLength = Double.NaN;

    ReinforceLoss(PathPolicy policy, int perDirection, long seed) {
        this.policy = policy;
        this.perDirection = perDirection;
        this.random = new SplittableRandom(seed);
    }

    double lastMeanLength() {
        return lastMeanLength;
    }

    @Override
    public NDArray loss(DjlOps ops, List<NormalizedPath> batch) {
        PathBatch pb = PathBatch.of(batch);
        NDArray[] logp = {null};
        PathRollouts.Result r = PathRollouts.run(ops, policy, pb, perDirection, false, random, (logits, chosen, active) -> {
            float[] on = new float[active.length];
            for (int q = 0; q < on.length; q++) {
                on[q] = active[q] ? 1f : 0f;
            }
            NDArray picked = logits.logSoftmax(-1).gather(ops.indices(chosen).reshape(-1, 1), 1).reshape(-1)
                    .mul(ops.input(on, on.length));
            logp[0] = logp[0] == null ? picked : logp[0].add(picked);
        });
        int rollouts = r.orders().length;
        int per = 2 * perDirection;
        float[] adv = new float[rollouts];
        double total = 0;
        for (int s = 0; s < pb.batch(); s++) {
            double[] len = new double[per];
            double mean = 0;
            for (int k = 0; k < per; k++) {
                len[k] = batch.get(s).pathLength(r.orders()[s * per + k]);
                mean += len[k];
            }
            mean /= per;
            total += mean;
            for (int k = 0; k < per; k++) {
                adv[s * per + k] = (float) (mean - len[k]);
            }
        }
        lastMeanLength = total / pb.batch();
        return logp[0].mul(ops.input(adv, rollouts)).mean().neg();
    }
}
