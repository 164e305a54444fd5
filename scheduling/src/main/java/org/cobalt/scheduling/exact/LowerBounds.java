package org.cobalt.scheduling.exact;

import java.util.Arrays;
import org.cobalt.core.scheduling.SingleMachineProblem;

/**
 * Lower bounds on the optimal total tardiness.
 *
 * <p>Matching bound: in any sequence the {@code k}-th completion time is at least the sum of the
 * {@code k} shortest processing times ({@code SP_k}); pairing these ascending with the due dates
 * ascending minimises {@code sum max(0, c - d)} over all pairings (the cost is a convex function of
 * {@code c - d}), so {@code sum_k max(0, t + SP_k - d_(k))} is a lower bound for 1||ΣT_j started
 * at {@code t}. Weighted instances get the bound times the smallest weight.
 */
public final class LowerBounds {

    private LowerBounds() {
    }

    /**
     * The matching bound for jobs with processing times {@code pAscending} and due dates
     * {@code dAscending} (both sorted ascending, same length {@code m}) starting at {@code t}.
     */
    public static long matching(int[] pAscending, int[] dAscending, int m, long t) {
        long c = t;
        long lb = 0;
        for (int k = 0; k < m; k++) {
            c += pAscending[k];
            long late = c - dAscending[k];
            if (late > 0) {
                lb += late;
            }
        }
        return lb;
    }

    /** The matching bound of a whole problem (times the smallest weight when weighted). */
    public static long matching(SingleMachineProblem problem) {
        int[] p = problem.processingTimes();
        int[] d = problem.dueDates();
        Arrays.sort(p);
        Arrays.sort(d);
        long lb = matching(p, d, p.length, 0);
        if (problem.isWeighted()) {
            int minW = Integer.MAX_VALUE;
            for (int w : problem.weights()) {
                minW = Math.min(minW, w);
            }
            lb = p.length == 0 ? 0 : lb * minW;
        }
        return lb;
    }
}
