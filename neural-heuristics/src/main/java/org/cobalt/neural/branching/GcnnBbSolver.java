package org.cobalt.neural.branching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.cobalt.core.event.Finished;
import org.cobalt.core.event.Started;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.AbstractSolver;
import org.cobalt.core.solver.SolveContext;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolverListener;
import org.cobalt.milp.bb.BbParameters;
import org.cobalt.milp.bb.BbSettings;
import org.cobalt.milp.bb.CobaltBbSolver;
import org.cobalt.milp.bb.branching.ReliabilityBranching;
import org.cobalt.milp.bb.spi.BranchingRule;
import org.cobalt.neural.nn.GcnnPolicy;
import org.cobalt.neural.runtime.Backends;
import org.cobalt.neural.runtime.InferenceBackend;
import org.cobalt.neural.runtime.LearnedComponent;
import org.cobalt.neural.runtime.ModelFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * cobalt-bb with the imitation-learned GCNN brancher ({@link GcnnBranching}), id {@value #ID}. Everything
 * else is cobalt-bb ({@link CobaltBbSolver}: presolve, node selection, heuristics, verification of the
 * result); the {@code cobalt-bb.*} parameters apply, except {@code cobalt-bb.branching}, which this solver
 * ignores with a warning. The model comes from {@link GcnnParameters#MODEL} or the shipped one; when it is
 * missing or corrupt the solve runs with reliability pseudocost branching and logs one warning
 * ({@link LearnedComponent}), and the result's counter {@code gcnnLearned} is 0.
 *
 * <p>Counters added to cobalt-bb's: {@code gcnnLearned} (1 when the model was used),
 * {@code gcnnInferences} (forward passes), {@code gcnnInferenceMillis} (their wall time, featurizing
 * included) and {@code gcnnFallbackNodes} (nodes decided by the fallback rule).
 */
public final class GcnnBbSolver extends AbstractSolver<MilpModel> {

    /** The solver id. */
    public static final String ID = "cobalt-bb-gcnn";
    private static final Logger LOG = LoggerFactory.getLogger(GcnnBbSolver.class);

    private final BbSettings base;
    private final java.util.function.Supplier<? extends InferenceBackend> backends;

    /** cobalt-bb's default settings, inference on the device {@link Backends#open()} picks. */
    public GcnnBbSolver() {
        this(BbSettings.defaults(), Backends::open);
    }

    /** {@code base} with the GCNN as branching rule, inference backends from {@code backends}. */
    public GcnnBbSolver(BbSettings base, java.util.function.Supplier<? extends InferenceBackend> backends) {
        super(ID, MilpModel.class);
        this.base = base;
        this.backends = backends;
    }

    /** The branching rule of one solve: the GCNN when the model loads, else reliability pseudocost branching. */
    LearnedComponent<BranchingRule> loadRule(SolveOptions options) {
        String configured = options.get(GcnnParameters.MODEL);
        if (!configured.isBlank()) {
            return load(Optional.of(Path.of(configured)));
        }
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("cobalt-gcnn");
            Optional<Path> bundled = GcnnModels.extractBundled(tmp);
            if (bundled.isEmpty()) {
                LOG.warn("{}: this build ships no GCNN model ({}); set {}", ID, GcnnModels.BUNDLED, GcnnParameters.MODEL.name());
            }
            return load(bundled);
        } catch (IOException e) {
            LOG.warn("{}: cannot unpack the shipped model: {}", ID, e.toString());
            return load(Optional.empty());
        } finally {
            deleteQuietly(tmp);
        }
    }

    private LearnedComponent<BranchingRule> load(Optional<Path> file) {
        return LearnedComponent.loadOrFallback(ID + " branching rule", file, new ModelFiles(), GcnnPolicy.class,
                GcnnFeaturizer.SCHEMA, policy -> new GcnnBranching(policy, backends), ReliabilityBranching::new);
    }

    @Override
    protected SolveResult doSolve(MilpModel model, SolveContext ctx) {
        LearnedComponent<BranchingRule> rule = loadRule(ctx.options());
        BranchingRule r = rule.get();
        try {
            SolveResult inner = new CobaltBbSolver(base.withBranchingRule(r)).solve(model, innerOptions(ctx), forward(ctx));
            SolveResult.Builder b = ctx.result(inner.status()).objective(inner.objective()).bound(inner.bound())
                    .solution(inner.solution()).nodes(inner.stats().nodes()).lpIterations(inner.stats().lpIterations())
                    .message(rule.fallbackReason().map(m -> "GCNN model not used (" + m + "); " + inner.message())
                            .orElse(inner.message()));
            inner.stats().counters().forEach(b::counter);
            b.counter("gcnnLearned", rule.isLearned() ? 1 : 0);
            if (r instanceof GcnnBranching g) {
                b.counter("gcnnInferences", g.inferenceCalls());
                b.counter("gcnnInferenceMillis", g.inferenceNanos() / 1_000_000);
                b.counter("gcnnFallbackNodes", g.fallbackNodes());
            }
            return b.build();
        } finally {
            if (r instanceof GcnnBranching g) {
                g.close();
            }
        }
    }

    /** The caller's options with the remaining time, without a branching-rule override. */
    private static SolveOptions innerOptions(SolveContext ctx) {
        SolveOptions o = ctx.options();
        Map<String, String> params = new LinkedHashMap<>(o.parameters());
        if (params.remove(BbParameters.BRANCHING.name()) != null) {
            LOG.warn("{} ignores {} (it always branches with the GCNN)", ID, BbParameters.BRANCHING.name());
        }
        return new SolveOptions(o.timeLimit() == null ? null : ctx.remaining().isZero() ? java.time.Duration.ofNanos(1)
                : ctx.remaining(), o.nodeLimit(), o.iterationLimit(), o.relativeGap(), o.absoluteGap(), o.seed(),
                o.threads(), o.verbose(), params, o.warmStart());
    }

    /** Passes the inner solve's events on (but its Started/Finished) and stop requests back in. */
    private static SolverListener forward(SolveContext ctx) {
        return (event, control) -> {
            if (!(event instanceof Started) && !(event instanceof Finished)) {
                ctx.emit(event);
            }
            if (ctx.shouldStop()) {
                control.requestStop();
            }
        };
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.debug("cannot delete {}: {}", dir, e.toString());
        }
    }
}
