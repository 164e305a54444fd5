package org.cobalt.scheduling.rules;

import org.cobalt.core.scheduling.SingleMachineProblem;

/**
 * Panneerselvam's heuristic (2006): with {@code SUMT} the total processing time of the unscheduled
 * jobs, the unscheduled job with the largest {@code (SUMT - d_j) / p_j} (its tardiness if it went
 * last, per unit of processing time) is appended next. Ties go to the highest job index, as in the
 * reference implementation of arXiv 2510.24013 (Python's {@code max} over (value, index) pairs).
 * Weights are ignored.
 */
public final class Panneerselvam implements SequencingRule {

    @Override
    public String id() {
        return "panneerselvam";
    }

    @Override
    public int[] sequence(SingleMachineProblem problem) {
        int n = problem.size();
        int[] p = problem.processingTimes();
        int[] d = problem.dueDates();
        boolean[] done = new boolean[n];
        int[] seq = new int[n];
        long sumt = problem.totalProcessingTime();
        for (int pos = 0; pos < n; pos++) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                if (done[j]) {
                    continue;
                }
                double value = (double) (sumt - d[j]) / p[j];
                if (best < 0 || value >= bestValue) {
                    best = j;
                    bestValue = value;
                }
            }
            done[best] = true;
            seq[pos] = best;
            sumt -= p[best];
        }
        return seq;
    }
}
