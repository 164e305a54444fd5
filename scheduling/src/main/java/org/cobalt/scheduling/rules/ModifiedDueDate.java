package org.cobalt.scheduling.rules;

import org.cobalt.core.scheduling.SingleMachineProblem;

/**
 * MDD (Baker and Bertrand 1982): at time {@code t} schedule next the unscheduled job with the
 * smallest modified due date {@code max(t + p_j, d_j)}; on weighted instances the weighted form
 * of Kanet and Li (2004), smallest {@code max(p_j, d_j - t) / w_j} (which is the same choice when
 * all weights are 1). Ties: the lowest job index wins (first minimum).
 */
public final class ModifiedDueDate implements SequencingRule {

    @Override
    public String id() {
        return "mdd";
    }

    @Override
    public int[] sequence(SingleMachineProblem problem) {
        int n = problem.size();
        int[] p = problem.processingTimes();
        int[] d = problem.dueDates();
        int[] w = problem.weights();
        boolean[] done = new boolean[n];
        int[] seq = new int[n];
        long t = 0;
        for (int pos = 0; pos < n; pos++) {
            int best = -1;
            long bestNum = 0;
            long bestW = 0;
            for (int j = 0; j < n; j++) {
                if (done[j]) {
                    continue;
                }
                // priority num/w with num = max(p_j, d_j - t); w = 0 means "never urgent"
                long num = Math.max(p[j], d[j] - t);
                if (best < 0 || less(num, w[j], bestNum, bestW)) {
                    best = j;
                    bestNum = num;
                    bestW = w[j];
                }
            }
            done[best] = true;
            seq[pos] = best;
            t += p[best];
        }
        return seq;
    }

    /** a/wa < b/wb with weight 0 meaning +infinity; exact in 128 bits. */
    private static boolean less(long a, long wa, long b, long wb) {
        if (wa == 0) {
            return false;
        }
        if (wb == 0) {
            return true;
        }
        long hi1 = Math.multiplyHigh(a, wb);
        long hi2 = Math.multiplyHigh(b, wa);
        if (hi1 != hi2) {
            return hi1 < hi2;
        }
        return Long.compareUnsigned(a * wb, b * wa) < 0;
    }
}
