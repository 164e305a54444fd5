package org.cobalt.scheduling.rules;

import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.scheduling.JobOrder;

/**
 * EDD: jobs by non-decreasing due date; ties by shorter processing time, then by index. Weights
 * are ignored. Optimal for maximum lateness, and for total tardiness when EDD has at most one tardy job.
 */
public final class EarliestDueDate implements SequencingRule {

    @Override
    public String id() {
        return "edd";
    }

    @Override
    public int[] sequence(SingleMachineProblem problem) {
        int[] p = problem.processingTimes();
        int[] d = problem.dueDates();
        return JobOrder.sorted(p.length, (a, b) -> d[a] != d[b] ? Integer.compare(d[a], d[b]) : Integer.compare(p[a], p[b]));
    }
}
