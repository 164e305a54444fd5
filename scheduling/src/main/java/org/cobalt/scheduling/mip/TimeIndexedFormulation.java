package org.cobalt.scheduling.mip;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.core.solution.MilpSolution;

/**
 * Time-indexed formulation (Sousa and Wolsey 1992): a binary {@code x_js} per job {@code j} and
 * start time {@code s in [0, P - p_j]} (P the total processing time; no idle time is needed),
 * costing {@code w_j max(0, s + p_j - d_j)}, with
 * <pre>
 *   sum_s x_js = 1                                        for every job
 *   sum_j sum_{s = tau - p_j + 1}^{tau} x_js <= 1         for every unit interval [tau, tau + 1)
 * </pre>
 * Its LP relaxation is much stronger than the positional one, but it has {@code O(nP)} variables
 * and {@code O(n P pbar)} non-zeros, so it suits short horizons only; {@link #model} refuses
 * models over {@link #MAX_NONZEROS} non-zeros. Variable order: job-major, start time ascending.
 */
public final class TimeIndexedFormulation implements SmttFormulation {

    /** Largest model (non-zeros) this formulation builds. */
    public static final long MAX_NONZEROS = 30_000_000L;

    @Override
    public String id() {
        return "time-indexed";
    }

    private static int[] offsets(int[] p, long total) {
        int n = p.length;
        int[] off = new int[n + 1];
        for (int j = 0; j < n; j++) {
            off[j + 1] = Math.toIntExact(off[j] + (total - p[j] + 1));
        }
        return off;
    }

    @Override
    public MilpModel model(SingleMachineProblem problem) {
        int n = problem.size();
        int[] p = problem.processingTimes();
        int[] d = problem.dueDates();
        int[] w = problem.weights();
        long total = problem.totalProcessingTime();
        long nnz = 0;
        for (int j = 0; j < n; j++) {
            nnz += (total - p[j] + 1) * (1L + p[j]);
        }
        if (nnz > MAX_NONZEROS) {
            throw new IllegalArgumentException("time-indexed model of " + problem.name() + " would have " + nnz
                    + " non-zeros (limit " + MAX_NONZEROS + "); use the positional formulation");
        }
        int[] off = offsets(p, total);
        MilpModel.Builder b = MilpModel.builder(problem.name() + "-time-indexed").sense(ObjectiveSense.MINIMIZE);
        for (int j = 0; j < n; j++) {
            for (long s = 0; s <= total - p[j]; s++) {
                double cost = (double) w[j] * Math.max(0, s + p[j] - (long) d[j]);
                b.addBinary("x_" + j + "_" + s, cost);
            }
        }
        for (int j = 0; j < n; j++) {
            int row = b.addRow("job_" + j, 1.0, 1.0);
            for (int v = off[j]; v < off[j + 1]; v++) {
                b.setCoefficient(row, v, 1.0);
            }
        }
        int firstTime = b.numRows();
        for (long tau = 0; tau < total; tau++) {
            b.addRow("time_" + tau, Double.NEGATIVE_INFINITY, 1.0);
        }
        for (int j = 0; j < n; j++) {
            for (long s = 0; s <= total - p[j]; s++) {
                int var = off[j] + (int) s;
                for (long tau = s; tau < s + p[j]; tau++) {
                    b.setCoefficient(firstTime + (int) tau, var, 1.0);
                }
            }
        }
        return b.build();
    }

    @Override
    public MilpSolution encode(SingleMachineProblem problem, int[] sequence) {
        int n = problem.size();
        Sequences.requirePermutation(sequence, n);
        int[] p = problem.processingTimes();
        int[] off = offsets(p, problem.totalProcessingTime());
        double[] v = new double[off[n]];
        long start = 0;
        for (int job : sequence) {
            v[off[job] + (int) start] = 1.0;
            start += p[job];
        }
        return new MilpSolution(v);
    }

    @Override
    public int[] decode(SingleMachineProblem problem, MilpSolution solution) {
        int n = problem.size();
        int[] p = problem.processingTimes();
        int[] off = offsets(p, problem.totalProcessingTime());
        if (solution.size() != off[n]) {
            throw new IllegalArgumentException("expected " + off[n] + " values, got " + solution.size());
        }
        long[] start = new long[n];
        for (int j = 0; j < n; j++) {
            start[j] = -1;
            for (int v = off[j]; v < off[j + 1]; v++) {
                if (solution.value(v) > 0.5) {
                    if (start[j] >= 0) {
                        throw new IllegalArgumentException("job " + j + " starts twice");
                    }
                    start[j] = v - off[j];
                }
            }
            if (start[j] < 0) {
                throw new IllegalArgumentException("job " + j + " never starts");
            }
        }
        int[] seq = org.cobalt.scheduling.JobOrder.sorted(n, (a, c) -> Long.compare(start[a], start[c]));
        long t = 0;
        for (int job : seq) {
            if (start[job] < t) {
                throw new IllegalArgumentException("job " + job + " starts at " + start[job] + " before time " + t + " (overlap)");
            }
            t = start[job] + p[job];
        }
        return seq;
    }
}
