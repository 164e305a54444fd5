package org.cobalt.neural.revibranch;

/**
 * Hyper-parameters of {@link ReviBranchNet} (written into model files).
 *
 * @param constraintFeatures features per constraint node (5, Gasse et al.)
 * @param variableFeatures   features per variable node (19)
 * @param edgeFeatures       features per edge (1)
 * @param embedding          width of every embedding
 * @param heads              attention heads of the path encoder ({@code embedding % heads == 0})
 * @param maxPath            states per revived trajectory: the node and up to {@code maxPath - 1} ancestors
 *                           (1 = no revival, the plain-DQN ablation)
 */
public record ReviBranchConfig(int constraintFeatures, int variableFeatures, int edgeFeatures, int embedding, int heads,
                               int maxPath) {

    /** Validates the widths. */
    public ReviBranchConfig {
        if (constraintFeatures <= 0 || variableFeatures <= 0 || edgeFeatures <= 0 || embedding <= 0 || heads <= 0
                || embedding % heads != 0 || maxPath <= 0) {
            throw new IllegalArgumentException("invalid ReviBranch config: " + constraintFeatures + "/" + variableFeatures
                    + "/" + edgeFeatures + " features, embedding " + embedding + ", heads " + heads + ", path " + maxPath);
        }
    }

    /** cobalt-bb's Gasse features with the given width, 2 heads and path length. */
    public static ReviBranchConfig forBb(int embedding, int maxPath) {
        return new ReviBranchConfig(5, 19, 1, embedding, 2, maxPath);
    }
}
