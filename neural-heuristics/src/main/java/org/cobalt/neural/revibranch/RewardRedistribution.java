package org.cobalt.neural.revibranch;

/**
 * Turns an episode's single delayed reward {@code R = -treeNodes / scale} into per-decision rewards.
 * Both implementations hand out exactly {@code R} in total.
 */
public interface RewardRedistribution {

    /** Per-decision rewards of {@code store}'s decisions, summing to {@code episodeReward}. */
    double[] rewards(EpisodeStore store, double episodeReward);

    /** Short name for logs and model metadata. */
    String name();

    /**
     * ReviBranch's redistribution: decision {@code i} receives {@code R · w_i} with importance weight
     * {@code w_i = s_i / Σ_j s_j}, {@code s_i} the size of the subtree its branching produced
     * ({@link EpisodeStore#subtreeSizes()}): a decision is charged in proportion to the part of the tree
     * that hangs below it.
     */
    static RewardRedistribution importanceWeighted() {
        return new RewardRedistribution() {
            @Override
            public double[] rewards(EpisodeStore store, double episodeReward) {
                long[] sizes = store.subtreeSizes();
                double total = 0;
                for (long s : sizes) {
                    total += s;
                }
                double[] r = new double[sizes.length];
                for (int i = 0; i < sizes.length; i++) {
                    r[i] = episodeReward * sizes[i] / total;
                }
                return r;
            }

            @Override
            public String name() {
                return "importance";
            }
        };
    }

    /** The ablation: the whole reward at the last decision, zero before (sparse, delayed). */
    static RewardRedistribution terminal() {
        return new RewardRedistribution() {
            @Override
            public double[] rewards(EpisodeStore store, double episodeReward) {
                double[] r = new double[store.size()];
                if (r.length > 0) {
                    r[r.length - 1] = episodeReward;
                }
                return r;
            }

            @Override
            public String name() {
                return "terminal";
            }
        };
    }
}
