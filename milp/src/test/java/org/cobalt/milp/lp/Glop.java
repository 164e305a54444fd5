package org.cobalt.milp.lp;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.milp.SparseMatrix;

/** OR-Tools GLOP through MPSolver, built from the same {@link MilpModel}: the reference in tests and benchmarks. */
final class Glop implements AutoCloseable {

    /** GLOP settings for warm re-solves (docs: /work/shared/STACK.md). */
    static final String WARM_PARAMETERS = "use_preprocessing:false, use_dual_simplex:true";

    private static volatile boolean loaded;

    final MPSolver solver;
    final MPVariable[] vars;
    final MPConstraint[] rows;

    static void load() {
        if (!loaded) {
            synchronized (Glop.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }

    /** The LP relaxation of {@code model} in a fresh GLOP instance. */
    Glop(MilpModel model) {
        load();
        solver = MPSolver.createSolver("GLOP");
        int n = model.numVariables();
        vars = new MPVariable[n];
        for (int j = 0; j < n; j++) {
            vars[j] = solver.makeNumVar(model.lower(j), model.upper(j), "x" + j);
        }
        SparseMatrix a = model.matrix();
        rows = new MPConstraint[model.numRows()];
        for (int i = 0; i < model.numRows(); i++) {
            MPConstraint c = solver.makeConstraint(model.rowLower(i), model.rowUpper(i), "r" + i);
            for (int k = a.rowStart(i); k < a.rowEnd(i); k++) {
                c.setCoefficient(vars[a.rowColumn(k)], a.rowValue(k));
            }
            rows[i] = c;
        }
        MPObjective obj = solver.objective();
        for (int j = 0; j < n; j++) {
            obj.setCoefficient(vars[j], model.cost(j));
        }
        obj.setOffset(model.objectiveConstant());
        if (model.sense() == ObjectiveSense.MAXIMIZE) {
            obj.setMaximization();
        } else {
            obj.setMinimization();
        }
    }

    /** Uses the warm re-solve settings. */
    Glop warm() {
        solver.setSolverSpecificParametersAsString(WARM_PARAMETERS);
        return this;
    }

    MPSolver.ResultStatus solve() {
        return solver.solve();
    }

    double objective() {
        return solver.objective().value();
    }

    /** Solves a model once and returns status and objective. */
    static Reference reference(MilpModel model) {
        try (Glop g = new Glop(model)) {
            MPSolver.ResultStatus st = g.solve();
            return new Reference(st, st == MPSolver.ResultStatus.OPTIMAL ? g.objective() : Double.NaN);
        }
    }

    record Reference(MPSolver.ResultStatus status, double objective) {
    }

    @Override
    public void close() {
        solver.delete();
    }
}
