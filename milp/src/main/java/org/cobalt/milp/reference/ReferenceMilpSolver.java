package org.cobalt.milp.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.DoubleConsumer;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.solution.Solution;
import org.cobalt.core.solver.AbstractSolver;
import org.cobalt.core.solver.SolveContext;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;

/**
 * A reference MILP/LP solver over an external engine (SCIP, CBC, GLOP, ojAlgo; see
 * {@link ReferenceSolvers}). The engine solves; this class frames it the same way for every
 * engine:
 * <ol>
 *   <li>contradictory bounds and violated empty rows are reported infeasible before any engine
 *       sees them (engines reject such models as invalid), and a model without variables is
 *       evaluated directly;</li>
 *   <li>a warm start is checked and, when feasible and the engine takes it, announced as the first
 *       incumbent;</li>
 *   <li>the engine runs on a worker thread under a watchdog that interrupts it on stop requests
 *       and shortly after the time limit (see {@link Supervisor});</li>
 *   <li>engines that conflate "infeasible" with "infeasible or unbounded" (all four do, see
 *       docs/solvers/reference.md) are disambiguated: when the variable bounds bound the
 *       objective the verdict is infeasible, otherwise a zero-objective solve decides (switch
 *       {@code <id>.probe=false} to report {@code INFEASIBLE_OR_UNBOUNDED} instead);</li>
 *   <li>every solution is checked by the independent verifier and its objective compared with the
 *       recomputed one; a failing solution becomes an {@code ERROR} result, never a returned
 *       solution;</li>
 *   <li>the final incumbent and bound are emitted as events (the OR-Tools engines give no
 *       callbacks during the solve; ojAlgo's incumbents are streamed from its progress log).</li>
 * </ol>
 */
public final class ReferenceMilpSolver extends AbstractSolver<MilpModel> {

    private final Backend backend;

    ReferenceMilpSolver(Backend backend) {
        super(backend.id(), MilpModel.class);
        this.backend = Objects.requireNonNull(backend, "backend");
    }

    /** Version of the engine. */
    public String version() {
        return backend.version();
    }

    /** Null when the engine can run on this machine; otherwise why not. */
    public String unavailableReason() {
        return backend.unavailableReason();
    }

    @Override
    public String unsupportedReason(Problem problem) {
        String base = super.unsupportedReason(problem);
        if (base != null || !backend.lpOnly()) {
            return base;
        }
        MilpModel m = (MilpModel) problem;
        if (m.isLp()) {
            return null;
        }
        return id() + " solves LPs only, and " + m.name() + " has " + m.numIntegerVariables()
                + " integer variables (parameter " + id() + "." + GlopBackend.RELAX + "=true solves its LP relaxation)";
    }

    @Override
    public String unsupportedReason(Problem problem, SolveOptions options) {
        String reason = unsupportedReason(problem);
        if (reason == null || !(problem instanceof MilpModel)) {
            return reason;
        }
        try {
            return relaxRequested(options) ? null : reason;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private boolean relaxRequested(SolveOptions options) {
        return backend.lpOnly() && ReferenceParameters.parse(backend, options).flag(GlopBackend.RELAX, false);
    }

    @Override
    protected SolveResult doSolve(MilpModel model, SolveContext ctx) {
        String unavailable = backend.unavailableReason();
        if (unavailable != null) {
            return ctx.result(SolveStatus.ERROR).message(unavailable).build();
        }
        SolveOptions options = ctx.options();
        ReferenceParameters params;
        boolean probe;
        try {
            params = ReferenceParameters.parse(backend, options);
            probe = params.flag(ReferenceParameters.PROBE, true);
        } catch (IllegalArgumentException e) {
            return ctx.result(SolveStatus.ERROR).message(e.getMessage()).build();
        }
        boolean relax = backend.lpOnly() && !model.isLp();
        List<String> notes = new ArrayList<>(backend.ignoredOptions(options, options.warmStart() != null));
        if (relax) {
            notes.add("LP relaxation: " + model.numIntegerVariables() + " integer variables relaxed");
        }
        return new Run(model, ctx, params, probe, relax, notes).solve();
    }

    /** The state of one solve. */
    private final class Run {
        private final MilpModel model;
        private final SolveContext ctx;
        private final ReferenceParameters params;
        private final boolean probe;
        private final boolean relax;
        private final List<String> notes;
        private final ConcurrentLinkedQueue<Double> found = new ConcurrentLinkedQueue<>();
        private double lastIncumbent = Double.NaN;
        private int probes;
        private boolean abandoned;

        Run(MilpModel model, SolveContext ctx, ReferenceParameters params, boolean probe, boolean relax, List<String> notes) {
            this.model = model;
            this.ctx = ctx;
            this.params = params;
            this.probe = probe;
            this.relax = relax;
            this.notes = notes;
        }

        SolveResult solve() {
            String trivial = ModelChecks.trivialInfeasibility(model, relax);
            if (trivial != null) {
                notes.add("infeasible before solving: " + trivial);
                return finish(SolveStatus.INFEASIBLE, null, Double.NaN, Double.NaN, null);
            }
            if (model.numVariables() == 0) {
                notes.add("no variables: the objective is its constant");
                double c = model.objectiveConstant();
                return finish(SolveStatus.OPTIMAL, new MilpSolution(new double[0]), c, c, null);
            }
            MilpSolution hint = warmStart();
            if (ctx.shouldStop()) {
                notes.add("stopped before the engine started");
                return finish(SolveStatus.LIMIT_REACHED, null, Double.NaN, Double.NaN, null);
            }
            Attempt main;
            try {
                main = attempt(true, hint);
            } catch (IllegalArgumentException | IllegalStateException e) {
                notes.add(e.getMessage());
                return finish(SolveStatus.ERROR, null, Double.NaN, Double.NaN, null);
            }
            if (main.outcome == null) {
                return finish(SolveStatus.LIMIT_REACHED, null, Double.NaN, Double.NaN, null);
            }
            return map(main);
        }

        private SolveResult map(Attempt main) {
            BackendOutcome o = main.outcome;
            String engine = id() + " reported " + o.detail();
            switch (o.kind()) {
                case OPTIMAL, FEASIBLE -> {
                    if (relax) {
                        return relaxation(o);
                    }
                    SolutionCheck.Checked c = SolutionCheck.check(model, o.values(), o.objective(), false);
                    if (!c.ok()) {
                        notes.add(engine + ", but " + c.failure());
                        return finish(SolveStatus.ERROR, null, Double.NaN, Double.NaN, o);
                    }
                    SolveStatus s = o.kind() == BackendOutcome.Kind.OPTIMAL ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE;
                    if (s == SolveStatus.FEASIBLE) {
                        notes.add(engine + " (stopped before proving optimality)");
                    }
                    return finish(s, c.solution(), o.objective(), dualBound(o, s), o);
                }
                case INFEASIBLE, UNBOUNDED -> {
                    return infeasibleOrUnbounded(o, engine);
                }
                case NOT_SOLVED -> {
                    notes.add(engine + ": stopped by a limit without a solution");
                    return finish(SolveStatus.LIMIT_REACHED, null, Double.NaN, o.bound(), o);
                }
                case ABNORMAL -> {
                    if (main.report.interruptRequested() || ctx.isTimeUp() || ctx.isStopRequested() || limitsSet()) {
                        notes.add(engine + " after a limit or interrupt; no solution");
                        return finish(SolveStatus.LIMIT_REACHED, null, Double.NaN, o.bound(), o);
                    }
                    notes.add(engine);
                    return finish(SolveStatus.ERROR, null, Double.NaN, Double.NaN, o);
                }
                default -> {
                    notes.add(engine + ": the engine rejected the model");
                    return finish(SolveStatus.ERROR, null, Double.NaN, Double.NaN, o);
                }
            }
        }

        private boolean limitsSet() {
            SolveOptions o = ctx.options();
            return o.nodeLimit() != Long.MAX_VALUE || o.iterationLimit() != Long.MAX_VALUE || params.hasNativeEntries();
        }

        /** The bound: the engine's for a MIP engine; for an LP solved to optimality, LP duality makes it the objective. */
        private double dualBound(BackendOutcome o, SolveStatus s) {
            if (!Double.isNaN(o.bound())) {
                return o.bound();
            }
            boolean lpSolved = model.isLp() || relax;
            return s == SolveStatus.OPTIMAL && lpSolved ? o.objective() : Double.NaN;
        }

        /**
         * An LP relaxation's optimum is a bound for the MILP; its solution is returned only when it
         * happens to be integral, and then it is optimal for the MILP.
         */
        private SolveResult relaxation(BackendOutcome o) {
            if (o.kind() != BackendOutcome.Kind.OPTIMAL) {
                notes.add(id() + " reported " + o.detail() + " for the LP relaxation");
                return finish(SolveStatus.LIMIT_REACHED, null, Double.NaN, Double.NaN, o);
            }
            SolutionCheck.Checked lp = SolutionCheck.check(model, o.values(), o.objective(), true);
            if (!lp.ok()) {
                notes.add(id() + " reported OPTIMAL for the LP relaxation, but " + lp.failure());
                return finish(SolveStatus.ERROR, null, Double.NaN, Double.NaN, o);
            }
            SolutionCheck.Checked mip = SolutionCheck.check(model, o.values(), o.objective(), false);
            if (mip.ok()) {
                notes.add("the LP relaxation's optimum is integral, hence optimal for the MILP");
                return finish(SolveStatus.OPTIMAL, mip.solution(), o.objective(), o.objective(), o);
            }
            notes.add("LP relaxation optimum " + o.objective() + " is a bound; its solution is fractional, so no MILP solution is returned");
            return finish(SolveStatus.LIMIT_REACHED, null, Double.NaN, o.objective(), o);
        }

        private SolveResult infeasibleOrUnbounded(BackendOutcome o, String engine) {
            boolean saidUnbounded = o.kind() == BackendOutcome.Kind.UNBOUNDED;
            String what = relax ? " for the LP relaxation" : "";
            if (ModelChecks.objectiveBoundedByBox(model)) {
                if (saidUnbounded) {
                    notes.add(engine + what + ", but the variable bounds bound the objective");
                    return finish(SolveStatus.ERROR, null, Double.NaN, Double.NaN, o);
                }
                notes.add(engine + what + "; the variable bounds bound the objective, so the model is infeasible");
                return finish(SolveStatus.INFEASIBLE, null, Double.NaN, Double.NaN, o);
            }
            if (!probe) {
                boolean lp = model.isLp() && !relax;
                notes.add(engine + what + " (" + id() + ".probe=false: not disambiguated)");
                SolveStatus s = saidUnbounded && lp ? SolveStatus.UNBOUNDED : SolveStatus.INFEASIBLE_OR_UNBOUNDED;
                return finish(s, null, Double.NaN, Double.NaN, o);
            }
            if (ctx.shouldStop()) {
                notes.add(engine + what + "; no time left to tell infeasible from unbounded");
                return finish(SolveStatus.INFEASIBLE_OR_UNBOUNDED, null, Double.NaN, Double.NaN, o);
            }
            Feasibility f = feasibility();
            switch (f) {
                case FEASIBLE -> {
                    if (relax) {
                        notes.add(engine + what + "; the relaxation is feasible, so it is unbounded and the MILP is infeasible or unbounded");
                        return finish(SolveStatus.INFEASIBLE_OR_UNBOUNDED, null, Double.NaN, Double.NaN, o);
                    }
                    notes.add(engine + "; a zero-objective solve found a feasible point, so the model is unbounded");
                    return finish(SolveStatus.UNBOUNDED, null, Double.NaN, Double.NaN, o);
                }
                case INFEASIBLE -> {
                    notes.add(engine + what + "; a zero-objective solve confirms infeasibility");
                    return finish(SolveStatus.INFEASIBLE, null, Double.NaN, Double.NaN, o);
                }
                default -> {
                    notes.add(engine + what + "; the zero-objective solve was inconclusive");
                    return finish(SolveStatus.INFEASIBLE_OR_UNBOUNDED, null, Double.NaN, Double.NaN, o);
                }
            }
        }

        private enum Feasibility { FEASIBLE, INFEASIBLE, UNKNOWN }

        /** Solves with the objective dropped: bounded by construction, so its verdict is unambiguous. */
        private Feasibility feasibility() {
            probes++;
            Attempt a;
            try {
                a = attempt(false, null);
            } catch (IllegalArgumentException | IllegalStateException e) {
                notes.add("feasibility solve failed: " + e.getMessage());
                return Feasibility.UNKNOWN;
            }
            if (a.outcome == null) {
                return Feasibility.UNKNOWN;
            }
            BackendOutcome o = a.outcome;
            if (o.hasSolution()) {
                return SolutionCheck.check(model, o.values(), Double.NaN, relax).ok() ? Feasibility.FEASIBLE : Feasibility.UNKNOWN;
            }
            return o.kind() == BackendOutcome.Kind.INFEASIBLE ? Feasibility.INFEASIBLE : Feasibility.UNKNOWN;
        }

        /** A verified warm start, or null; announces it when the engine will use it. */
        private MilpSolution warmStart() {
            Solution start = ctx.options().warmStart();
            if (start == null || !backend.usesWarmStart()) {
                return null;
            }
            if (!(start instanceof MilpSolution s) || s.size() != model.numVariables()) {
                notes.add("warm start ignored: not a MilpSolution with " + model.numVariables() + " values");
                return null;
            }
            Verification v = Verifiers.check(model, s);
            if (v.feasible()) {
                incumbent(v.objective(), "warm start");
            } else {
                notes.add("warm start is infeasible (" + v.summary() + "); passed on as a hint only");
            }
            return s;
        }

        private Attempt attempt(boolean withObjective, MilpSolution hint) {
            DoubleConsumer sink = withObjective ? found::add : null;
            RunRequest request = new RunRequest(model, withObjective, relax, ctx.options(), params,
                    ctx.remainingSeconds(), hint, sink);
            BackendRun run = backend.prepare(request);
            Supervisor.Report report = Supervisor.supervise("cobalt-" + id() + "-" + model.name(), run, ctx, this::drain);
            if (report.interruptUnsupported() && !notes.contains(UNINTERRUPTIBLE)) {
                notes.add(UNINTERRUPTIBLE);
            }
            if (report.abandoned()) {
                abandoned = true;
                notes.add(id() + " did not stop within the time limit's grace; run abandoned (it finishes in the background), result lost");
                return new Attempt(null, report);
            }
            if (report.failure() != null) {
                Throwable t = report.failure();
                if (t instanceof Error e && !(t instanceof LinkageError)) {
                    throw e;
                }
                throw new IllegalStateException(id() + " failed: " + t, t);
            }
            return new Attempt(run.outcome(), report);
        }

        /** Delivers incumbents seen on engine threads, on the solving thread, when they improve. */
        private void drain() {
            Double v;
            while ((v = found.poll()) != null) {
                incumbent(v, id());
            }
        }

        private void incumbent(double objective, String source) {
            if (Double.isNaN(lastIncumbent) || model.sense().isBetter(objective, lastIncumbent)) {
                lastIncumbent = objective;
                ctx.newIncumbent(objective, source);
            }
        }

        private SolveResult finish(SolveStatus status, MilpSolution solution, double objective, double bound, BackendOutcome o) {
            drain();
            // the returned solution is always the last incumbent announced; a streamed value may
            // differ from the engine's final one in the last digits
            if (solution != null && (Double.isNaN(lastIncumbent)
                    || Math.abs(objective - lastIncumbent) > 1e-9 * Math.max(1.0, Math.abs(objective)))) {
                lastIncumbent = objective;
                ctx.newIncumbent(objective, id());
            }
            if (!Double.isNaN(bound)) {
                ctx.boundImproved(bound);
            }
            long nodes = o == null ? -1 : o.nodes();
            if (o != null) {
                ctx.progress(nodes, -1, objective, bound);
            }
            SolveResult.Builder b = ctx.result(status).objective(objective).bound(bound).solution(solution)
                    .nodes(nodes).lpIterations(o == null ? -1 : o.lpIterations()).message(String.join("; ", notes));
            if (probes > 0) {
                b.counter("feasibilitySolves", probes);
            }
            if (abandoned) {
                b.counter("abandonedRuns", 1);
            }
            return b.build();
        }
    }

    private static final String UNINTERRUPTIBLE = "the engine cannot be interrupted; only its own time limit stops it";

    /** A supervised run: its outcome (null when abandoned) and how the supervision ended. */
    private record Attempt(BackendOutcome outcome, Supervisor.Report report) {
    }
}
