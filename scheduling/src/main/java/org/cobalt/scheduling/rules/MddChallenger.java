package org.cobalt.scheduling.rules;

import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.scheduling.JobOrder;

/**
 * MDDC, the "MDD Challenger" of Çetinkaya et al. (arXiv 2510.24013), for 1||ΣT_j, exactly as
 * published in the authors' code. The unscheduled jobs are kept in the order sorted by due date,
 * ties by processing time, then by index; at time {@code t}, with {@code U} the unscheduled jobs,
 * every {@code j} in {@code U} gets
 * <pre>
 *   m_j = min(1, p_j / (t + max_{U} p))
 *   u_j = max(1.1 p_j + t, d_j) * (1 + m_j^2 / (1 + m_j^2)) + p_j / (t + mean_{U} p)
 * </pre>
 * and the first job (in that order) with the smallest {@code u_j} is scheduled next. The arithmetic
 * is IEEE double in the same operation order as the NumPy original, so ties and near-ties resolve
 * identically. Quirk: the cap {@code min(1, .)} never binds ({@code p_j <= max p}); and unlike MDD's
 * modified due date the priority mixes time units with the dimensionless last term, which only acts
 * as a tie-breaker favouring short jobs once {@code t} is large. Weights are ignored.
 */
public final class MddChallenger implements SequencingRule {

    @Override
    public String id() {
        return "mddc";
    }

    @Override
    public int[] sequence(SingleMachineProblem problem) {
        int n = problem.size();
        int[] p = problem.processingTimes();
        int[] d = problem.dueDates();
        int[] u = JobOrder.sorted(n, (a, b) -> d[a] != d[b] ? Integer.compare(d[a], d[b]) : Integer.compare(p[a], p[b]));
        int size = n;
        int[] seq = new int[n];
        long t = 0;
        for (int pos = 0; pos < n; pos++) {
            long maxP = 0;
            long sumP = 0;
            for (int q = 0; q < size; q++) {
                int pj = p[u[q]];
                maxP = Math.max(maxP, pj);
                sumP += pj;
            }
            double tf = (double) t;
            double maxDen = (double) (t + maxP);
            double meanDen = tf + (double) sumP / (double) size;
            int bestQ = 0;
            double best = Double.POSITIVE_INFINITY;
            for (int q = 0; q < size; q++) {
                int j = u[q];
                double pj = p[j];
                double urgency = Math.max(pj * 1.1 + tf, (double) d[j]);
                double m = pj / maxDen;
                if (m > 1) {
                    m = 1;
                }
                double m2 = m * m;
                urgency *= 1 + m2 / (1 + m2);
                urgency += pj / meanDen;
                if (urgency < best) {
                    best = urgency;
                    bestQ = q;
                }
            }
            int job = u[bestQ];
            seq[pos] = job;
            t += p[job];
            System.arraycopy(u, bestQ + 1, u, bestQ, size - bestQ - 1);
            size--;
        }
        return seq;
    }
}
