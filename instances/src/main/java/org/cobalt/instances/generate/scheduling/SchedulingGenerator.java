package org.cobalt.instances.generate.scheduling;

import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.cobalt.core.scheduling.SingleMachineProblem;

/**
 * Random single-machine tardiness instances by the scheme of Potts and Van Wassenhove (1985), also
 * behind the OR-Library wt sets: processing times p_j uniform in {1, ..., 100}, P = Σ p_j, due dates
 * d_j uniform among the integers of [P(1 − TF − RDD/2), P(1 − TF + RDD/2)] and then clamped at 0,
 * where TF is the tardiness factor and RDD the relative range of due dates; optionally weights
 * uniform in {1, ..., 10}. Immutable; {@code with*} methods return modified copies.
 */
public final class SchedulingGenerator {

    private final int jobs;
    private final double tardinessFactor;
    private final double dueDateRange;
    private final boolean weighted;
    private final int maxProcessingTime;
    private final int maxWeight;

    /**
     * @param jobs            number of jobs n
     * @param tardinessFactor TF (typically 0.2 ... 1.0)
     * @param dueDateRange    RDD (typically 0.2 ... 1.0)
     * @param weighted        draw weights (1||Σw_jT_j) or not (1||ΣT_j)
     */
    public SchedulingGenerator(int jobs, double tardinessFactor, double dueDateRange, boolean weighted) {
        this(jobs, tardinessFactor, dueDateRange, weighted, 100, 10);
    }

    private SchedulingGenerator(int jobs, double tf, double rdd, boolean weighted, int maxP, int maxW) {
        if (jobs < 1) {
            throw new IllegalArgumentException("need at least one job, got " + jobs);
        }
        if (!(tf >= 0 && tf <= 10) || !(rdd >= 0 && rdd <= 10)) {
            throw new IllegalArgumentException("TF and RDD must lie in [0, 10], got TF " + tf + ", RDD " + rdd);
        }
        if (maxP < 1 || maxW < 1) {
            throw new IllegalArgumentException("maximum processing time and weight must be positive");
        }
        if ((long) jobs * maxP > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(jobs + " jobs of up to " + maxP + " time units exceed the int time range");
        }
        this.jobs = jobs;
        this.tardinessFactor = tf;
        this.dueDateRange = rdd;
        this.weighted = weighted;
        this.maxProcessingTime = maxP;
        this.maxWeight = maxW;
    }

    /** A copy with processing times uniform in {1, ..., max} instead of {1, ..., 100}. */
    public SchedulingGenerator withMaxProcessingTime(int max) {
        return new SchedulingGenerator(jobs, tardinessFactor, dueDateRange, weighted, max, maxWeight);
    }

    /** A copy with weights uniform in {1, ..., max} instead of {1, ..., 10}. */
    public SchedulingGenerator withMaxWeight(int max) {
        return new SchedulingGenerator(jobs, tardinessFactor, dueDateRange, weighted, maxProcessingTime, max);
    }

    public int jobs() {
        return jobs;
    }

    public double tardinessFactor() {
        return tardinessFactor;
    }

    public double dueDateRange() {
        return dueDateRange;
    }

    public boolean weighted() {
        return weighted;
    }

    /**
     * A new instance drawn from {@code rng}: all processing times, then (if weighted) all weights,
     * then all due dates.
     */
    public SingleMachineProblem generate(RandomGenerator rng, String name) {
        Objects.requireNonNull(rng, "rng");
        int[] p = new int[jobs];
        long total = 0;
        for (int j = 0; j < jobs; j++) {
            p[j] = 1 + rng.nextInt(maxProcessingTime);
            total += p[j];
        }
        int[] w = null;
        if (weighted) {
            w = new int[jobs];
            for (int j = 0; j < jobs; j++) {
                w[j] = 1 + rng.nextInt(maxWeight);
            }
        }
        long lo = (long) Math.ceil(total * (1.0 - tardinessFactor - dueDateRange / 2.0));
        long hi = (long) Math.floor(total * (1.0 - tardinessFactor + dueDateRange / 2.0));
        if (hi < lo) {
            // The interval holds no integer (tiny P * RDD): use its midpoint.
            lo = Math.round(total * (1.0 - tardinessFactor));
            hi = lo;
        }
        int[] d = new int[jobs];
        for (int j = 0; j < jobs; j++) {
            long v = lo + rng.nextLong(hi - lo + 1);
            d[j] = (int) Math.min(Integer.MAX_VALUE, Math.max(0, v));
        }
        return new SingleMachineProblem(name, p, d, w);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SchedulingGenerator[%d jobs, TF %.2f, RDD %.2f%s]", jobs, tardinessFactor,
                dueDateRange, weighted ? ", weighted" : "");
    }
}
