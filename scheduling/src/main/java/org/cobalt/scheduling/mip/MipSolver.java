package org.cobalt.scheduling.mip;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.solution.SequenceSolution;
import org.cobalt.core.solver.AbstractSolver;
import org.cobalt.core.solver.ParameterKey;
import org.cobalt.core.solver.SolveContext;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.SolverListener;
import org.cobalt.core.solver.SolverProvider;
import org.cobalt.core.solver.SolverRegistry;
import org.cobalt.scheduling.Tardiness;
import org.cobalt.scheduling.heuristics.RuleSolver;
import org.cobalt.scheduling.rules.SequencingRule;
import org.cobalt.scheduling.rules.SchedulingRules;

/**
 * {@code smtt-mip}: builds a MIP formulation of the instance and hands it to a MILP solver found
 * by id in the {@link SolverRegistry} (so this module needs no MILP backend at compile time),
 * optionally with a heuristic schedule encoded as the warm start. Parameters:
 * <ul>
 *   <li>{@code smtt-mip.milp}: MILP solver id (default {@code scip});</li>
 *   <li>{@code smtt-mip.formulation}: {@code positional} (default) or {@code time-indexed};</li>
 *   <li>{@code smtt-mip.warm-start}: a rule id ({@code mddc}, default), a rule id with {@code +ls},
 *       or {@code none}; a {@link SequenceSolution} warm start in the options takes precedence.</li>
 * </ul>
 * All other options (time limit, gaps, seed, threads, parameters) pass through to the MILP solver.
 * The MILP solution is decoded into a sequence whose tardiness is recomputed; the MILP's bound,
 * rounded up to an integer, is reported as the bound.
 */
public final class MipSolver extends AbstractSolver<SingleMachineProblem> {

    public static final ParameterKey<String> MILP = ParameterKey.ofString("smtt-mip.milp", "scip");
    public static final ParameterKey<String> FORMULATION = ParameterKey.ofString("smtt-mip.formulation", "positional");
    public static final ParameterKey<String> WARM_START = ParameterKey.ofString("smtt-mip.warm-start", "mddc");

    private final Supplier<SolverRegistry> registry;

    /** Looks MILP solvers up in the class-path registry. */
    public MipSolver() {
        this(SolverRegistry::load);
    }

    /** Looks MILP solvers up in the given registry (tests, embedding). */
    public MipSolver(Supplier<SolverRegistry> registry) {
        super("smtt-mip", SingleMachineProblem.class);
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** The formulation with this id. */
    public static SmttFormulation formulation(String id) {
        return switch (id.trim().toLowerCase(Locale.ROOT)) {
            case "positional", "assignment" -> new PositionalFormulation();
            case "time-indexed", "time" -> new TimeIndexedFormulation();
            default -> throw new IllegalArgumentException("unknown smtt-mip.formulation '" + id + "'; use positional or time-indexed");
        };
    }

    @Override
    public String unsupportedReason(Problem problem) {
        String r = super.unsupportedReason(problem);
        if (r == null && ((SingleMachineProblem) problem).size() > 2000) {
            return "smtt-mip builds n^2 positional variables; " + ((SingleMachineProblem) problem).size() + " jobs is too many";
        }
        return r;
    }

    @Override
    protected SolveResult doSolve(SingleMachineProblem problem, SolveContext ctx) {
        SolveOptions options = ctx.options();
        SmttFormulation formulation = formulation(options.get(FORMULATION));
        String milpId = options.get(MILP);
        SolverRegistry reg = registry.get();
        SolverProvider provider = reg.require(milpId);
        String unavailable = provider.unavailableReason();
        if (unavailable != null) {
            return ctx.result(SolveStatus.ERROR).message("MILP solver " + milpId + " unavailable: " + unavailable).build();
        }
        if (!provider.problemType().isAssignableFrom(MilpModel.class)) {
            return ctx.result(SolveStatus.ERROR).message("solver " + milpId + " does not solve MILP models").build();
        }
        int[] start = warmStart(problem, options);
        MilpModel model = formulation.model(problem);
        SolveOptions milpOptions = options.withWarmStart(start == null ? null : formulation.encode(problem, start));
        if (options.timeLimit() != null) {
            milpOptions = milpOptions.withTimeLimit(ctx.remaining().isZero() ? java.time.Duration.ofMillis(1) : ctx.remaining());
        }
        long startCost = start == null ? Long.MAX_VALUE : Tardiness.total(problem, start);
        if (start != null) {
            ctx.newIncumbent(startCost, "warm start");
        }
        Solver<MilpModel> milp = reg.get(milpId, MilpModel.class);
        SolverListener forward = (event, control) -> {
            if (ctx.isStopRequested()) {
                control.requestStop();
            }
        };
        SolveResult r = milp.solve(model, milpOptions, forward);
        long bound = Double.isFinite(r.bound()) ? (long) Math.ceil(r.bound() - 1e-6) : 0;
        int[] seq = null;
        String note = "";
        if (r.solution() instanceof MilpSolution ms) {
            try {
                seq = formulation.decode(problem, ms);
            } catch (IllegalArgumentException e) {
                note = "MILP solution not a schedule (" + e.getMessage() + "); ";
            }
        }
        long cost = seq == null ? Long.MAX_VALUE : Tardiness.total(problem, seq);
        // the MILP's optimality claim covers the decoded schedule (and anything at least as good)
        boolean provenByMilp = seq != null && r.status() == SolveStatus.OPTIMAL;
        if (start != null && startCost <= cost) {
            seq = start;
            cost = startCost;
        }
        String message = note + "MILP " + milpId + " (" + formulation.id() + "): " + r.status()
                + (r.message().isEmpty() ? "" : ", " + r.message());
        if (seq == null) {
            SolveStatus s = r.status() == SolveStatus.ERROR ? SolveStatus.ERROR : SolveStatus.LIMIT_REACHED;
            return ctx.result(s).bound(bound).message(message).nodes(r.stats().nodes()).build();
        }
        ctx.newIncumbent(cost, milpId);
        boolean optimal = provenByMilp || cost <= bound;
        return ctx.result(optimal ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE).objective(cost)
                .bound(Math.min(cost, Math.max(bound, 0)))
                .solution(new SequenceSolution(seq)).nodes(r.stats().nodes()).lpIterations(r.stats().lpIterations())
                .message(message).build();
    }

    private static int[] warmStart(SingleMachineProblem problem, SolveOptions options) {
        if (options.warmStart() instanceof SequenceSolution s) {
            int[] seq = s.sequence();
            Sequences.requirePermutation(seq, problem.size());
            return seq;
        }
        String spec = options.get(WARM_START).trim().toLowerCase(Locale.ROOT);
        if (spec.equals("none") || spec.isEmpty()) {
            return null;
        }
        boolean augmented = spec.endsWith("+ls");
        SequencingRule rule = SchedulingRules.byId(augmented ? spec.substring(0, spec.length() - 3) : spec, options);
        SolveResult r = RuleSolver.of(rule, augmented).solve(problem, options.withWarmStart(null).withTimeLimit(null));
        if (!(r.solution() instanceof SequenceSolution s)) {
            throw new IllegalStateException("warm-start heuristic " + spec + " failed: " + r.message());
        }
        return s.sequence();
    }
}
