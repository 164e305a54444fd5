package org.cobalt.scheduling.rules;

import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.scheduling.JobOrder;

/**
 * PSK (Panwalkar, Smith and Koulamas 1993). Jobs are listed in SPT order (ties: earlier due date,
 * then index). Repeatedly the first unscheduled job is made active; it is scheduled at once when it
 * is tardy at the current time {@code C}; otherwise it is compared with each later unscheduled job
 * {@code j} in list order: if {@code d_active <= C + p_j} the active job is scheduled; if
 * {@code d_active <= d_j} the scan goes on; else {@code j} becomes the active job. The active job
 * at the end of the list is scheduled. Weights are ignored.
 *
 * <p>As Alidaee and Gopalan (1997) showed, this is the MDD rule with ties broken by the SPT list
 * (a test checks the equivalence).
 */
public final class PanwalkarSmithKoulamas implements SequencingRule {

    @Override
    public String id() {
        return "psk";
    }

    @Override
    public int[] sequence(SingleMachineProblem problem) {
        int n = problem.size();
        int[] p = problem.processingTimes();
        int[] d = problem.dueDates();
        int[] list = JobOrder.sorted(n, (a, b) -> p[a] != p[b] ? Integer.compare(p[a], p[b]) : Integer.compare(d[a], d[b]));
        boolean[] done = new boolean[n];
        int[] seq = new int[n];
        int first = 0;
        long c = 0;
        for (int pos = 0; pos < n; pos++) {
            while (done[list[first]]) {
                first++;
            }
            int active = list[first];
            if (c + p[active] < d[active]) {
                for (int q = first + 1; q < n; q++) {
                    int j = list[q];
                    if (done[j]) {
                        continue;
                    }
                    if (d[active] <= c + p[j]) {
                        break;
                    }
                    if (d[active] > d[j]) {
                        active = j;
                    }
                }
            }
            done[active] = true;
            seq[pos] = active;
            c += p[active];
        }
        return seq;
    }
}
