package org.cobalt.milp.bb;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.solver.AbstractSolver;
import org.cobalt.core.solver.SolveContext;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.milp.bb.engine.SearchOutcome;
import org.cobalt.milp.bb.engine.TreeSearch;
import org.cobalt.milp.bb.record.SampleRecorder;
import org.cobalt.milp.bb.spi.CutSeparator;
import org.cobalt.milp.bb.spi.PrimalHeuristic;
import org.cobalt.milp.bb.spi.SubMipLimits;
import org.cobalt.milp.presolve.DefaultPresolver;
import org.cobalt.milp.presolve.PresolveOptions;
import org.cobalt.milp.presolve.PresolveResult;
import org.cobalt.milp.presolve.Postsolve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * cobalt's branch-and-bound MILP solver, id {@code cobalt-bb}: presolve, a minimization working model,
 * the tree search ({@link TreeSearch}) with the components of its {@link BbSettings}, postsolve, and an
 * independent verification of the solution against the user's model before anything is reported.
 *
 * <p>Statuses: {@code OPTIMAL} when the tree is exhausted (or the gap closed) with a verified solution;
 * {@code INFEASIBLE}; {@code UNBOUNDED} when the LP relaxation is unbounded and a feasible point exists
 * (with rational data this makes the MILP unbounded, Meyer 1974); {@code INFEASIBLE_OR_UNBOUNDED} when
 * the feasibility of such a model could not be decided within the limits; {@code FEASIBLE} or
 * {@code LIMIT_REACHED} at limits and when subtrees had to be abandoned after numerical failures (the
 * bound then stays honest); {@code ERROR} when a solution fails verification or the root LP fails.
 *
 * <p>Gap tolerances come from the options; 0 (the default) means an absolute gap of 1e-6 and a relative
 * gap of 1e-9, and on objectives with a grid step (integral coefficients, no continuous costs) a node is
 * pruned unless it can improve the incumbent by a whole step.
 */
public final class CobaltBbSolver extends AbstractSolver<MilpModel> {

    /** The solver id. */
    public static final String ID = "cobalt-bb";

    private static final Logger LOG = LoggerFactory.getLogger(CobaltBbSolver.class);

    private final BbSettings settings;
    private final int subMipDepth;

    /** A solver with {@link BbSettings#defaults()}. */
    public CobaltBbSolver() {
        this(BbSettings.defaults());
    }

    public CobaltBbSolver(BbSettings settings) {
        this(settings, 0);
    }

    private CobaltBbSolver(BbSettings settings, int subMipDepth) {
        super(ID, MilpModel.class);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.subMipDepth = subMipDepth;
    }

    /** The base settings (before per-solve parameters). */
    public BbSettings settings() {
        return settings;
    }

    /** The settings of one solve: the base settings with the options' {@link BbParameters} applied. */
    public BbSettings settingsFor(SolveOptions options) {
        BbSettings s = settings;
        String branching = options.get(BbParameters.BRANCHING);
        if (!branching.isBlank()) {
            s = s.withBranchingRule(BbComponents.branchingRule(branching));
        }
        String selection = options.get(BbParameters.NODE_SELECTION);
        if (!selection.isBlank()) {
            s = s.withNodeSelector(BbComponents.nodeSelector(selection));
        }
        if (!options.get(BbParameters.PRESOLVE)) {
            s = s.withPresolve(false);
        }
        if (!options.get(BbParameters.CUTS)) {
            s = s.withCutLoop(s.cutLoop().withMaxRounds(0));
        }
        int rounds = options.get(BbParameters.CUT_ROUNDS);
        if (rounds >= 0) {
            s = s.withCutLoop(s.cutLoop().withMaxRounds(rounds));
        }
        if (!options.get(BbParameters.HEURISTICS)) {
            s = s.withHeuristics(List.of());
        }
        if (!options.get(BbParameters.REDUCED_COST_FIXING)) {
            s = s.withReducedCostFixing(false);
        }
        String seps = options.get(BbParameters.SEPARATORS);
        if (!seps.isBlank()) {
            Set<String> keep = names(seps);
            List<CutSeparator> kept = new ArrayList<>();
            for (CutSeparator c : s.separators()) {
                if (keep.contains(c.name().toLowerCase(Locale.ROOT))) {
                    kept.add(c);
                }
            }
            s = s.withSeparators(kept);
        }
        String heurs = options.get(BbParameters.HEURISTIC_NAMES);
        if (!heurs.isBlank()) {
            Set<String> keep = names(heurs);
            List<PrimalHeuristic> kept = new ArrayList<>();
            for (PrimalHeuristic h : s.heuristics()) {
                if (keep.contains(h.name().toLowerCase(Locale.ROOT))) {
                    kept.add(h);
                }
            }
            s = s.withHeuristics(kept);
        }
        String record = options.get(BbParameters.RECORD_DIR);
        if (!record.isBlank() && subMipDepth == 0) {
            s = s.withBranchingRule(SampleRecorder.recording(s.branchingRule(), java.nio.file.Path.of(record)));
        }
        return s;
    }

    private static Set<String> names(String csv) {
        return Arrays.stream(csv.split(",")).map(t -> t.trim().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty())
                .collect(Collectors.toSet());
    }

    @Override
    protected SolveResult doSolve(MilpModel model, SolveContext ctx) {
        BbSettings s = settingsFor(ctx.options());
        if (s.presolve()) {
            PresolveOptions po = PresolveOptions.DEFAULT;
            if (ctx.options().timeLimit() != null) {
                Duration left = ctx.remaining();
                if (left.isZero()) {
                    return ctx.result(SolveStatus.LIMIT_REACHED).message("time limit before presolve").build();
                }
                po = po.withTimeLimit(left);
            }
            PresolveResult pr = new DefaultPresolver().presolve(model, po);
            String summary = "presolve: " + pr.stats().summary();
            switch (pr.status()) {
                case INFEASIBLE -> {
                    return ctx.result(SolveStatus.INFEASIBLE).bound(Double.NaN).nodes(0).lpIterations(0)
                            .message(summary + "; " + pr.message()).build();
                }
                case OPTIMAL -> {
                    return verified(model, ctx, pr.solution(), SolveStatus.OPTIMAL, Double.NaN, 0, 0, Map.of(),
                            summary + "; solved by presolve");
                }
                case INFEASIBLE_OR_UNBOUNDED -> {
                    LOG.debug("{}: presolve says infeasible or unbounded; searching the original model", model.name());
                    return search(model, model, null, ctx, s, summary + "; " + pr.message());
                }
                case REDUCED -> {
                    return search(model, pr.reduced(), pr.postsolve(), ctx, s, summary);
                }
                default -> throw new IllegalStateException("presolve status " + pr.status());
            }
        }
        return search(model, model, null, ctx, s, "");
    }

    /** Runs the tree search on {@code reduced} (the original when {@code post} is null) and reports on {@code model}. */
    private SolveResult search(MilpModel model, MilpModel reduced, Postsolve post, SolveContext ctx, BbSettings s,
                               String presolveSummary) {
        boolean max = reduced.sense() == ObjectiveSense.MAXIMIZE;
        double sign = max ? -1.0 : 1.0;
        MilpModel working = max ? negated(reduced) : reduced;
        double[] warm = null;
        if (ctx.options().warmStart() instanceof MilpSolution w && w.size() == model.numVariables()) {
            MilpSolution r = post == null ? w : post.restrict(w);
            if (r.size() == working.numVariables()) {
                warm = r.values();
            }
        }
        double cutoffParam = ctx.options().get(BbParameters.OBJECTIVE_CUTOFF);
        double externalCutoff = Double.isNaN(cutoffParam) ? Double.POSITIVE_INFINITY : sign * cutoffParam;
        TreeSearch search = new TreeSearch(working, s, ctx, sign, externalCutoff, this::solveSubMip, subMipDepth, false);
        SearchOutcome out = search.run(warm);
        String msg = join(presolveSummary, out.message());
        return switch (out.status()) {
            case OPTIMAL, FEASIBLE -> {
                MilpSolution x = new MilpSolution(out.solution());
                MilpSolution original = post == null ? x : post.apply(x);
                SolveStatus st = out.status() == SearchOutcome.Status.OPTIMAL ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE;
                yield verified(model, ctx, original, st, sign * out.bound(), out.nodes(), out.lpIterations(),
                        out.counters(), msg);
            }
            case INFEASIBLE -> withStats(ctx.result(SolveStatus.INFEASIBLE), out)
                    .message(join(msg, Double.isFinite(externalCutoff) ? "no solution better than the cutoff" : ""))
                    .build();
            case LIMIT_REACHED -> withStats(ctx.result(SolveStatus.LIMIT_REACHED), out)
                    .bound(Double.isFinite(out.bound()) ? sign * out.bound() : Double.NaN).message(msg).build();
            case ROOT_UNBOUNDED -> unboundedOrInfeasible(working, ctx, s, out, msg);
            case ERROR -> withStats(ctx.result(SolveStatus.ERROR), out).message(msg).build();
        };
    }

    /**
     * The LP relaxation is unbounded: the MILP is unbounded exactly when it is feasible (rational data).
     * A pure LP was solved to an unbounded ray from a feasible point; otherwise a feasibility search
     * with a zero objective decides.
     */
    private SolveResult unboundedOrInfeasible(MilpModel working, SolveContext ctx, BbSettings s, SearchOutcome out,
                                              String msg) {
        if (working.isLp()) {
            return withStats(ctx.result(SolveStatus.UNBOUNDED), out).message(join(msg, "LP unbounded")).build();
        }
        MilpModel.Builder b = working.toBuilder().objectiveConstant(0.0);
        for (int j = 0; j < working.numVariables(); j++) {
            b.setCost(j, 0.0);
        }
        MilpModel feasibility = b.build();
        TreeSearch search = new TreeSearch(feasibility, s.withReducedCostFixing(false), ctx, 1.0,
                Double.POSITIVE_INFINITY, this::solveSubMip, subMipDepth, true);
        SearchOutcome f = search.run(null);
        SolveResult.Builder r = switch (f.status()) {
            case OPTIMAL, FEASIBLE -> ctx.result(SolveStatus.UNBOUNDED).message(join(msg,
                    "LP relaxation unbounded and an integer-feasible point exists"));
            case INFEASIBLE -> ctx.result(SolveStatus.INFEASIBLE).message(join(msg,
                    "LP relaxation unbounded but no integer-feasible point"));
            default -> ctx.result(SolveStatus.INFEASIBLE_OR_UNBOUNDED).message(join(msg,
                    "LP relaxation unbounded; feasibility undecided: " + f.message()));
        };
        return r.nodes(out.nodes() + f.nodes()).lpIterations(out.lpIterations() + f.lpIterations()).build();
    }

    private SolveResult verified(MilpModel model, SolveContext ctx, MilpSolution x, SolveStatus status, double bound,
                                 long nodes, long iterations, Map<String, Long> counters, String msg) {
        Verification v = Verifiers.check(model, x);
        if (!v.feasible()) {
            LOG.warn("{}: solution fails verification: {}", model.name(), v.summary());
            return ctx.result(SolveStatus.ERROR).nodes(nodes).lpIterations(iterations)
                    .message(join(msg, "solution fails verification (bug): " + v.summary())).build();
        }
        double objective = v.objective();
        double b = bound;
        if (status == SolveStatus.OPTIMAL) {
            // the bound is proven on the working model; postsolve may move the objective by rounding only
            b = Double.isNaN(b) ? objective : model.isMaximization() ? Math.max(b, objective) : Math.min(b, objective);
            if (Math.abs(b - objective) > 1e-6 * Math.max(1.0, Math.abs(objective))) {
                b = objective;
            }
        }
        SolveResult.Builder r = ctx.result(status).objective(objective).bound(b).solution(x).nodes(nodes)
                .lpIterations(iterations).message(msg);
        counters.forEach(r::counter);
        return r.build();
    }

    private static SolveResult.Builder withStats(SolveResult.Builder b, SearchOutcome out) {
        b.nodes(out.nodes()).lpIterations(out.lpIterations());
        out.counters().forEach(b::counter);
        return b;
    }

    private static String join(String a, String b) {
        if (a == null || a.isEmpty()) {
            return b == null ? "" : b;
        }
        return b == null || b.isEmpty() ? a : a + "; " + b;
    }

    /** The model with its objective negated and the sense set to minimize. */
    static MilpModel negated(MilpModel m) {
        MilpModel.Builder b = m.toBuilder().sense(ObjectiveSense.MINIMIZE).objectiveConstant(-m.objectiveConstant());
        for (int j = 0; j < m.numVariables(); j++) {
            b.setCost(j, -m.cost(j));
        }
        return b.build();
    }

    private SolveResult solveSubMip(MilpModel sub, SubMipLimits limits, int depth) {
        SolveOptions o = SolveOptions.builder().timeLimitSeconds(limits.timeLimitSeconds()).nodeLimit(limits.nodeLimit())
                .seed(depth).threads(1).build();
        if (Double.isFinite(limits.objectiveCutoff())) {
            o = o.withParameter(BbParameters.OBJECTIVE_CUTOFF.name(), Double.toString(limits.objectiveCutoff()));
        }
        // sub-MIPs are internal: no listeners, no sample recording
        BbSettings s = settings.withListeners(List.of());
        if (s.branchingRule() instanceof SampleRecorder r) {
            s = s.withBranchingRule(r.behaviour());
        }
        return new CobaltBbSolver(s, depth).solve(sub, o, null);
    }
}
