package org.cobalt.neural.branching;

import java.util.Locale;

/**
 * Disjoint instance-seed ranges, so that no instance is both learned from and tested on: training
 * samples come from seeds {@code 0, 1, ...}, validation samples from {@code 1 000 000, ...}, test samples
 * (accuracy) from {@code 2 000 000, ...}, and the instances solved to compare branchers from
 * {@code 3 000 000, ...}. A range holds up to one million seeds.
 */
public enum SeedSplit {
    /** Training samples. */
    TRAIN(0L),
    /** Validation samples (early stopping). */
    VALID(1_000_000L),
    /** Test samples (top-k accuracy against strong branching). */
    TEST(2_000_000L),
    /** Unseen instances for the solver comparison. */
    EVAL(3_000_000L);

    /** Seeds per split. */
    public static final long SIZE = 1_000_000L;

    private final long firstSeed;

    SeedSplit(long firstSeed) {
        this.firstSeed = firstSeed;
    }

    /** The first seed of the split. */
    public long firstSeed() {
        return firstSeed;
    }

    /** Whether {@code seed} lies in this split's range. */
    public boolean contains(long seed) {
        return seed >= firstSeed && seed < firstSeed + SIZE;
    }

    /** The split of a name ({@code train}, {@code valid}, {@code test}, {@code eval}). */
    public static SeedSplit parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown split '" + name + "'; known: train, valid, test, eval", e);
        }
    }
}
