package org.cobalt.neural.udc.model;

/**
 * One decoding state per sub-problem of a {@link PathBatch}: the input of {@link PathPolicy#forward},
 * which scores the next node of every sub-problem (the rollout code uses the cheaper
 * encode-once API instead).
 *
 * @param paths      the sub-problems
 * @param current    local index of the node each path currently ends at
 * @param target     local index of the end the path must reach last
 * @param selectable [batch, nodes]: 1 = may come next
 */
public record PathStep(PathBatch paths, int[] current, int[] target, float[] selectable) {

    /** Checks sizes. */
    public PathStep {
        if (current.length != paths.batch() || target.length != paths.batch()
                || selectable.length != paths.batch() * paths.nodes()) {
            throw new IllegalArgumentException("decoding state does not match the batch");
        }
    }
}
