package org.cobalt.scheduling.mip;

import java.util.Arrays;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.core.solution.MilpSolution;

/**
 * Positional (assignment) formulation, the one of arXiv 2510.24013: binaries {@code x_jk} (job
 * {@code j} in position {@code k}), completion times {@code C_k} of the positions, and
 * <pre>
 *   sum_k x_jk = 1,  sum_j x_jk = 1,  C_k = C_{k-1} + sum_j p_j x_jk  (C_{-1} = 0)
 * </pre>
 * Unweighted: tardiness per position, {@code T_k >= C_k - sum_j d_j x_jk}, {@code T_k >= 0},
 * minimise {@code sum_k T_k} (no big-M). Weighted: tardiness per job,
 * {@code T_j >= C_k - d_j - M_j (1 - x_jk)} with {@code M_j = P - d_j} (P the total processing
 * time; no rows for jobs that cannot be late), minimise {@code sum_j w_j T_j}. Variable order:
 * {@code x} (job-major), then {@code C}, then {@code T}.
 */
public final class PositionalFormulation implements SmttFormulation {

    @Override
    public String id() {
        return "positional";
    }

    private static int x(int n, int job, int pos) {
        return job * n + pos;
    }

    @Override
    public MilpModel model(SingleMachineProblem problem) {
        int n = problem.size();
        int[] p = problem.processingTimes();
        int[] d = problem.dueDates();
        int[] w = problem.weights();
        long total = problem.totalProcessingTime();
        MilpModel.Builder b = MilpModel.builder(problem.name() + "-positional").sense(ObjectiveSense.MINIMIZE);
        for (int j = 0; j < n; j++) {
            for (int k = 0; k < n; k++) {
                b.addBinary("x_" + j + "_" + k, 0.0);
            }
        }
        int c0 = n * n;
        for (int k = 0; k < n; k++) {
            b.addContinuous("C_" + k, 0.0, total, 0.0);
        }
        int t0 = c0 + n;
        boolean weighted = problem.isWeighted();
        for (int q = 0; q < n; q++) {
            b.addContinuous("T_" + q, 0.0, Double.POSITIVE_INFINITY, weighted ? w[q] : 1.0);
        }
        for (int j = 0; j < n; j++) {
            int row = b.addRow("job_" + j, 1.0, 1.0);
            for (int k = 0; k < n; k++) {
                b.setCoefficient(row, x(n, j, k), 1.0);
            }
        }
        for (int k = 0; k < n; k++) {
            int row = b.addRow("pos_" + k, 1.0, 1.0);
            for (int j = 0; j < n; j++) {
                b.setCoefficient(row, x(n, j, k), 1.0);
            }
        }
        for (int k = 0; k < n; k++) {
            int row = b.addRow("comp_" + k, 0.0, 0.0);
            b.setCoefficient(row, c0 + k, 1.0);
            if (k > 0) {
                b.setCoefficient(row, c0 + k - 1, -1.0);
            }
            for (int j = 0; j < n; j++) {
                b.setCoefficient(row, x(n, j, k), -p[j]);
            }
        }
        if (!weighted) {
            for (int k = 0; k < n; k++) {
                int row = b.addRow("tard_" + k, 0.0, Double.POSITIVE_INFINITY);
                b.setCoefficient(row, t0 + k, 1.0);
                b.setCoefficient(row, c0 + k, -1.0);
                for (int j = 0; j < n; j++) {
                    b.setCoefficient(row, x(n, j, k), d[j]);
                }
            }
        } else {
            for (int j = 0; j < n; j++) {
                double big = total - (double) d[j];
                if (big <= 0) {
                    continue; // never late
                }
                for (int k = 0; k < n; k++) {
                    int row = b.addRow("tard_" + j + "_" + k, -d[j] - big, Double.POSITIVE_INFINITY);
                    b.setCoefficient(row, t0 + j, 1.0);
                    b.setCoefficient(row, c0 + k, -1.0);
                    b.setCoefficient(row, x(n, j, k), -big);
                }
            }
        }
        return b.build();
    }

    @Override
    public MilpSolution encode(SingleMachineProblem problem, int[] sequence) {
        int n = problem.size();
        Sequences.requirePermutation(sequence, n);
        double[] v = new double[n * n + 2 * n];
        long c = 0;
        for (int k = 0; k < n; k++) {
            int j = sequence[k];
            v[x(n, j, k)] = 1.0;
            c += problem.processingTime(j);
            v[n * n + k] = c;
            double late = Math.max(0, c - (long) problem.dueDate(j));
            v[n * n + n + (problem.isWeighted() ? j : k)] = late;
        }
        return new MilpSolution(v);
    }

    @Override
    public int[] decode(SingleMachineProblem problem, MilpSolution solution) {
        int n = problem.size();
        if (solution.size() != n * n + 2 * n) {
            throw new IllegalArgumentException("expected " + (n * n + 2 * n) + " values, got " + solution.size());
        }
        int[] seq = new int[n];
        Arrays.fill(seq, -1);
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                if (solution.value(x(n, j, k)) > 0.5) {
                    if (seq[k] >= 0) {
                        throw new IllegalArgumentException("position " + k + " holds jobs " + seq[k] + " and " + j);
                    }
                    seq[k] = j;
                }
            }
            if (seq[k] < 0) {
                throw new IllegalArgumentException("position " + k + " holds no job");
            }
        }
        Sequences.requirePermutation(seq, n);
        return seq;
    }
}
