package org.cobalt.neural.revibranch;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.milp.bb.BbSettings;
import org.cobalt.milp.bb.branching.ReliabilityBranching;
import org.cobalt.milp.bb.spi.BranchingRule;
import org.cobalt.neural.branching.LearnedBranchingBbSolver;
import org.cobalt.neural.runtime.Backends;
import org.cobalt.neural.runtime.InferenceBackend;
import org.cobalt.neural.runtime.LearnedComponent;

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
public final class ReviBranchBbSolver extends LearnedBranchingBbSolver {

    /** ReviBranch. */
    public static final String REVIBRANCH = "cobalt-bb-revibranch";
    /** The plain-DQN ablation (no revival). */
    public static final String DQN = "cobalt-bb-dqn";
    /** The no-redistribution ablation. */
    public static final String NO_REDISTRIBUTION = "cobalt-bb-revibranch-noredist";

    private final Supplier<? extends InferenceBackend> backends;

    /** Solver {@code id} on cobalt-bb's defaults, inference on the device {@link Backends#open()} picks. */
    public ReviBranchBbSolver(String id) {
        this(id, BbSettings.defaults(), Backends::open);
    }

    /** Solver {@code id} on {@code base}, inference backends from {@code backends}. */
    public ReviBranchBbSolver(String id, BbSettings base, Supplier<? extends InferenceBackend> backends) {
        super(id, base, "rl", "RL model");
        this.backends = backends;
    }

    /** The rule of one solve: the network when the model loads, else reliability pseudocost branching. */
    @Override
    protected LearnedComponent<BranchingRule> loadRule(SolveOptions options) {
        String file = options.get(ReviBranchParameters.model(id()));
        Optional<Path> path = file.isBlank() ? Optional.empty() : Optional.of(Path.of(file));
        return LearnedComponent.loadOrFallback(id() + " branching rule", path, ReviBranchModels.files(),
                ReviBranchNet.class, ReviBranchModels.SCHEMA, net -> new ReviBranchBranching(net, backends, 0),
                ReliabilityBranching::new);
    }
}
