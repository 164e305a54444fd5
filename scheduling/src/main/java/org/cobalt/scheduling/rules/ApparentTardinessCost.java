package org.cobalt.scheduling.rules;

import org.cobalt.core.scheduling.SingleMachineProblem;

/**
 * ATC (Vepsalainen and Morton 1987): at time {@code t} schedule next the unscheduled job with the
 * largest index {@code (w_j / p_j) exp(-max(d_j - p_j - t, 0) / (k * pbar))}, {@code pbar} being
 * the mean processing time of the unscheduled jobs and {@code k} the look-ahead parameter.
 * Defined for weighted instances (weights 1 otherwise). Ties: the lowest job index wins.
 *
 * @param k look-ahead parameter (positive; 2 is the classic default)
 */
public record ApparentTardinessCost(double k) implements SequencingRule {

    /** The classic look-ahead {@code k = 2}. */
    public static final double DEFAULT_K = 2.0;

    public ApparentTardinessCost {
        if (!(k > 0) || Double.isInfinite(k)) {
            throw new IllegalArgumentException("ATC look-ahead k must be a positive number, got " + k);
        }
    }

    public ApparentTardinessCost() {
        this(DEFAULT_K);
    }

    @Override
    public String id() {
        return "atc";
    }

    @Override
    public int[] sequence(SingleMachineProblem problem) {
        int n = problem.size();
        int[] p = problem.processingTimes();
        int[] d = problem.dueDates();
        int[] w = problem.weights();
        boolean[] done = new boolean[n];
        int[] seq = new int[n];
        double[] logRatio = new double[n];
        for (int j = 0; j < n; j++) {
            logRatio[j] = w[j] == 0 ? Double.NEGATIVE_INFINITY : Math.log((double) w[j] / p[j]);
        }
        long t = 0;
        long remaining = problem.totalProcessingTime();
        for (int pos = 0; pos < n; pos++) {
            double scale = k * ((double) remaining / (n - pos));
            int best = -1;
            // compare in log space: exp underflows to 0 for large slacks and would make all ties
            double bestLog = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                if (done[j]) {
                    continue;
                }
                double log = logRatio[j] - Math.max(d[j] - p[j] - t, 0L) / scale;
                if (best < 0 || log > bestLog) {
                    best = j;
                    bestLog = log;
                }
            }
            done[best] = true;
            seq[pos] = best;
            t += p[best];
            remaining -= p[best];
        }
        return seq;
    }
}
