package org.cobalt.instances.generate.milp;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.cobalt.core.milp.MilpModel;

/**
 * A seeded generator of random MILP instances of one family. Every random choice comes from the
 * generator passed in, so the same seed gives the same model.
 */
@FunctionalInterface
public interface MilpGenerator {

    /** Generates one instance, drawing all randomness from {@code rng}. */
    MilpModel generate(RandomGenerator rng, String name);

    /** Generates one instance from a fresh {@link SplittableRandom} with this seed. */
    default MilpModel generate(long seed, String name) {
        return generate(new SplittableRandom(seed), name);
    }
}
