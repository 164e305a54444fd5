package org.cobalt.core.verify;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.SparseMatrix;
import org.cobalt.core.solution.MilpSolution;

/** Checks variable bounds, integrality and every row, and recomputes the objective. */
public final class MilpVerifier implements Verifier<MilpModel, MilpSolution> {

    @Override
    public Class<MilpModel> problemType() {
        return MilpModel.class;
    }

    @Override
    public Class<MilpSolution> solutionType() {
        return MilpSolution.class;
    }

    @Override
    public Verification verify(MilpModel model, MilpSolution solution, Tolerances tol) {
        int n = model.numVariables();
        if (solution.size() != n) {
            return Verification.fail("solution has " + solution.size() + " values, model has " + n + " variables");
        }
        List<String> violations = new ArrayList<>();
        double maxViolation = 0.0;
        int count = 0;
        double[] x = solution.values();
        Accumulator objective = new Accumulator();
        objective.add(model.objectiveConstant());
        for (int j = 0; j < n; j++) {
            double v = x[j];
            if (!Double.isFinite(v)) {
                return Verification.fail("variable " + model.variableName(j) + " = " + v);
            }
            objective.add(model.cost(j) * v);
            double lo = model.lower(j);
            double up = model.upper(j);
            double viol = 0.0;
            if (v < lo) {
                viol = (lo - v) / Math.max(1.0, Math.abs(lo));
            } else if (v > up) {
                viol = (v - up) / Math.max(1.0, Math.abs(up));
            }
            if (viol > tol.feasibility()) {
                count++;
                if (violations.size() < Verification.MAX_LISTED) {
                    violations.add("variable " + model.variableName(j) + " = " + v + " outside [" + lo + ", " + up + "]");
                }
            }
            maxViolation = Math.max(maxViolation, viol);
            if (model.isIntegral(j)) {
                double frac = Math.abs(v - Math.rint(v));
                if (frac > tol.integrality()) {
                    count++;
                    if (violations.size() < Verification.MAX_LISTED) {
                        violations.add("integer variable " + model.variableName(j) + " = " + v);
                    }
                }
            }
        }
        SparseMatrix a = model.matrix();
        for (int i = 0; i < model.numRows(); i++) {
            Accumulator activity = new Accumulator();
            for (int k = a.rowStart(i); k < a.rowEnd(i); k++) {
                activity.add(a.rowValue(k) * x[a.rowColumn(k)]);
            }
            double act = activity.value();
            double lo = model.rowLower(i);
            double up = model.rowUpper(i);
            double viol = 0.0;
            if (act < lo) {
                viol = (lo - act) / Math.max(1.0, Math.abs(lo));
            } else if (act > up) {
                viol = (act - up) / Math.max(1.0, Math.abs(up));
            }
            if (viol > tol.feasibility()) {
                count++;
                if (violations.size() < Verification.MAX_LISTED) {
                    violations.add("row " + model.rowName(i) + ": activity " + act + " outside [" + lo + ", " + up + "]");
                }
            }
            maxViolation = Math.max(maxViolation, viol);
        }
        if (count > violations.size()) {
            violations.add("... " + (count - violations.size()) + " more");
        }
        return new Verification(count == 0, objective.value(), maxViolation, violations);
    }
}
