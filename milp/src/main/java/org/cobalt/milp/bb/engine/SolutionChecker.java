package org.cobalt.milp.bb.engine;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.SparseMatrix;

/**
 * The engine's acceptance test for candidate solutions: integral columns within the integrality
 * tolerance are rounded to the integer, then bounds and every row must hold within the feasibility
 * tolerance relative to {@code max(1, |side|)}, as the independent verifier checks them. Activities are
 * summed with Neumaier compensation.
 */
final class SolutionChecker {

    private final MilpModel model;
    private final double integralityTolerance;
    private final double feasibilityTolerance;

    SolutionChecker(MilpModel model, double integralityTolerance, double feasibilityTolerance) {
        this.model = model;
        this.integralityTolerance = integralityTolerance;
        this.feasibilityTolerance = feasibilityTolerance;
    }

    /**
     * Rounds {@code x} in place (integral columns) and clamps values within tolerance of their bounds;
     * returns null when feasible, else a short reason.
     */
    String roundAndCheck(double[] x) {
        int n = model.numVariables();
        if (x.length != n) {
            return "expected " + n + " values, got " + x.length;
        }
        for (int j = 0; j < n; j++) {
            double v = x[j];
            if (!Double.isFinite(v)) {
                return "column " + j + " = " + v;
            }
            if (model.isIntegral(j)) {
                double r = Math.rint(v);
                if (Math.abs(v - r) > integralityTolerance) {
                    return "column " + j + " = " + v + " is not integral";
                }
                v = r;
            }
            double lo = model.lower(j);
            double up = model.upper(j);
            if (v < lo) {
                if (lo - v > feasibilityTolerance * Math.max(1.0, Math.abs(lo))) {
                    return "column " + j + " = " + v + " below " + lo;
                }
                v = lo;
            } else if (v > up) {
                if (v - up > feasibilityTolerance * Math.max(1.0, Math.abs(up))) {
                    return "column " + j + " = " + v + " above " + up;
                }
                v = up;
            }
            x[j] = v;
        }
        SparseMatrix a = model.matrix();
        for (int i = 0; i < model.numRows(); i++) {
            double sum = 0.0;
            double comp = 0.0;
            for (int k = a.rowStart(i); k < a.rowEnd(i); k++) {
                double t = a.rowValue(k) * x[a.rowColumn(k)];
                double s = sum + t;
                comp += Math.abs(sum) >= Math.abs(t) ? (sum - s) + t : (t - s) + sum;
                sum = s;
            }
            double act = sum + comp;
            double lo = model.rowLower(i);
            double up = model.rowUpper(i);
            if (act < lo && lo - act > feasibilityTolerance * Math.max(1.0, Math.abs(lo))) {
                return "row " + model.rowName(i) + " activity " + act + " below " + lo;
            }
            if (act > up && act - up > feasibilityTolerance * Math.max(1.0, Math.abs(up))) {
                return "row " + model.rowName(i) + " activity " + act + " above " + up;
            }
        }
        return null;
    }

    /** Objective {@code c.x + constant} with compensated summation. */
    double objective(double[] x) {
        double sum = model.objectiveConstant();
        double comp = 0.0;
        for (int j = 0; j < x.length; j++) {
            double t = model.cost(j) * x[j];
            double s = sum + t;
            comp += Math.abs(sum) >= Math.abs(t) ? (sum - s) + t : (t - s) + sum;
            sum = s;
        }
        return sum + comp;
    }
}
