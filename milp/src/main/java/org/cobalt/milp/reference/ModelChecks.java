package org.cobalt.milp.reference;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.RowSense;

/**
 * Facts about a model that cobalt settles before and after calling a backend: contradictions any
 * backend would report as an invalid model rather than as infeasible, and whether the objective is
 * bounded by the variable bounds alone (then "infeasible or unbounded" can only mean infeasible).
 */
final class ModelChecks {

    /** Slack for recognising integral bounds and satisfied empty rows. */
    static final double EPS = 1e-9;

    private ModelChecks() {
    }

    /** A proof of infeasibility visible without solving, or null. */
    static String trivialInfeasibility(MilpModel m, boolean relax) {
        for (int j = 0; j < m.numVariables(); j++) {
            double lb = m.lower(j);
            double ub = m.upper(j);
            if (lb > ub) {
                return "variable " + m.variableName(j) + " has bounds [" + lb + ", " + ub + "]";
            }
            if (m.isIntegral(j) && !relax && integerLower(lb) > integerUpper(ub)) {
                return "integer variable " + m.variableName(j) + " has no integer value in [" + lb + ", " + ub + "]";
            }
        }
        for (int i = 0; i < m.numRows(); i++) {
            double lo = m.rowLower(i);
            double up = m.rowUpper(i);
            if (lo > up) {
                return "row " + m.rowName(i) + " has sides [" + lo + ", " + up + "]";
            }
            if (isEmpty(m, i) && (lo > EPS || up < -EPS)) {
                return "row " + m.rowName(i) + " has no coefficients but needs its activity 0 in [" + lo + ", " + up + "]";
            }
        }
        return null;
    }

    /** True when row {@code i} has no coefficients. */
    static boolean isEmpty(MilpModel m, int i) {
        return m.matrix().rowStart(i) == m.matrix().rowEnd(i);
    }

    /** True when the row constrains nothing and need not reach the backend. */
    static boolean isSkippable(MilpModel m, int i) {
        return m.rowSense(i) == RowSense.FREE || isEmpty(m, i);
    }

    /** The smallest integer not below {@code lb} (allowing {@link #EPS} of noise); infinities pass through. */
    static double integerLower(double lb) {
        return Double.isInfinite(lb) ? lb : Math.ceil(lb - EPS);
    }

    /** The largest integer not above {@code ub} (allowing {@link #EPS} of noise); infinities pass through. */
    static double integerUpper(double ub) {
        return Double.isInfinite(ub) ? ub : Math.floor(ub + EPS);
    }

    /**
     * True when every variable that can improve the objective is bounded in the improving
     * direction, so that the objective is bounded over the variable box and the model cannot be
     * unbounded.
     */
    static boolean objectiveBoundedByBox(MilpModel m) {
        double sign = m.sense().sign();
        for (int j = 0; j < m.numVariables(); j++) {
            double c = sign * m.cost(j);
            if (c > 0 && m.lower(j) == Double.NEGATIVE_INFINITY) {
                return false;
            }
            if (c < 0 && m.upper(j) == Double.POSITIVE_INFINITY) {
                return false;
            }
        }
        return true;
    }
}
