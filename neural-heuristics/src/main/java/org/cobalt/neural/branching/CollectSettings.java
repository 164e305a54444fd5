package org.cobalt.neural.branching;

import java.util.Objects;
import org.cobalt.milp.bb.BbComponents;

/**
 * How {@link SampleCollector} records strong-branching samples (the protocol of Gasse et al. 2019): every
 * instance of the class is solved by cobalt-bb once, with seed = instance seed; at each node, with
 * probability {@code probability}, full strong branching scores every candidate, the sample is written and
 * strong branching's decision is followed, otherwise the cheaper {@code behaviour} rule decides.
 *
 * @param instances        the instance class
 * @param firstSeed        seed of the first instance (see {@link SeedSplit})
 * @param targetSamples    stop once the instances {@code firstSeed, firstSeed+1, ...} (in seed order) gave
 *                         this many samples; the last instance is kept whole
 * @param maxInstances     never solve more instances than this
 * @param probability      chance that a node is recorded, in (0, 1]
 * @param behaviour        branching rule of unrecorded nodes ({@code pscost}, {@code reliability}, ...)
 * @param iterationLimit   simplex iterations per strong-branching child (0: solve to optimality)
 * @param nodeLimit        node limit per instance (a limit, not a time limit, keeps collection deterministic)
 * @param timeLimitSeconds safety time limit per instance
 * @param threads          instances solved at once (each on one thread)
 */
public record CollectSettings(InstanceClass instances, long firstSeed, long targetSamples, int maxInstances,
                              double probability, String behaviour, int iterationLimit, long nodeLimit,
                              double timeLimitSeconds, int threads) {

    /** Validates every field (the behaviour must be a known cobalt-bb rule). */
    public CollectSettings {
        Objects.requireNonNull(instances, "instances");
        Objects.requireNonNull(behaviour, "behaviour");
        if (firstSeed < 0 || targetSamples < 1 || maxInstances < 1 || !(probability > 0 && probability <= 1)
                || iterationLimit < 0 || nodeLimit < 1 || !(timeLimitSeconds > 0) || threads < 1) {
            throw new IllegalArgumentException("invalid collection settings: " + "first seed " + firstSeed
                    + ", target " + targetSamples + ", max instances " + maxInstances + ", probability " + probability
                    + ", iteration limit " + iterationLimit + ", node limit " + nodeLimit + ", time limit "
                    + timeLimitSeconds + ", threads " + threads);
        }
        BbComponents.branchingRule(behaviour);
    }

    /**
     * The defaults used for the shipped model: record with probability 0.3, pseudocost branching elsewhere,
     * probes solved to optimality, at most 1000 nodes and 600 s per instance, one thread.
     */
    public static CollectSettings defaults(InstanceClass instances, SeedSplit split, long targetSamples) {
        return new CollectSettings(instances, split.firstSeed(), targetSamples, (int) SeedSplit.SIZE, 0.3, "pscost", 0,
                1000, 600, 1);
    }

    /** A copy with another thread count. */
    public CollectSettings withThreads(int n) {
        return new CollectSettings(instances, firstSeed, targetSamples, maxInstances, probability, behaviour,
                iterationLimit, nodeLimit, timeLimitSeconds, n);
    }
}
