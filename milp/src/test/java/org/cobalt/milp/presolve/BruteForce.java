package org.cobalt.milp.presolve;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.SparseMatrix;

/**
 * Exact reference for tiny MILPs, sharing no code with presolve: enumerates every assignment of the
 * integer variables (all with finite bounds) and solves the continuous rest (at most two variables)
 * exactly — one variable by intervals, two by enumerating the vertices of the polygon. Infinite
 * continuous bounds are replaced by {@link #BIG}; on the small data of these tests a legitimate optimum
 * stays far inside that box, so an optimum of magnitude {@link #UNBOUNDED} or more means unbounded.
 */
final class BruteForce {

    /** Feasibility slack of the enumeration, relative to {@code max(1, |side|)}. */
    static final double TOL = 1e-9;
    /** Stand-in for infinite continuous bounds. */
    static final double BIG = 1e7;
    /** Objective magnitude (without the constant) beyond which the model counts as unbounded. */
    static final double UNBOUNDED = 1e6;

    /** A feasible point and its objective value. */
    record Point(double[] x, double objective) {
    }

    /**
     * @param best     an optimal point, or null when infeasible
     * @param feasible integer assignments with a feasible continuous completion
     * @param samples  the best completion of the first few feasible integer assignments
     */
    record Outcome(Point best, long feasible, List<Point> samples, boolean unbounded) {
        boolean isFeasible() {
            return best != null;
        }

        /** Feasible with a finite optimum. */
        boolean isOptimal() {
            return best != null && !unbounded;
        }

        double objective() {
            return best.objective();
        }
    }

    private BruteForce() {
    }

    /** Number of integer assignments the model has. */
    static long assignments(MilpModel m) {
        long count = 1;
        for (int j = 0; j < m.numVariables(); j++) {
            if (m.isIntegral(j)) {
                count *= (long) (m.upper(j) - m.lower(j) + 1);
            }
        }
        return count;
    }

    static Outcome solve(MilpModel m, int sampleLimit) {
        int n = m.numVariables();
        List<Integer> ints = new ArrayList<>();
        List<Integer> conts = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            if (m.isIntegral(j)) {
                if (!Double.isFinite(m.lower(j)) || !Double.isFinite(m.upper(j))) {
                    throw new IllegalArgumentException("integer variable " + m.variableName(j) + " is unbounded");
                }
                ints.add(j);
            } else {
                conts.add(j);
            }
        }
        if (conts.size() > 2) {
            throw new IllegalArgumentException("more than two continuous variables");
        }
        if (assignments(m) > 3_000_000) {
            throw new IllegalArgumentException("too many assignments: " + assignments(m));
        }
        double dir = m.sense().sign();
        double[] x = new double[n];
        for (int j : ints) {
            x[j] = Math.ceil(m.lower(j));
        }
        int[] c = conts.stream().mapToInt(Integer::intValue).toArray();
        Point best = null;
        long feasible = 0;
        List<Point> samples = new ArrayList<>();
        while (true) {
            Point p = complete(m, x, c);
            if (p != null) {
                feasible++;
                if (samples.size() < sampleLimit) {
                    samples.add(p);
                }
                if (best == null || dir * p.objective() < dir * best.objective()) {
                    best = p;
                }
            }
            int t = 0;
            while (t < ints.size()) {
                int j = ints.get(t);
                if (x[j] + 1 <= m.upper(j)) {
                    x[j] += 1;
                    break;
                }
                x[j] = Math.ceil(m.lower(j));
                t++;
            }
            if (t == ints.size()) {
                break;
            }
        }
        boolean unbounded = best != null && Math.abs(best.objective() - m.objectiveConstant()) >= UNBOUNDED;
        return new Outcome(best, feasible, samples, unbounded);
    }

    /** Best continuous completion of the integer part of {@code x}, or null when there is none. */
    private static Point complete(MilpModel m, double[] x, int[] conts) {
        SparseMatrix a = m.matrix();
        int rows = m.numRows();
        double[] fixed = new double[rows];
        double[][] coef = new double[rows][conts.length];
        for (int i = 0; i < rows; i++) {
            for (int k = a.rowStart(i); k < a.rowEnd(i); k++) {
                int j = a.rowColumn(k);
                int slot = indexOf(conts, j);
                if (slot >= 0) {
                    coef[i][slot] = a.rowValue(k);
                } else {
                    fixed[i] += a.rowValue(k) * x[j];
                }
            }
        }
        double dir = m.sense().sign();
        double[] y = switch (conts.length) {
            case 0 -> new double[0];
            case 1 -> oneVariable(m, conts[0], fixed, coef, dir);
            default -> twoVariables(m, conts, fixed, coef, dir);
        };
        if (y == null) {
            return null;
        }
        double[] full = x.clone();
        for (int s = 0; s < conts.length; s++) {
            full[conts[s]] = y[s];
        }
        for (int i = 0; i < rows; i++) {
            double act = fixed[i];
            for (int s = 0; s < conts.length; s++) {
                act += coef[i][s] * y[s];
            }
            if (!within(act, m.rowLower(i), m.rowUpper(i))) {
                return null;
            }
        }
        return new Point(full, m.objectiveValue(full));
    }

    private static double[] oneVariable(MilpModel m, int j, double[] fixed, double[][] coef, double dir) {
        double lo = lower(m, j);
        double up = upper(m, j);
        for (int i = 0; i < fixed.length; i++) {
            double c = coef[i][0];
            if (c == 0.0) {
                continue;
            }
            double l = (m.rowLower(i) - fixed[i]) / c;
            double u = (m.rowUpper(i) - fixed[i]) / c;
            if (c < 0) {
                double t = l;
                l = u;
                u = t;
            }
            lo = Math.max(lo, l);
            up = Math.min(up, u);
        }
        if (lo > up + TOL * Math.max(1.0, Math.abs(up))) {
            return null;
        }
        if (lo > up) {
            return new double[] {0.5 * (lo + up)};
        }
        double cost = dir * m.cost(j);
        return new double[] {cost > 0 ? lo : cost < 0 ? up : Math.min(Math.max(0.0, lo), up)};
    }

    private static double[] twoVariables(MilpModel m, int[] conts, double[] fixed, double[][] coef, double dir) {
        List<double[]> lines = new ArrayList<>();
        lines.add(new double[] {1, 0, lower(m, conts[0])});
        lines.add(new double[] {1, 0, upper(m, conts[0])});
        lines.add(new double[] {0, 1, lower(m, conts[1])});
        lines.add(new double[] {0, 1, upper(m, conts[1])});
        for (int i = 0; i < fixed.length; i++) {
            if (coef[i][0] == 0.0 && coef[i][1] == 0.0) {
                continue;
            }
            if (Double.isFinite(m.rowLower(i))) {
                lines.add(new double[] {coef[i][0], coef[i][1], m.rowLower(i) - fixed[i]});
            }
            if (Double.isFinite(m.rowUpper(i)) && m.rowUpper(i) != m.rowLower(i)) {
                lines.add(new double[] {coef[i][0], coef[i][1], m.rowUpper(i) - fixed[i]});
            }
        }
        double c0 = dir * m.cost(conts[0]);
        double c1 = dir * m.cost(conts[1]);
        double[] best = null;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int p = 0; p < lines.size(); p++) {
            for (int q = p + 1; q < lines.size(); q++) {
                double[] u = lines.get(p);
                double[] v = lines.get(q);
                double det = u[0] * v[1] - u[1] * v[0];
                if (Math.abs(det) < 1e-12 * Math.max(1.0, Math.abs(u[0] * v[1]) + Math.abs(u[1] * v[0]))) {
                    continue;
                }
                double y0 = (u[2] * v[1] - u[1] * v[2]) / det;
                double y1 = (u[0] * v[2] - u[2] * v[0]) / det;
                if (!within(y0, lower(m, conts[0]), upper(m, conts[0])) || !within(y1, lower(m, conts[1]), upper(m, conts[1]))) {
                    continue;
                }
                boolean ok = true;
                for (int i = 0; i < fixed.length && ok; i++) {
                    ok = within(fixed[i] + coef[i][0] * y0 + coef[i][1] * y1, m.rowLower(i), m.rowUpper(i));
                }
                double value = c0 * y0 + c1 * y1;
                if (ok && value < bestValue) {
                    bestValue = value;
                    best = new double[] {y0, y1};
                }
            }
        }
        return best;
    }

    private static double lower(MilpModel m, int j) {
        return Math.max(m.lower(j), -BIG);
    }

    private static double upper(MilpModel m, int j) {
        return Math.min(m.upper(j), BIG);
    }

    private static boolean within(double v, double lo, double up) {
        return v >= lo - TOL * Math.max(1.0, Math.abs(lo)) && v <= up + TOL * Math.max(1.0, Math.abs(up));
    }

    private static int indexOf(int[] a, int v) {
        for (int t = 0; t < a.length; t++) {
            if (a[t] == v) {
                return t;
            }
        }
        return -1;
    }
}
