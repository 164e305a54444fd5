package org.cobalt.milp.bb.spi;

/**
 * Limits of a sub-MIP a heuristic solves with cobalt-bb (RINS and other large-neighbourhood searches).
 *
 * @param nodeLimit        branch-and-bound nodes at most
 * @param timeLimitSeconds wall-clock seconds at most (capped by the outer solve's remaining time)
 * @param objectiveCutoff  only solutions strictly better than this, in the sub-model's own objective
 *                         sense, are searched for (the sub-search prunes everything else);
 *                         {@code +infinity} for a minimization ({@code -infinity} for a maximization)
 *                         without cutoff
 */
public record SubMipLimits(long nodeLimit, double timeLimitSeconds, double objectiveCutoff) {

    public SubMipLimits {
        if (nodeLimit < 0 || !(timeLimitSeconds > 0) || Double.isNaN(objectiveCutoff)) {
            throw new IllegalArgumentException("invalid sub-MIP limits: nodes " + nodeLimit + ", seconds "
                    + timeLimitSeconds + ", cutoff " + objectiveCutoff);
        }
    }
}
