package org.cobalt.scheduling.rules;

import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.scheduling.JobOrder;

/**
 * EDDC, the "EDD Challenger" of Çetinkaya et al. (arXiv 2510.24013), for 1||ΣT_j, exactly as
 * published in the authors' code:
 * <ol>
 *   <li>start from the jobs sorted by processing time, ties by due date, then by index;</li>
 *   <li>for {@code i = 1..n-1}: set {@code j = i}; while {@code j > 0} and the job at {@code j} is
 *       due strictly earlier than the job at {@code j-1}: if the job at {@code j-1} is early, i.e.
 *       its due date exceeds its completion time {@code C_{j-1}} (the processing time of positions
 *       {@code 0..j-1}), swap the two; then {@code j = j - 1}, swap or not.</li>
 * </ol>
 * Quirk kept on purpose: {@code j} moves left even when no swap happened, so a challenger can skip
 * past a tardy job and be compared with (and swapped before) jobs further left; it is not an
 * insertion sort. Weights are ignored; {@link SequencingRule} callers on weighted instances get the
 * unweighted rule's order.
 */
public final class EddChallenger implements SequencingRule {

    @Override
    public String id() {
        return "eddc";
    }

    @Override
    public int[] sequence(SingleMachineProblem problem) {
        int n = problem.size();
        int[] p = problem.processingTimes();
        int[] d = problem.dueDates();
        int[] s = JobOrder.sorted(n, (a, b) -> p[a] != p[b] ? Integer.compare(p[a], p[b]) : Integer.compare(d[a], d[b]));
        long prefix = 0; // processing time of positions 0..i
        if (n > 0) {
            prefix = p[s[0]];
        }
        for (int i = 1; i < n; i++) {
            prefix += p[s[i]];
            int j = i;
            long avail = prefix - p[s[i]]; // completion time of position j-1
            while (j > 0 && d[s[j]] < d[s[j - 1]]) {
                int before = s[j - 1];
                if (d[before] > avail) {
                    s[j - 1] = s[j];
                    s[j] = before;
                }
                // positions 0..j-2 are untouched by the swap
                avail -= p[before];
                j--;
            }
        }
        return s;
    }
}
