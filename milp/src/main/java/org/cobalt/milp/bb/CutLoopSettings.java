package org.cobalt.milp.bb;

/**
 * How the engine runs the root cut loop and selects the cuts separators return (see
 * {@link org.cobalt.milp.bb.spi.CutSeparator}). Immutable; change with the {@code with*} copies.
 *
 * @param maxRounds        separation rounds at most (0 disables cutting)
 * @param maxCutsPerRound  cuts added to the LP per round at most
 * @param minEfficacy      cuts with a smaller efficacy (distance of the LP point to the cut) are dropped
 *                         (SCIP's default 1e-4)
 * @param maxParallelism   a cut whose cosine with an already selected cut of the round exceeds this is
 *                         skipped (SCIP's minimal orthogonality 0.9 means 0.1)
 * @param stallRounds      stop after this many consecutive rounds whose bound improved by less than
 *                         {@code minRelativeImprovement}
 * @param minRelativeImprovement bound improvement of a round, relative to {@code max(1, |bound|)}, that
 *                         counts as progress
 * @param maxSlackAge      a cut that has been slack (basic logical) for this many consecutive rounds is
 *                         removed from the LP; after the loop, slack cuts are removed before branching
 */
public record CutLoopSettings(int maxRounds, int maxCutsPerRound, double minEfficacy, double maxParallelism,
                              int stallRounds, double minRelativeImprovement, int maxSlackAge) {

    /** The documented defaults. */
    public static final CutLoopSettings DEFAULT = new CutLoopSettings(20, 100, 1e-4, 0.1, 3, 1e-4, 3);

    /** No cutting at all. */
    public static final CutLoopSettings OFF = DEFAULT.withMaxRounds(0);

    public CutLoopSettings {
        if (maxRounds < 0 || maxCutsPerRound < 0 || !(minEfficacy >= 0) || !(maxParallelism > 0 && maxParallelism <= 1)
                || stallRounds < 1 || !(minRelativeImprovement >= 0) || maxSlackAge < 1) {
            throw new IllegalArgumentException("invalid cut loop settings " + this);
        }
    }

    public CutLoopSettings withMaxRounds(int k) {
        return new CutLoopSettings(k, maxCutsPerRound, minEfficacy, maxParallelism, stallRounds, minRelativeImprovement, maxSlackAge);
    }

    public CutLoopSettings withMaxCutsPerRound(int k) {
        return new CutLoopSettings(maxRounds, k, minEfficacy, maxParallelism, stallRounds, minRelativeImprovement, maxSlackAge);
    }

    public CutLoopSettings withMinEfficacy(double e) {
        return new CutLoopSettings(maxRounds, maxCutsPerRound, e, maxParallelism, stallRounds, minRelativeImprovement, maxSlackAge);
    }

    public CutLoopSettings withMaxParallelism(double p) {
        return new CutLoopSettings(maxRounds, maxCutsPerRound, minEfficacy, p, stallRounds, minRelativeImprovement, maxSlackAge);
    }

    public CutLoopSettings withStallRounds(int k) {
        return new CutLoopSettings(maxRounds, maxCutsPerRound, minEfficacy, maxParallelism, k, minRelativeImprovement, maxSlackAge);
    }

    public CutLoopSettings withMinRelativeImprovement(double r) {
        return new CutLoopSettings(maxRounds, maxCutsPerRound, minEfficacy, maxParallelism, stallRounds, r, maxSlackAge);
    }

    public CutLoopSettings withMaxSlackAge(int k) {
        return new CutLoopSettings(maxRounds, maxCutsPerRound, minEfficacy, maxParallelism, stallRounds, minRelativeImprovement, k);
    }
}
