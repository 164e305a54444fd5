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
 * Subclasses only name the inner solver (ServiceLoader needs one class per id).
 */
public abstract class PredictAndSearchProvider implements SolverProvider {

    private final String inner;
    private volatile SolverRegistry registry;

    /** A provider for {@code pas-<inner>}. */
    protected PredictAndSearchProvider(String inner) {
        if (inner.startsWith("pas-")) {
            throw new IllegalArgumentException("predict-and-search cannot nest: " + inner);
        }
        this.inner = inner;
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
        return "pas-" + inner;
    }

    @Override
    public String description() {
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
        return p.get().unavailableReason();
    }

    @Override
    public Solver<? extends Problem> create() {
        return new PredictAndSearchSolver(id(), inner, () -> registry().get(inner, MilpModel.class), loader());
    }

    /** The loader of the solvers this provider creates: cobalt's {@code coco-gnn} model files. */
    public PredictorLoader loader() {
        return PredictorLoaders.standard();
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

    /** {@code pas-cobalt-bb} (available once {@code cobalt-bb} is registered). */
    public static final class CobaltBb extends PredictAndSearchProvider {
        /** ServiceLoader constructor. */
        public CobaltBb() {
            super("cobalt-bb");
        }
    }
}
