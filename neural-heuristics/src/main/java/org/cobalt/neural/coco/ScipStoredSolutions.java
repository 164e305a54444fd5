package org.cobalt.neural.coco;

import com.google.ortools.linearsolver.MPConstraintProto;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPModelRequest;
import com.google.ortools.linearsolver.MPSolution;
import com.google.ortools.linearsolver.MPSolutionResponse;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverResponseStatus;
import com.google.ortools.linearsolver.MPVariableProto;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.SparseMatrix;
import org.cobalt.milp.reference.OrToolsRuntime;

/**
 * A {@link FirstSolve} that returns SCIP's whole solution store, not only its best solution: one SCIP
 * solve through OR-Tools' proto API ({@code MPSolver.solveWithProto} with
 * {@code populate_additional_solutions_up_to}), which hands back every solution SCIP kept (up to
 * {@code limits/maxsol}: improving incumbents and other heuristic solutions). The cobalt {@code scip}
 * solver returns only the best one, hence this second path for label collection. Unavailable when the
 * OR-Tools natives do not load.
 */
public final class ScipStoredSolutions implements FirstSolve {

    private final int maxSolutions;

    /** Keeps up to {@code maxSolutions} solutions besides the best. */
    public ScipStoredSolutions(int maxSolutions) {
        if (maxSolutions < 0) {
            throw new IllegalArgumentException("maxSolutions must be non-negative");
        }
        this.maxSolutions = maxSolutions;
    }

    /** Null when SCIP can run here, else why not. */
    public static String unavailableReason() {
        return OrToolsRuntime.shared().unavailableReason("SCIP");
    }

    @Override
    public List<double[]> solutions(MilpModel model, Duration limit, long seed) {
        String why = unavailableReason();
        if (why != null) {
            throw new IllegalStateException(why);
        }
        MPModelRequest request = MPModelRequest.newBuilder().setModel(proto(model))
                .setSolverType(MPModelRequest.SolverType.SCIP_MIXED_INTEGER_PROGRAMMING)
                .setSolverTimeLimitSeconds(limit.toNanos() / 1e9)
                .setPopulateAdditionalSolutionsUpTo(maxSolutions)
                .setSolverSpecificParameters("randomization/randomseedshift = " + Math.floorMod(seed, (long) Integer.MAX_VALUE))
                .build();
        MPSolutionResponse r = MPSolver.solveWithProto(request);
        List<double[]> out = new ArrayList<>();
        if (r.getStatus() != MPSolverResponseStatus.MPSOLVER_OPTIMAL && r.getStatus() != MPSolverResponseStatus.MPSOLVER_FEASIBLE) {
            return out;
        }
        out.add(values(r.getVariableValueList(), model.numVariables()));
        for (MPSolution s : r.getAdditionalSolutionsList()) {
            out.add(values(s.getVariableValueList(), model.numVariables()));
        }
        return out;
    }

    private static double[] values(List<Double> list, int n) {
        if (list.size() != n) {
            throw new IllegalStateException("SCIP returned " + list.size() + " values for " + n + " variables");
        }
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = list.get(j);
        }
        return x;
    }

    /** The model as an OR-Tools proto (bounds, integrality, objective with its constant, rows). */
    static MPModelProto proto(MilpModel m) {
        MPModelProto.Builder b = MPModelProto.newBuilder().setMaximize(m.isMaximization())
                .setObjectiveOffset(m.objectiveConstant());
        for (int j = 0; j < m.numVariables(); j++) {
            double lo = m.lower(j);
            double up = m.upper(j);
            if (m.isIntegral(j)) {
                lo = Math.ceil(lo - 1e-9);
                up = Math.floor(up + 1e-9);
            }
            b.addVariable(MPVariableProto.newBuilder().setLowerBound(lo).setUpperBound(up).setIsInteger(m.isIntegral(j))
                    .setObjectiveCoefficient(m.cost(j)));
        }
        SparseMatrix a = m.matrix();
        for (int i = 0; i < m.numRows(); i++) {
            if (a.rowStart(i) == a.rowEnd(i)) {
                continue;
            }
            MPConstraintProto.Builder c = MPConstraintProto.newBuilder().setLowerBound(m.rowLower(i)).setUpperBound(m.rowUpper(i));
            for (int k = a.rowStart(i); k < a.rowEnd(i); k++) {
                c.addVarIndex(a.rowColumn(k));
                c.addCoefficient(a.rowValue(k));
            }
            b.addConstraint(c);
        }
        return b.build();
    }
}
