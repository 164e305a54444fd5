package org.cobalt.neural.coco;

import java.time.Duration;

/**
 * How a solution pool is collected (see {@link NoGoodPoolCollector}).
 *
 * @param mainTimeLimit  time limit of the first, unrestricted solve
 * @param rounds         further solves, each excluding every solution found so far (no-good cuts)
 * @param roundTimeLimit time limit of each further solve
 * @param radius         local-branching radius of the further solves around the best solution (Hamming
 *                       distance over the binaries); 0 = unrestricted
 * @param maxSize        solutions kept at most (the best ones)
 * @param maxGap         solutions whose primal gap to the best exceeds this are dropped
 * @param seed           seed of the first solve; round {@code r} uses {@code seed + r}
 */
public record PoolSettings(Duration mainTimeLimit, int rounds, Duration roundTimeLimit, int radius, int maxSize,
                           double maxGap, long seed) {

    /** Validates. */
    public PoolSettings {
        if (mainTimeLimit == null || roundTimeLimit == null || mainTimeLimit.isNegative() || mainTimeLimit.isZero()
                || roundTimeLimit.isNegative() || roundTimeLimit.isZero()) {
            throw new IllegalArgumentException("time limits must be positive");
        }
        if (rounds < 0 || radius < 0 || maxSize < 1 || !(maxGap >= 0)) {
            throw new IllegalArgumentException("need rounds >= 0, radius >= 0, maxSize >= 1, maxGap >= 0; got "
                    + rounds + ", " + radius + ", " + maxSize + ", " + maxGap);
        }
    }

    /** The settings used for cobalt's CoCo-MILP training data (docs/coco.md). */
    public static PoolSettings defaults() {
        return new PoolSettings(Duration.ofSeconds(20), 8, Duration.ofSeconds(5), 20, 20, 0.10, 0);
    }

    /** A copy with another main time limit. */
    public PoolSettings withMainTimeLimit(Duration d) {
        return new PoolSettings(d, rounds, roundTimeLimit, radius, maxSize, maxGap, seed);
    }

    /** A copy with another number of rounds. */
    public PoolSettings withRounds(int r) {
        return new PoolSettings(mainTimeLimit, r, roundTimeLimit, radius, maxSize, maxGap, seed);
    }

    /** A copy with another round time limit. */
    public PoolSettings withRoundTimeLimit(Duration d) {
        return new PoolSettings(mainTimeLimit, rounds, d, radius, maxSize, maxGap, seed);
    }

    /** A copy with another seed. */
    public PoolSettings withSeed(long s) {
        return new PoolSettings(mainTimeLimit, rounds, roundTimeLimit, radius, maxSize, maxGap, s);
    }
}
