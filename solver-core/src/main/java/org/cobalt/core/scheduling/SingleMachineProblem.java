package org.cobalt.core.scheduling;

import java.util.Arrays;
import java.util.Objects;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.problem.ProblemFamily;

/**
 * Single-machine scheduling without preemption, all jobs released at time 0: minimize the total
 * (weighted) tardiness {@code sum_j w_j * max(0, C_j - d_j)} (1||ΣT_j, or 1||Σw_jT_j when weighted).
 */
public final class SingleMachineProblem implements Problem {

    private final String name;
    private final int[] processing;
    private final int[] due;
    private final int[] weight;

    /**
     * @param name       instance name
     * @param processing processing time of every job (positive)
     * @param due        due date of every job (any integer: a negative due date, as in the public
     *                   SMTT sets generated with TF + RDD/2 &gt; 1, makes the job tardy from time 0)
     * @param weights    tardiness weight of every job (non-negative), or null for the unweighted problem
     */
    public SingleMachineProblem(String name, int[] processing, int[] due, int[] weights) {
        this.name = Objects.requireNonNull(name, "name");
        int n = processing.length;
        if (due.length != n) {
            throw new IllegalArgumentException(n + " processing times but " + due.length + " due dates");
        }
        if (weights != null && weights.length != n) {
            throw new IllegalArgumentException(n + " processing times but " + weights.length + " weights");
        }
        long total = 0;
        for (int j = 0; j < n; j++) {
            if (processing[j] <= 0) {
                throw new IllegalArgumentException("job " + j + " has processing time " + processing[j] + " (must be positive)");
            }
            if (weights != null && weights[j] < 0) {
                throw new IllegalArgumentException("job " + j + " has negative weight " + weights[j]);
            }
            total += processing[j];
        }
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("total processing time " + total + " exceeds " + Integer.MAX_VALUE);
        }
        this.processing = processing.clone();
        this.due = due.clone();
        this.weight = weights == null ? null : weights.clone();
    }

    /** An unweighted instance (all weights 1). */
    public static SingleMachineProblem unweighted(String name, int[] processing, int[] due) {
        return new SingleMachineProblem(name, processing, due, null);
    }

    @Override
    public String name() {
        return name;
    }

    /** Number of jobs. */
    public int size() {
        return processing.length;
    }

    public int processingTime(int job) {
        return processing[job];
    }

    public int dueDate(int job) {
        return due[job];
    }

    /** Weight of a job; 1 for unweighted instances. */
    public int weight(int job) {
        return weight == null ? 1 : weight[job];
    }

    /** True when the instance carries weights (1||Σw_jT_j). */
    public boolean isWeighted() {
        return weight != null;
    }

    /** Copy of the processing times. */
    public int[] processingTimes() {
        return processing.clone();
    }

    /** Copy of the due dates. */
    public int[] dueDates() {
        return due.clone();
    }

    /** Copy of the weights (all 1 when unweighted). */
    public int[] weights() {
        if (weight == null) {
            int[] ones = new int[processing.length];
            Arrays.fill(ones, 1);
            return ones;
        }
        return weight.clone();
    }

    /** Sum of all processing times. */
    public long totalProcessingTime() {
        long s = 0;
        for (int p : processing) {
            s += p;
        }
        return s;
    }

    @Override
    public ProblemFamily family() {
        return ProblemFamily.SCHEDULING;
    }

    @Override
    public String sizeDescription() {
        return size() + " jobs" + (isWeighted() ? ", weighted" : "");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SingleMachineProblem s && name.equals(s.name) && Arrays.equals(processing, s.processing)
                && Arrays.equals(due, s.due) && Arrays.equals(weight, s.weight);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name) + 31 * Arrays.hashCode(processing) + Arrays.hashCode(due);
    }

    @Override
    public String toString() {
        return "SingleMachineProblem[" + name + ", " + sizeDescription() + "]";
    }
}
