package org.cobalt.scheduling;

import org.cobalt.core.scheduling.SingleMachineProblem;

/**
 * Total (weighted) tardiness of a sequence, for the solvers' own bookkeeping. Results are still
 * checked by {@code org.cobalt.core.verify.Verifiers}, which shares no code with this class.
 */
public final class Tardiness {

    private Tardiness() {
    }

    /** {@code sum_j w_j max(0, C_j - d_j)} of {@code sequence}, jobs starting at time 0. */
    public static long total(int[] p, int[] d, int[] w, int[] sequence) {
        return total(p, d, w, sequence, 0L);
    }

    /** As {@link #total(int[], int[], int[], int[])} with the first job starting at {@code start}. */
    public static long total(int[] p, int[] d, int[] w, int[] sequence, long start) {
        long time = start;
        long sum = 0;
        for (int job : sequence) {
            time += p[job];
            long late = time - d[job];
            if (late > 0) {
                sum += late * w[job];
            }
        }
        return sum;
    }

    /** Total weighted tardiness of a sequence of the problem's jobs. */
    public static long total(SingleMachineProblem problem, int[] sequence) {
        return total(problem.processingTimes(), problem.dueDates(), problem.weights(), sequence);
    }
}
