package org.cobalt.neural.pas;

import java.util.Optional;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.SolverProvider;
import org.cobalt.core.solver.SolverRegistry;

/**
 * Registers {@code pas-<inner>}: predict-and-search that finishes with the registered MILP solver
 * {@code <inner>}. The inner solver is looked up in the class path's {@link SolverRegistry} when a
 * solver is created, so {@code pas-cobalt-bb} works as soon as {@code cobalt-bb} is registered.
 * Subclasses only name the inner solver (ServiceLoader needs one class per id). The first availability
 * check also starts the neural runtime ({@link NeuralWarmUp}), outside any solve's time limit.
 */
public abstract class PredictAndSearchProvider implements SolverProvider {

    private final String inner;
    private final String variant;
    private volatile SolverRegistry registry;

    /** A provider for {@code pas-<inner>}. */
    protected PredictAndSearchProvider(String inner) {
        this(inner, null);
    }

    /**
     * A provider for {@code pas-<inner>-<variant>}: predict-and-search with a model of one
     * {@code org.cobalt.neural.coco.Variant} (read from {@code pas.model.<variant>}, checked against the
     * file's metadata), so that one batch can run several predictors side by side.
     */
    protected PredictAndSearchProvider(String inner, String variant) {
        if (inner.startsWith("pas-")) {
            throw new IllegalArgumentException("predict-and-search cannot nest: " + inner);
        }
        this.inner = inner;
        this.variant = variant;
    }

    private SolverRegistry registry() {
        SolverRegistry r = registry;
        if (r == null) {
            r = SolverRegistry.load();
            registry = r;
        }
        return r;
    }

    /** The inner solver's id. */
    public String inner() {
        return inner;
    }

    @Override
    public String id() {
        return "pas-" + inner + (variant == null ? "" : "-" + variant);
    }

    @Override
    public String description() {
        if (variant != null) {
            return "predict-and-search with a '" + variant + "' predictor, finished by " + inner
                    + " (model file: --param pas.model." + variant + "=FILE)";
        }
        return "predict-and-search (Han et al. 2023): GNN prediction, trust region, finished by " + inner
                + " (model file: --param pas.model=FILE)";
    }

    @Override
    public Class<? extends Problem> problemType() {
        return MilpModel.class;
    }

    @Override
    public String version() {
        return registry().find(inner).map(p -> "cobalt + " + p.version()).orElse("cobalt");
    }

    @Override
    public String unavailableReason() {
        Optional<SolverProvider> p = registry().find(inner);
        if (p.isEmpty()) {
            return "inner solver " + inner + " is not registered";
        }
        if (!MilpModel.class.isAssignableFrom(p.get().problemType()) && !p.get().problemType().isAssignableFrom(MilpModel.class)) {
            return "inner solver " + inner + " does not solve MILPs";
        }
        String why = p.get().unavailableReason();
        if (why == null) {
            NeuralWarmUp.ensure();
        }
        return why;
    }

    @Override
    public Solver<? extends Problem> create() {
        if (variant != null) {
            return new PredictAndSearchSolver(id(), inner, variant, () -> registry().get(inner, MilpModel.class), loader());
        }
        return new PredictAndSearchSolver(id(), inner, () -> registry().get(inner, MilpModel.class), loader());
    }

    /** The loader of the solvers this provider creates: cobalt's {@code coco-gnn} model files (of its variant). */
    public PredictorLoader loader() {
        return PredictorLoaders.variant(variant);
    }

    /** {@code pas-scip}. */
    public static final class Scip extends PredictAndSearchProvider {
        /** ServiceLoader constructor. */
        public Scip() {
            super("scip");
        }
    }

    /** {@code pas-cbc}. */
    public static final class Cbc extends PredictAndSearchProvider {
        /** ServiceLoader constructor. */
        public Cbc() {
            super("cbc");
        }
    }

    /** {@code pas-scip-plain}: the predict-and-search baseline predictor. */
    public static final class ScipPlain extends PredictAndSearchProvider {
        /** ServiceLoader constructor. */
        public ScipPlain() {
            super("scip", "plain");
        }
    }

    /** {@code pas-scip-coco}: the CoCo-MILP predictor. */
    public static final class ScipCoco extends PredictAndSearchProvider {
        /** ServiceLoader constructor. */
        public ScipCoco() {
            super("scip", "coco");
        }
    }

    /** {@code pas-scip-coco-no-competition}: ablation without the competitive layer. */
    public static final class ScipCocoNoCompetition extends PredictAndSearchProvider {
        /** ServiceLoader constructor. */
        public ScipCocoNoCompetition() {
            super("scip", "coco-no-competition");
        }
    }

    /** {@code pas-scip-coco-no-contrastive}: ablation without the contrastive loss. */
    public static final class ScipCocoNoContrastive extends PredictAndSearchProvider {
        /** ServiceLoader constructor. */
        public ScipCocoNoContrastive() {
            super("scip", "coco-no-contrastive");
        }
    }

    /** {@code pas-cobalt-bb} (available once {@code cobalt-bb} is registered). */
    public static final class CobaltBb extends PredictAndSearchProvider {
        /** ServiceLoader constructor. */
        public CobaltBb() {
            super("cobalt-bb");
        }
    }
}
