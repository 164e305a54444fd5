package org.cobalt.milp.bb.engine;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.SparseMatrix;
import org.cobalt.core.milp.VarType;
import org.cobalt.milp.bb.features.BipartiteGraph;
import org.cobalt.milp.bb.features.ConstraintFeature;
import org.cobalt.milp.bb.features.VariableFeature;
import org.cobalt.milp.bb.spi.Cut;
import org.cobalt.milp.lp.BasisStatus;

/**
 * Builds the {@link BipartiteGraph} of a node (features and normalisations documented in
 * {@link VariableFeature} and {@link ConstraintFeature}). O(columns + LP nonzeros).
 */
final class GraphFeatures {

    private static final int VF = VariableFeature.COUNT;
    private static final int CF = ConstraintFeature.COUNT;

    private GraphFeatures() {
    }

    static BipartiteGraph build(NodeScope scope) {
        TreeSearch s = scope.s;
        MilpModel model = s.model;
        int n = s.n;
        double[] x = scope.x;
        double[] d = scope.reducedCosts();
        double[] y = scope.duals();
        double[] act = scope.rowActivities();
        double objNorm = 0.0;
        for (int j = 0; j < n; j++) {
            objNorm += model.cost(j) * model.cost(j);
        }
        objNorm = objNorm > 0 ? Math.sqrt(objNorm) : 1.0;
        double ageScale = 1.0 / (s.nodeLps + 5.0);

        float[] vf = new float[n * VF];
        for (int j = 0; j < n; j++) {
            int o = j * VF;
            VarType t = model.type(j);
            vf[o + (t == VarType.BINARY ? VariableFeature.TYPE_BINARY.index()
                    : t == VarType.INTEGER ? VariableFeature.TYPE_INTEGER.index()
                    : VariableFeature.TYPE_CONTINUOUS.index())] = 1f;
            vf[o + VariableFeature.OBJECTIVE.index()] = (float) (model.cost(j) / objNorm);
            double lo = s.curLower[j];
            double up = s.curUpper[j];
            boolean hasLo = lo > Double.NEGATIVE_INFINITY;
            boolean hasUp = up < Double.POSITIVE_INFINITY;
            vf[o + VariableFeature.HAS_LOWER_BOUND.index()] = hasLo ? 1f : 0f;
            vf[o + VariableFeature.HAS_UPPER_BOUND.index()] = hasUp ? 1f : 0f;
            double v = x[j];
            vf[o + VariableFeature.SOLUTION_AT_LOWER_BOUND.index()] =
                    hasLo && Math.abs(v - lo) <= 1e-9 * Math.max(1.0, Math.abs(lo)) ? 1f : 0f;
            vf[o + VariableFeature.SOLUTION_AT_UPPER_BOUND.index()] =
                    hasUp && Math.abs(v - up) <= 1e-9 * Math.max(1.0, Math.abs(up)) ? 1f : 0f;
            if (model.isIntegral(j)) {
                double f = v - Math.floor(v);
                vf[o + VariableFeature.SOLUTION_FRACTIONALITY.index()] = f < 1e-9 || f > 1 - 1e-9 ? 0f : (float) f;
            }
            BasisStatus bs = s.lp.columnStatus(j);
            int basis = switch (bs) {
                case BASIC -> VariableFeature.BASIS_BASIC.index();
                case AT_UPPER -> VariableFeature.BASIS_AT_UPPER.index();
                case ZERO -> VariableFeature.BASIS_ZERO.index();
                case AT_LOWER, FIXED -> VariableFeature.BASIS_AT_LOWER.index();
            };
            vf[o + basis] = 1f;
            vf[o + VariableFeature.REDUCED_COST.index()] = (float) (d[j] / objNorm);
            vf[o + VariableFeature.AGE.index()] = s.colAge == null ? 0f : (float) (s.colAge[j] * ageScale);
            vf[o + VariableFeature.SOLUTION_VALUE.index()] = (float) v;
            if (s.incumbent != null) {
                vf[o + VariableFeature.INCUMBENT_VALUE.index()] = (float) s.incumbent[j];
                vf[o + VariableFeature.AVERAGE_INCUMBENT_VALUE.index()] = (float) (s.incumbentSum[j] / s.incumbentCount);
            }
        }

        // constraint nodes: every finite side of every LP row
        int rows = s.lp.numRows();
        int modelRows = s.modelRows;
        SparseMatrix a = model.matrix();
        double[] rowNorm = new double[rows];
        double[] objProd = new double[rows];
        System.arraycopy(s.modelRowNorms(), 0, rowNorm, 0, modelRows);
        System.arraycopy(s.modelRowObjectiveProducts(), 0, objProd, 0, modelRows);
        int cons = 0;
        long edges = 0;
        for (int i = 0; i < rows; i++) {
            int len;
            if (i >= modelRows) {
                Cut c = s.cuts.get(i - modelRows);
                double nn = 0.0;
                double p = 0.0;
                for (int k = 0; k < c.size(); k++) {
                    nn += c.coefficients()[k] * c.coefficients()[k];
                    p += c.coefficients()[k] * model.cost(c.columns()[k]);
                }
                rowNorm[i] = Math.sqrt(nn);
                objProd[i] = p;
                len = c.size();
            } else {
                len = a.rowEnd(i) - a.rowStart(i);
            }
            int sides = (s.lp.rowLower(i) > Double.NEGATIVE_INFINITY ? 1 : 0)
                    + (s.lp.rowUpper(i) < Double.POSITIVE_INFINITY ? 1 : 0);
            cons += sides;
            edges += (long) sides * len;
        }
        if (edges > Integer.MAX_VALUE) {
            throw new IllegalStateException("bipartite graph too large: " + edges + " edges");
        }
        float[] cf = new float[cons * CF];
        int[] consRow = new int[cons];
        boolean[] consLower = new boolean[cons];
        int[] ec = new int[(int) edges];
        int[] ev = new int[(int) edges];
        float[] ef = new float[(int) edges];
        double tol = s.settings.feasibilityTolerance();
        int ci = 0;
        int e = 0;
        for (int i = 0; i < rows; i++) {
            double norm = rowNorm[i] > 0 ? rowNorm[i] : 1.0;
            for (int side = 0; side < 2; side++) {
                boolean lower = side == 0;
                double rhs = lower ? s.lp.rowLower(i) : s.lp.rowUpper(i);
                if (Double.isInfinite(rhs)) {
                    continue;
                }
                double sign = lower ? -1.0 : 1.0;
                int o = ci * CF;
                double np = rowNorm[i] * objNorm;
                cf[o + ConstraintFeature.OBJECTIVE_COSINE_SIMILARITY.index()] =
                        np > 0 ? (float) (sign * objProd[i] / np) : 0f;
                cf[o + ConstraintFeature.BIAS.index()] = (float) (sign * rhs / norm);
                cf[o + ConstraintFeature.IS_TIGHT.index()] =
                        Math.abs(act[i] - rhs) <= tol * Math.max(1.0, Math.abs(rhs)) ? 1f : 0f;
                cf[o + ConstraintFeature.DUAL_VALUE.index()] = (float) (sign * y[i] / (norm * objNorm));
                cf[o + ConstraintFeature.AGE.index()] = s.rowAge == null || i >= s.rowAge.length ? 0f
                        : (float) (s.rowAge[i] * ageScale);
                consRow[ci] = i;
                consLower[ci] = lower;
                if (i < modelRows) {
                    for (int k = a.rowStart(i); k < a.rowEnd(i); k++) {
                        ec[e] = ci;
                        ev[e] = a.rowColumn(k);
                        ef[e] = (float) (sign * a.rowValue(k) / norm);
                        e++;
                    }
                } else {
                    Cut c = s.cuts.get(i - modelRows);
                    for (int k = 0; k < c.size(); k++) {
                        ec[e] = ci;
                        ev[e] = c.columns()[k];
                        ef[e] = (float) (sign * c.coefficients()[k] / norm);
                        e++;
                    }
                }
                ci++;
            }
        }
        return new BipartiteGraph(n, cons, vf, cf, consRow, consLower, ec, ev, ef);
    }
}
