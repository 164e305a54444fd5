package org.cobalt.neural.coco;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.SparseMatrix;
import org.cobalt.core.milp.VarType;
import org.cobalt.neural.nn.BipartiteGraph;

/**
 * The variable-constraint bipartite graph of a MILP with the small feature sets of predict-and-search
 * (Han et al. 2023) and CoCo-MILP, computed from the model alone (no LP solve):
 * <ul>
 *   <li>variables ({@value #VARIABLE_FEATURES}): objective coefficient in minimisation form (negated
 *       for maximisation, so "smaller is better" in every class), mean, maximum and minimum coefficient
 *       over its rows, degree (rows it appears in), binary flag;</li>
 *   <li>constraints ({@value #CONSTRAINT_FEATURES}): mean coefficient, degree, right-hand side, sense
 *       (0 for {@code <=}, 1 for {@code >=}, 2 for {@code =}, 0.5 for a ranged row, whose upper side
 *       is taken as right-hand side);</li>
 *   <li>one objective node after the rows (as in the CoCo-MILP reference code): joined to every
 *       variable with a non-zero cost, features (mean cost, number of variables, 0, 0);</li>
 *   <li>edges ({@value #EDGE_FEATURES}): the coefficient; objective edges carry the cost divided by
 *       the largest absolute cost.</li>
 * </ul>
 * Node features are min-max normalised per instance and feature to [0, 1] (a constant feature becomes
 * 0), so instances of other sizes and scales map to the same range. Rows without coefficients and
 * free rows are left out.
 */
public final class MilpFeatures {

    /** Features per variable. */
    public static final int VARIABLE_FEATURES = 6;
    /** Features per constraint node. */
    public static final int CONSTRAINT_FEATURES = 4;
    /** Features per edge. */
    public static final int EDGE_FEATURES = 1;

    private MilpFeatures() {
    }

    /** The graph of {@code model}; its last constraint node is the objective node. */
    public static BipartiteGraph graph(MilpModel model) {
        int n = model.numVariables();
        SparseMatrix a = model.matrix();
        int[] rows = new int[model.numRows()];
        int m = 0;
        long edges = 0;
        for (int i = 0; i < model.numRows(); i++) {
            boolean free = model.rowLower(i) == Double.NEGATIVE_INFINITY && model.rowUpper(i) == Double.POSITIVE_INFINITY;
            if (!free && a.rowEnd(i) > a.rowStart(i)) {
                rows[m++] = i;
                edges += a.rowEnd(i) - a.rowStart(i);
            }
        }
        double sign = model.isMaximization() ? -1.0 : 1.0;
        double maxCost = 0;
        int costed = 0;
        for (int j = 0; j < n; j++) {
            maxCost = Math.max(maxCost, Math.abs(model.cost(j)));
            if (model.cost(j) != 0) {
                costed++;
            }
        }
        int e = Math.toIntExact(edges + costed);
        int[] ec = new int[e];
        int[] ev = new int[e];
        float[] ef = new float[e];
        float[] cons = new float[(m + 1) * CONSTRAINT_FEATURES];
        double[] vSum = new double[n];
        double[] vMax = new double[n];
        double[] vMin = new double[n];
        int[] vDeg = new int[n];
        java.util.Arrays.fill(vMax, Double.NEGATIVE_INFINITY);
        java.util.Arrays.fill(vMin, Double.POSITIVE_INFINITY);
        int pos = 0;
        for (int r = 0; r < m; r++) {
            int i = rows[r];
            double sum = 0;
            for (int k = a.rowStart(i); k < a.rowEnd(i); k++) {
                int j = a.rowColumn(k);
                double v = a.rowValue(k);
                sum += v;
                vSum[j] += v;
                vMax[j] = Math.max(vMax[j], v);
                vMin[j] = Math.min(vMin[j], v);
                vDeg[j]++;
                ec[pos] = r;
                ev[pos] = j;
                ef[pos] = (float) v;
                pos++;
            }
            int deg = a.rowEnd(i) - a.rowStart(i);
            double lo = model.rowLower(i);
            double up = model.rowUpper(i);
            double rhs;
            double sense;
            if (lo == up) {
                rhs = up;
                sense = 2;
            } else if (lo == Double.NEGATIVE_INFINITY) {
                rhs = up;
                sense = 0;
            } else if (up == Double.POSITIVE_INFINITY) {
                rhs = lo;
                sense = 1;
            } else {
                rhs = up;
                sense = 0.5;
            }
            int o = r * CONSTRAINT_FEATURES;
            cons[o] = (float) (sum / deg);
            cons[o + 1] = deg;
            cons[o + 2] = (float) rhs;
            cons[o + 3] = (float) sense;
        }
        double costSum = 0;
        for (int j = 0; j < n; j++) {
            if (model.cost(j) != 0) {
                ec[pos] = m;
                ev[pos] = j;
                ef[pos] = (float) (sign * model.cost(j) / maxCost);
                pos++;
            }
            costSum += sign * model.cost(j);
        }
        int o = m * CONSTRAINT_FEATURES;
        cons[o] = n == 0 ? 0f : (float) (costSum / n);
        cons[o + 1] = n;
        float[] vars = new float[n * VARIABLE_FEATURES];
        for (int j = 0; j < n; j++) {
            int b = j * VARIABLE_FEATURES;
            vars[b] = (float) (sign * model.cost(j));
            vars[b + 1] = vDeg[j] == 0 ? 0f : (float) (vSum[j] / vDeg[j]);
            vars[b + 2] = vDeg[j] == 0 ? 0f : (float) vMax[j];
            vars[b + 3] = vDeg[j] == 0 ? 0f : (float) vMin[j];
            vars[b + 4] = vDeg[j];
            vars[b + 5] = model.type(j) == VarType.BINARY ? 1f : 0f;
        }
        minMax(cons, m + 1, CONSTRAINT_FEATURES);
        minMax(vars, n, VARIABLE_FEATURES);
        return new BipartiteGraph(m + 1, n, CONSTRAINT_FEATURES, cons, VARIABLE_FEATURES, vars, EDGE_FEATURES, ec, ev, ef);
    }

    /** Scales every column of the row-major [rows, dim] array to [0, 1]; constant columns become 0. */
    static void minMax(float[] x, int rows, int dim) {
        for (int f = 0; f < dim; f++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int r = 0; r < rows; r++) {
                double v = x[r * dim + f];
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            double range = hi - lo;
            for (int r = 0; r < rows; r++) {
                double v = x[r * dim + f];
                // infinite values (an unbounded side) map to the ends of the range
                double s = !(range > 0) ? 0.0 : v == Double.POSITIVE_INFINITY ? 1.0
                        : v == Double.NEGATIVE_INFINITY ? 0.0 : (v - lo) / range;
                x[r * dim + f] = (float) s;
            }
        }
    }
}
