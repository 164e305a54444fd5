package org.cobalt.routing.spi;

import java.util.function.Supplier;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.SolverProvider;

/** Shared plumbing of the routing solver providers: id, description, problem type and a factory. */
abstract class BaseProvider implements SolverProvider {

    private final String id;
    private final String description;
    private final Class<? extends Problem> type;
    private final Supplier<? extends Solver<? extends Problem>> factory;

    BaseProvider(String id, String description, Class<? extends Problem> type,
                 Supplier<? extends Solver<? extends Problem>> factory) {
        this.id = id;
        this.description = description;
        this.type = type;
        this.factory = factory;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Class<? extends Problem> problemType() {
        return type;
    }

    @Override
    public Solver<? extends Problem> create() {
        return factory.get();
    }
}
