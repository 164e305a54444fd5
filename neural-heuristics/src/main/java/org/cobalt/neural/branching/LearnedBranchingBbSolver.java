package org.cobalt.neural.branching;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
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
import org.cobalt.milp.bb.spi.BranchingRule;
import org.cobalt.neural.runtime.LearnedComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * cobalt-bb with a learned branching rule: loads the rule for each solve (falling back to a classical rule
 * when the model cannot be used), runs {@link CobaltBbSolver} with it on the remaining time, passes the
 * inner solve's events and stop requests through, and adds counters {@code <prefix>Learned} (1 when the
 * model was used), {@code <prefix>Inferences}, {@code <prefix>InferenceMillis} and
 * {@code <prefix>FallbackNodes}. {@code cobalt-bb.branching} is ignored with a warning.
 */
public abstract class LearnedBranchingBbSolver extends AbstractSolver<MilpModel> {

    private static final Logger LOG = LoggerFactory.getLogger(LearnedBranchingBbSolver.class);

    private final BbSettings base;
    private final String counterPrefix;
    private final String modelName;

    /**
     * @param id            solver id
     * @param base          cobalt-bb settings the learned rule is plugged into
     * @param counterPrefix prefix of the result counters, e.g. {@code gcnn}
     * @param modelName     what the fallback message calls the model, e.g. {@code GCNN model}
     */
    protected LearnedBranchingBbSolver(String id, BbSettings base, String counterPrefix, String modelName) {
        super(id, MilpModel.class);
        this.base = base;
        this.counterPrefix = counterPrefix;
        this.modelName = modelName;
    }

    /** The branching rule of one solve: the learned one when its model loads, else the classical fallback. */
    protected abstract LearnedComponent<BranchingRule> loadRule(SolveOptions options);

    @Override
    protected final SolveResult doSolve(MilpModel model, SolveContext ctx) {
        LearnedComponent<BranchingRule> rule = loadRule(ctx.options());
        BranchingRule r = rule.get();
        try {
            SolveResult inner = new CobaltBbSolver(base.withBranchingRule(r)).solve(model, innerOptions(ctx), forward(ctx));
            SolveResult.Builder b = ctx.result(inner.status()).objective(inner.objective()).bound(inner.bound())
                    .solution(inner.solution()).nodes(inner.stats().nodes()).lpIterations(inner.stats().lpIterations())
                    .message(rule.fallbackReason().map(m -> modelName + " not used (" + m + "); " + inner.message())
                            .orElse(inner.message()));
            inner.stats().counters().forEach(b::counter);
            b.counter(counterPrefix + "Learned", rule.isLearned() ? 1 : 0);
            if (r instanceof InstrumentedBranching g) {
                b.counter(counterPrefix + "Inferences", g.inferences());
                b.counter(counterPrefix + "InferenceMillis", g.inferenceNanos() / 1_000_000);
                b.counter(counterPrefix + "FallbackNodes", g.fallbackNodes());
            }
            return b.build();
        } finally {
            if (r instanceof InstrumentedBranching g) {
                g.close();
            }
        }
    }

    /** The caller's options with the remaining time, without a branching-rule override. */
    private SolveOptions innerOptions(SolveContext ctx) {
        SolveOptions o = ctx.options();
        Map<String, String> params = new LinkedHashMap<>(o.parameters());
        if (params.remove(BbParameters.BRANCHING.name()) != null) {
            LOG.warn("{} ignores {} (it branches with its {})", id(), BbParameters.BRANCHING.name(), modelName);
        }
        return new SolveOptions(o.timeLimit() == null ? null : ctx.remaining().isZero() ? Duration.ofNanos(1)
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
}
