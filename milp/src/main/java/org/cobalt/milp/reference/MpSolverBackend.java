package org.cobalt.milp.reference;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.Objects;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.milp.SparseMatrix;

/**
 * The shared part of the OR-Tools backends: translates a {@link MilpModel} directly into an
 * {@link MPSolver} (variables with bounds and integrality, one constraint per row with both sides,
 * objective with offset and sense), applies the options, and reads back status, values, objective,
 * bound, nodes and iterations. Every run gets its own MPSolver, deleted when the run ends.
 */
abstract class MpSolverBackend implements Backend {

    /** Bounds beyond this magnitude are the engine's "infinity" and mean "no bound". */
    private static final double HUGE = 1e19;

    private final String id;
    private final String mpSolverId;
    final OrToolsRuntime runtime;

    MpSolverBackend(String id, String mpSolverId, OrToolsRuntime runtime) {
        this.id = id;
        this.mpSolverId = mpSolverId;
        this.runtime = Objects.requireNonNull(runtime, "runtime");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String unavailableReason() {
        return runtime.unavailableReason(mpSolverId);
    }

    @Override
    public final String version() {
        return runtime.solverVersion(mpSolverId);
    }

    /** True for a MIP engine (nodes and a dual bound are meaningful). */
    abstract boolean isMip();

    /**
     * Sets engine-specific options on a freshly built solver and returns the engine parameter
     * string (may be empty) to pass through {@link MPSolver#setSolverSpecificParametersAsString}.
     */
    abstract String configure(MPSolver solver, MPSolverParameters parameters, RunRequest request);

    @Override
    public final BackendRun prepare(RunRequest request) {
        if (runtime.unavailableReason(mpSolverId) != null) {
            throw new IllegalStateException(runtime.unavailableReason(mpSolverId));
        }
        MPSolver solver = MPSolver.createSolver(mpSolverId);
        if (solver == null) {
            throw new IllegalStateException("OR-Tools cannot create a " + mpSolverId + " solver");
        }
        MPSolverParameters parameters = new MPSolverParameters();
        try {
            MPVariable[] vars = translate(solver, request);
            if (Double.isFinite(request.timeLimitSeconds())) {
                // 0 means "no limit" to MPSolver, so never pass less than a millisecond
                solver.setTimeLimit(Math.max(1L, (long) Math.ceil(request.timeLimitSeconds() * 1000)));
            }
            if (request.options().verbose()) {
                solver.enableOutput();
            } else {
                solver.suppressOutput();
            }
            String engine = configure(solver, parameters, request);
            if (!engine.isEmpty() && !solver.setSolverSpecificParametersAsString(engine)) {
                throw new IllegalArgumentException(id + " rejected the solver-specific parameters [" + engine.replace('\n', ';') + "]");
            }
            if (request.hint() != null && usesWarmStart()) {
                solver.setHint(vars, request.hint().values());
            }
            return new MpRun(solver, parameters, vars, isMip());
        } catch (RuntimeException e) {
            parameters.delete();
            solver.delete();
            throw e;
        }
    }

    private static MPVariable[] translate(MPSolver solver, RunRequest request) {
        MilpModel m = request.model();
        int n = m.numVariables();
        MPVariable[] vars = new MPVariable[n];
        for (int j = 0; j < n; j++) {
            boolean integer = m.isIntegral(j) && !request.relax();
            double lb = integer ? ModelChecks.integerLower(m.lower(j)) : m.lower(j);
            double ub = integer ? ModelChecks.integerUpper(m.upper(j)) : m.upper(j);
            vars[j] = solver.makeVar(lb, ub, integer, m.variableName(j));
        }
        SparseMatrix a = m.matrix();
        for (int i = 0; i < m.numRows(); i++) {
            if (ModelChecks.isSkippable(m, i)) {
                continue;
            }
            MPConstraint c = solver.makeConstraint(m.rowLower(i), m.rowUpper(i), m.rowName(i));
            for (int k = a.rowStart(i); k < a.rowEnd(i); k++) {
                c.setCoefficient(vars[a.rowColumn(k)], a.rowValue(k));
            }
        }
        MPObjective objective = solver.objective();
        if (request.withObjective()) {
            for (int j = 0; j < n; j++) {
                if (m.cost(j) != 0.0) {
                    objective.setCoefficient(vars[j], m.cost(j));
                }
            }
            objective.setOffset(m.objectiveConstant());
        }
        if (m.sense() == ObjectiveSense.MAXIMIZE) {
            objective.setMaximization();
        } else {
            objective.setMinimization();
        }
        return vars;
    }

    /** One MPSolver solve; owns the native solver and frees it when the solve ends. */
    private static final class MpRun implements BackendRun {

        private final Object lock = new Object();
        private final MPSolver solver;
        private final MPSolverParameters parameters;
        private final MPVariable[] vars;
        private final boolean mip;
        private boolean released;
        private volatile BackendOutcome outcome;

        MpRun(MPSolver solver, MPSolverParameters parameters, MPVariable[] vars, boolean mip) {
            this.solver = solver;
            this.parameters = parameters;
            this.vars = vars;
            this.mip = mip;
        }

        @Override
        public void run() {
            try {
                MPSolver.ResultStatus status = solver.solve(parameters);
                outcome = extract(status);
            } finally {
                release();
            }
        }

        private BackendOutcome extract(MPSolver.ResultStatus status) {
            BackendOutcome.Kind kind = switch (status) {
                case OPTIMAL -> BackendOutcome.Kind.OPTIMAL;
                case FEASIBLE -> BackendOutcome.Kind.FEASIBLE;
                case INFEASIBLE -> BackendOutcome.Kind.INFEASIBLE;
                case UNBOUNDED -> BackendOutcome.Kind.UNBOUNDED;
                case NOT_SOLVED -> BackendOutcome.Kind.NOT_SOLVED;
                case MODEL_INVALID -> BackendOutcome.Kind.INVALID;
                default -> BackendOutcome.Kind.ABNORMAL;
            };
            boolean hasSolution = kind == BackendOutcome.Kind.OPTIMAL || kind == BackendOutcome.Kind.FEASIBLE;
            // reading values or the objective without a solution makes OR-Tools log errors
            double objective = Double.NaN;
            double[] values = null;
            if (hasSolution) {
                objective = solver.objective().value();
                values = new double[vars.length];
                for (int j = 0; j < vars.length; j++) {
                    values[j] = vars[j].solutionValue();
                }
            }
            double bound = Double.NaN;
            long nodes = -1;
            if (mip) {
                double b = solver.objective().bestBound();
                bound = Double.isFinite(b) && Math.abs(b) < HUGE ? b : Double.NaN;
                nodes = solver.nodes();
            }
            return new BackendOutcome(kind, objective, bound, values, nodes, solver.iterations(), status.name());
        }

        @Override
        public boolean interrupt() {
            synchronized (lock) {
                return released || solver.interruptSolve();
            }
        }

        @Override
        public BackendOutcome outcome() {
            return outcome;
        }

        @Override
        public void release() {
            synchronized (lock) {
                if (!released) {
                    released = true;
                    parameters.delete();
                    solver.delete();
                }
            }
        }
    }
}
