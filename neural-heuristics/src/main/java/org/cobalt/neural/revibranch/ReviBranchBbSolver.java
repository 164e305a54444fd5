package org.cobalt.neural.revibranch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
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
import org.cobalt.neural.runtime.Backends;
import org.cobalt.neural.runtime.InferenceBackend;
import org.cobalt.neural.runtime.LearnedComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * cobalt-bb with a trained ReviBranch (or plain-DQN) Q-network as branching rule. Everything else is
 * cobalt-bb; {@code cobalt-bb.branching} is ignored with a warning. The model comes from the parameter
 * {@code <id>.model}; when it is missing or unreadable the solve uses reliability pseudocost branching and
 * logs one warning ({@link LearnedComponent}), and the counter {@code rlLearned} is 0.
 *
 * <p>Ids: {@value #REVIBRANCH} (revived trajectories), {@value #DQN} (the plain-DQN ablation model) and
 * {@value #NO_REDISTRIBUTION} (trained without reward redistribution) — the same solver, separate ids so
 * that one {@code cobalt batch} compares them.
 */
public final class ReviBranchBbSolver extends AbstractSolver<MilpModel> {

    /** ReviBranch. */
    public static final String REVIBRANCH = "cobalt-bb-revibranch";
    /** The plain-DQN ablation (no revival). */
    public static final String DQN = "cobalt-bb-dqn";
    /** The no-redistribution ablation. */
    public static final String NO_REDISTRIBUTION = "cobalt-bb-revibranch-noredist";
    private static final Logger LOG = LoggerFactory.getLogger(ReviBranchBbSolver.class);

    private final BbSettings base;
    private final Supplier<? extends InferenceBackend> backends;

    /** Solver {@code id} on cobalt-bb's defaults, inference on the device {@link Backends#open()} picks. */
    public ReviBranchBbSolver(String id) {
        this(id, BbSettings.defaults(), Backends::open);
    }

    /** Solver {@code id} on {@code base}, inference backends from {@code backends}. */
    public ReviBranchBbSolver(String id, BbSettings base, Supplier<? extends InferenceBackend> backends) {
        super(id, MilpModel.class);
        this.base = base;
        this.backends = backends;
    }

    /** The rule of one solve: the network when the model loads, else reliability pseudocost branching. */
    LearnedComponent<BranchingRule> loadRule(SolveOptions options) {
        String file = options.get(ReviBranchParameters.model(id()));
        Optional<Path> path = file.isBlank() ? Optional.empty() : Optional.of(Path.of(file));
        return LearnedComponent.loadOrFallback(id() + " branching rule", path, ReviBranchModels.files(),
                ReviBranchNet.class, ReviBranchModels.SCHEMA, net -> new ReviBranchBranching(net, backends, 0),
                ReliabilityBranching::new);
    }

    @Override
    protected SolveResult doSolve(MilpModel model, SolveContext ctx) {
        LearnedComponent<BranchingRule> rule = loadRule(ctx.options());
        BranchingRule r = rule.get();
        try {
            SolveResult inner = new CobaltBbSolver(base.withBranchingRule(r)).solve(model, innerOptions(ctx), forward(ctx));
            SolveResult.Builder b = ctx.result(inner.status()).objective(inner.objective()).bound(inner.bound())
                    .solution(inner.solution()).nodes(inner.stats().nodes()).lpIterations(inner.stats().lpIterations())
                    .message(rule.fallbackReason().map(m -> "RL model not used (" + m + "); " + inner.message())
                            .orElse(inner.message()));
            inner.stats().counters().forEach(b::counter);
            b.counter("rlLearned", rule.isLearned() ? 1 : 0);
            if (r instanceof ReviBranchBranching g) {
                b.counter("rlInferences", g.inferences());
                b.counter("rlInferenceMillis", g.inferenceNanos() / 1_000_000);
                b.counter("rlFallbackNodes", g.fallbackNodes());
            }
            return b.build();
        } finally {
            if (r instanceof ReviBranchBranching g) {
                g.close();
            }
        }
    }

    private SolveOptions innerOptions(SolveContext ctx) {
        SolveOptions o = ctx.options();
        Map<String, String> params = new LinkedHashMap<>(o.parameters());
        if (params.remove(BbParameters.BRANCHING.name()) != null) {
            LOG.warn("{} ignores {} (it branches with its Q-network)", id(), BbParameters.BRANCHING.name());
        }
        return new SolveOptions(o.timeLimit() == null ? null : ctx.remaining().isZero() ? Duration.ofNanos(1)
                : ctx.remaining(), o.nodeLimit(), o.iterationLimit(), o.relativeGap(), o.absoluteGap(), o.seed(),
                o.threads(), o.verbose(), params, o.warmStart());
    }

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
}
