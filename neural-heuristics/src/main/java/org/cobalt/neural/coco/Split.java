package org.cobalt.neural.coco;

import java.util.Locale;

/**
 * Disjoint seed ranges for training, validation and test instances: instance {@code i} (0-based) of a
 * split has seed {@code firstSeed + i}. With fewer than 100 000 instances per split the ranges never
 * meet, so test instances are never seen in training.
 */
public enum Split {
    /** Seeds 1, 2, ... */
    TRAIN(1),
    /** Seeds 100001, 100002, ... */
    VALID(100_001),
    /** Seeds 200001, 200002, ... */
    TEST(200_001);

    /** Largest number of instances per split that keeps the ranges disjoint. */
    public static final int MAX_COUNT = 100_000;
    private final long firstSeed;

    Split(long firstSeed) {
        this.firstSeed = firstSeed;
    }

    /** Seed of instance {@code i} of this split. */
    public long seed(int i) {
        if (i < 0 || i >= MAX_COUNT) {
            throw new IllegalArgumentException("instance index " + i + " outside [0, " + MAX_COUNT + ")");
        }
        return firstSeed + i;
    }

    /** Lower-case name, used as folder name. */
    public String folder() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code train}, {@code valid} or {@code test}. */
    public static Split parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown split '" + s + "': expected train, valid or test", e);
        }
    }
}
