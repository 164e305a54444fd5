package org.cobalt.neural.pas;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.cobalt.core.event.BoundImproved;
import org.cobalt.core.event.NewIncumbent;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.solution.Solution;
import org.cobalt.core.solver.AbstractSolver;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.SolveContext;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.SolverListener;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Predict-and-search (Han et al., ICLR 2023) around any registered MILP solver: a
 * {@link SolutionPredictor} gives per-binary probabilities, a {@link TrustRegion} around the rounded
 * prediction is added to the model as one row, and the inner solver searches that region under the
 * time limit.
 * <ol>
 *   <li>No predictor (no model file, a file that does not load, a prediction that fails): the inner
 *       solver solves the original model alone, and the result message and a warning say why.</li>
 *   <li>Region infeasible (or the region solve fails or finds nothing while time remains): the full
 *       model gets the remaining time.</li>
 *   <li>Region solved before the limit: with {@link FinishMode#FULL} (default) the full model gets the
 *       remaining time, warm-started with the region's best solution, so the answer can be proven
 *       optimal; with {@link FinishMode#REGION} the solve ends there, as in the paper.</li>
 * </ol>
 * Incumbents of both phases are relayed as {@code NewIncumbent} events (source {@code region/<inner>}
 * or {@code full/<inner>}) when they improve; bounds only from the full model, since a region's bound
 * says nothing about the original. Every solution is checked against the ORIGINAL model with
 * {@link Verifiers#check}; the reported objective is the verifier's. Prediction time counts against
 * the time limit.
 */
public final class PredictAndSearchSolver extends AbstractSolver<MilpModel> {

    private static final Logger LOG = LoggerFactory.getLogger(PredictAndSearchSolver.class);
    /** A phase with less time than this left is not started. */
    static final double MIN_PHASE_SECONDS = 0.05;

    private final String innerId;
    private final String variant;
    private final Supplier<? extends Solver<MilpModel>> inner;
    private final PredictorLoader loader;
    private final SolutionPredictor predictor;

    /**
     * A solver that loads its predictor from the {@link PasParameters#MODEL} file of each solve.
     *
     * @param id      this solver's id, e.g. {@code pas-scip}
     * @param innerId the inner solver's id (for messages and event sources)
     * @param inner   creates the inner solver
     * @param loader  reads model files
     */
    public PredictAndSearchSolver(String id, String innerId, Supplier<? extends Solver<MilpModel>> inner, PredictorLoader loader) {
        this(id, innerId, null, inner, Objects.requireNonNull(loader, "loader"), null);
    }

    /**
     * A solver for one predictor variant: its model comes from {@code pas.model.<variant>} (else
     * {@link PasParameters#MODEL}); the loader checks that the file holds that variant.
     */
    public PredictAndSearchSolver(String id, String innerId, String variant, Supplier<? extends Solver<MilpModel>> inner,
                                  PredictorLoader loader) {
        this(id, innerId, Objects.requireNonNull(variant, "variant"), inner, Objects.requireNonNull(loader, "loader"), null);
    }

    private PredictAndSearchSolver(String id, String innerId, String variant, Supplier<? extends Solver<MilpModel>> inner,
                                   PredictorLoader loader, SolutionPredictor predictor) {
        super(id, MilpModel.class);
        this.innerId = Objects.requireNonNull(innerId, "innerId");
        this.variant = variant;
        this.inner = Objects.requireNonNull(inner, "inner");
        this.loader = loader;
        this.predictor = predictor;
    }

    /** A solver with a fixed predictor (embedding, tests); {@link PasParameters#MODEL} is ignored. */
    public static PredictAndSearchSolver withPredictor(String id, Solver<MilpModel> inner, SolutionPredictor predictor) {
        return new PredictAndSearchSolver(id, inner.id(), null, () -> inner, null, Objects.requireNonNull(predictor, "predictor"));
    }

    /** The inner solver's id. */
    public String innerId() {
        return innerId;
    }

    @Override
    protected SolveResult doSolve(MilpModel model, SolveContext ctx) {
        return new Run(model, ctx, inner.get()).solve();
    }

    /** The state of one solve. */
    private final class Run {
        private final MilpModel model;
        private final SolveContext ctx;
        private final Solver<MilpModel> solver;
        private final List<String> notes = new ArrayList<>();
        private final Map<String, Long> counters = new LinkedHashMap<>();
        private double[] best;
        private double bestObjective = Double.NaN;
        private double announced = Double.NaN;
        private long nodes = -1;
        private long lpIterations = -1;

        Run(MilpModel model, SolveContext ctx, Solver<MilpModel> solver) {
            this.model = model;
            this.ctx = ctx;
            this.solver = solver;
        }

        SolveResult solve() {
            FinishMode finish;
            try {
                finish = ctx.options().get(PasParameters.FINISH);
            } catch (IllegalArgumentException e) {
                return ctx.result(SolveStatus.ERROR).message(e.getMessage()).build();
            }
            SolutionPredictor p = resolvePredictor();
            if (p == null) {
                return finishFull(phase("full", model, ctx.options().warmStart(), true), false);
            }
            long t0 = System.nanoTime();
            Prediction prediction;
            try {
                prediction = p.predict(model);
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("{}: prediction by {} failed on {} ({}); solving with {} alone", id(), p.name(), model.name(), e.toString(), innerId);
                notes.add("prediction by " + p.name() + " failed (" + e.getMessage() + "): " + innerId + " alone");
                return finishFull(phase("full", model, ctx.options().warmStart(), true), false);
            } finally {
                if (p instanceof AutoCloseable c) {
                    closeQuietly(c);
                }
            }
            counters.put("predictMillis", (System.nanoTime() - t0) / 1_000_000);
            RegionSettings settings;
            TrustRegion region;
            try {
                settings = PasParameters.region(ctx.options(), p.suggestedRegion().orElse(null));
                region = TrustRegion.select(model, prediction, settings);
            } catch (IllegalArgumentException e) {
                return ctx.result(SolveStatus.ERROR).message(e.getMessage()).build();
            }
            counters.put("regionZeros", (long) region.zeros().length);
            counters.put("regionOnes", (long) region.ones().length);
            counters.put("regionDelta", (long) region.delta());
            notes.add(String.format(Locale.ROOT, "predictor %s, region %s: %d predicted 0, %d predicted 1, delta %d",
                    p.name(), settings, region.zeros().length, region.ones().length, region.delta()));
            if (region.isEmpty()) {
                notes.add("empty region: full model");
                return finishFull(phase("full", model, ctx.options().warmStart(), true), false);
            }
            if (ctx.shouldStop()) {
                return finishRegionOnly(region);
            }
            SolveResult r = phase("region", region.apply(model), ctx.options().warmStart(), false);
            notes.add("region: " + describe(r));
            boolean timeLeft = timeLeft();
            switch (r.status()) {
                case OPTIMAL -> {
                    if (finish == FinishMode.FULL && timeLeft) {
                        return finishFull(phase("full", model, warmStart(), true), true);
                    }
                    return finishRegionOnly(region);
                }
                case FEASIBLE -> {
                    // a node limit or an engine limit may end the region early; time left goes to the full model
                    if (finish == FinishMode.FULL && timeLeft) {
                        return finishFull(phase("full", model, warmStart(), true), true);
                    }
                    return finishRegionOnly(region);
                }
                case INFEASIBLE -> notes.add("trust region infeasible: full model");
                default -> notes.add("region solve gave " + r.status() + ": full model");
            }
            if (!timeLeft) {
                return finishRegionOnly(region);
            }
            return finishFull(phase("full", model, best != null ? warmStart() : ctx.options().warmStart(), true), true);
        }

        private boolean timeLeft() {
            return !ctx.shouldStop() && ctx.remainingSeconds() > MIN_PHASE_SECONDS;
        }

        private MilpSolution warmStart() {
            return new MilpSolution(best);
        }

        private SolutionPredictor resolvePredictor() {
            if (predictor != null) {
                return predictor;
            }
            Optional<Path> file = PasParameters.modelFile(ctx.options(), variant);
            if (file.isEmpty()) {
                String param = variant == null ? PasParameters.MODEL.name()
                        : PasParameters.modelKey(variant).name() + " or " + PasParameters.MODEL.name();
                LOG.warn("{}: no predictor model configured (parameter {}); solving with {} alone", id(), param, innerId);
                notes.add("no predictor model (parameter " + param + "): " + innerId + " alone");
                return null;
            }
            try {
                return loader.load(file.get());
            } catch (Exception e) {
                LOG.warn("{}: cannot use predictor model {} ({}); solving with {} alone", id(), file.get(), e.getMessage(), innerId);
                notes.add("predictor model " + file.get() + " unusable (" + e.getMessage() + "): " + innerId + " alone");
                return null;
            }
        }

        /** Runs the inner solver on {@code m} with the remaining time; relays events; keeps the best verified solution. */
        private SolveResult phase(String name, MilpModel m, Solution start, boolean boundsValid) {
            SolveOptions o = ctx.options();
            Duration limit = o.timeLimit() == null ? null : max(ctx.remaining(), Duration.ofMillis(1));
            SolveOptions io = o.withTimeLimit(limit).withWarmStart(start);
            SolveResult r;
            try (StopRelay relay = new StopRelay(ctx, ctx.problemName())) {
                SolverListener listener = (event, control) -> {
                    relay.capture(control);
                    switch (event) {
                        case NewIncumbent n -> offer(n.objective(), name + "/" + n.source());
                        case BoundImproved b -> {
                            if (boundsValid) {
                                ctx.boundImproved(b.bound());
                            }
                        }
                        default -> {
                        }
                    }
                };
                r = solver.solve(m, io, listener);
            }
            nodes = add(nodes, r.stats().nodes());
            lpIterations = add(lpIterations, r.stats().lpIterations());
            if (r.hasSolution() && r.solution() instanceof MilpSolution s && s.size() == model.numVariables()) {
                Verification v = Verifiers.check(model, s);
                if (v.feasible()) {
                    consider(s.values(), v.objective());
                } else {
                    notes.add(name + " solution rejected by the verifier on the original model: " + v.summary());
                }
            } else if (r.hasSolution()) {
                notes.add(name + " returned a solution of the wrong shape; ignored");
            }
            if (!r.message().isEmpty() && r.status() == SolveStatus.ERROR) {
                notes.add(name + " error: " + r.message());
            }
            return r;
        }

        private void consider(double[] values, double objective) {
            if (best == null || model.sense().isBetter(objective, bestObjective)) {
                best = values;
                bestObjective = objective;
            }
        }

        private void offer(double objective, String source) {
            if (Double.isNaN(objective)) {
                return;
            }
            if (Double.isNaN(announced) || model.sense().isBetter(objective, announced)) {
                announced = objective;
                ctx.newIncumbent(objective, source);
            }
        }

        private SolveResult finishRegionOnly(TrustRegion region) {
            if (best == null) {
                return build(SolveStatus.LIMIT_REACHED, Double.NaN);
            }
            counters.put("regionFlips", (long) region.flips(best));
            return build(SolveStatus.FEASIBLE, Double.NaN);
        }

        private SolveResult finishFull(SolveResult full, boolean afterRegion) {
            counters.put("fullPhase", 1L);
            if (afterRegion) {
                notes.add("full: " + describe(full));
            } else if (!full.message().isEmpty()) {
                notes.add(full.message());
            }
            double bound = full.bound();
            return switch (full.status()) {
                case OPTIMAL -> best != null ? build(SolveStatus.OPTIMAL, bound) : build(SolveStatus.ERROR, Double.NaN);
                case FEASIBLE, LIMIT_REACHED -> build(best != null ? SolveStatus.FEASIBLE : SolveStatus.LIMIT_REACHED, bound);
                case INFEASIBLE, UNBOUNDED, INFEASIBLE_OR_UNBOUNDED -> {
                    if (best != null) {
                        notes.add("full model reported " + full.status() + " although a verified solution exists");
                        yield build(SolveStatus.FEASIBLE, Double.NaN);
                    }
                    yield build(full.status(), Double.NaN);
                }
                case ERROR -> best != null ? build(SolveStatus.FEASIBLE, Double.NaN) : build(SolveStatus.ERROR, Double.NaN);
            };
        }

        private SolveResult build(SolveStatus status, double bound) {
            if (status.hasSolution() && best != null && (Double.isNaN(announced)
                    || Math.abs(bestObjective - announced) > 1e-9 * Math.max(1.0, Math.abs(bestObjective)))) {
                // the returned solution is always the last incumbent announced (verifier's objective)
                announced = bestObjective;
                ctx.newIncumbent(bestObjective, id());
            }
            SolveResult.Builder b = ctx.result(status).bound(bound).nodes(nodes).lpIterations(lpIterations)
                    .message(String.join("; ", notes));
            if (status.hasSolution()) {
                b.objective(bestObjective).solution(new MilpSolution(best));
            }
            counters.forEach(b::counter);
            return b.build();
        }

        private String describe(SolveResult r) {
            String obj = r.hasSolution() ? " " + r.objective() : "";
            return String.format(Locale.ROOT, "%s%s in %.2f s", r.status(), obj, r.stats().wallTime().toNanos() / 1e9);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.debug("closing the predictor failed", e);
        }
    }

    private static long add(long a, long b) {
        if (b < 0) {
            return a;
        }
        return a < 0 ? b : a + b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
