package org.cobalt.scheduling.rules;

import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.scheduling.JobOrder;

/**
 * SPT: jobs by non-decreasing processing time; on weighted instances WSPT (non-decreasing
 * {@code p_j / w_j}, jobs of weight 0 last). Ties by earlier due date, then by index. Optimal when
 * every job is tardy in every position.
 */
public final class ShortestProcessingTime implements SequencingRule {

    @Override
    public String id() {
        return "spt";
    }

    @Override
    public int[] sequence(SingleMachineProblem problem) {
        int[] p = problem.processingTimes();
        int[] d = problem.dueDates();
        int[] w = problem.weights();
        return JobOrder.sorted(p.length, (a, b) -> {
            int c = Long.compare((long) p[a] * w[b], (long) p[b] * w[a]);
            if (c == 0 && w[a] == 0 && w[b] != 0) {
                c = 1;
            } else if (c == 0 && w[b] == 0 && w[a] != 0) {
                c = -1;
            }
            return c != 0 ? c : Integer.compare(d[a], d[b]);
        });
    }
}
