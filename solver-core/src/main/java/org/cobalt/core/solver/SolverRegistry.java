package org.cobalt.core.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.cobalt.core.problem.Problem;

/** An immutable set of solver providers, usually loaded from the class path. */
public final class SolverRegistry {

    private final Map<String, SolverProvider> providers;

    private SolverRegistry(List<SolverProvider> list) {
        Map<String, SolverProvider> map = new LinkedHashMap<>();
        list.stream().sorted(Comparator.comparing(SolverProvider::id)).forEach(p -> {
            SolverProvider prev = map.put(p.id(), p);
            if (prev != null) {
                throw new IllegalStateException("two solver providers use id '" + p.id() + "': "
                        + prev.getClass().getName() + " and " + p.getClass().getName());
            }
        });
        this.providers = map;
    }

    /** All providers registered through {@link ServiceLoader} on the class path. */
    public static SolverRegistry load() {
        List<SolverProvider> list = new ArrayList<>();
        ServiceLoader.load(SolverProvider.class).forEach(list::add);
        return new SolverRegistry(list);
    }

    /** A registry of exactly these providers (tests, embedding). */
    public static SolverRegistry of(List<SolverProvider> list) {
        return new SolverRegistry(List.copyOf(list));
    }

    /** Providers sorted by id. */
    public List<SolverProvider> providers() {
        return List.copyOf(providers.values());
    }

    /** Ids sorted. */
    public List<String> ids() {
        return List.copyOf(providers.keySet());
    }

    public Optional<SolverProvider> find(String id) {
        return Optional.ofNullable(providers.get(id));
    }

    /** The provider with this id, or an {@link UnknownSolverException} listing the known ids. */
    public SolverProvider require(String id) {
        SolverProvider p = providers.get(id);
        if (p == null) {
            throw new UnknownSolverException(id, ids());
        }
        return p;
    }

    /** Providers whose solvers accept this problem's type. */
    public List<SolverProvider> forProblem(Problem problem) {
        return providers.values().stream().filter(p -> p.problemType().isInstance(problem)).toList();
    }

    /** Providers whose problem type is {@code type} or a supertype of it. */
    public List<SolverProvider> forType(Class<? extends Problem> type) {
        return providers.values().stream().filter(p -> p.problemType().isAssignableFrom(type)).toList();
    }

    /**
     * A solver that accepts any {@link Problem} and returns an ERROR result (never a
     * {@code ClassCastException}) for problems of the wrong type.
     */
    public Solver<Problem> get(String id) {
        return new AnySolver(require(id).create());
    }

    /** A typed solver; fails when the solver does not accept {@code type}. */
    @SuppressWarnings("unchecked")
    public <P extends Problem> Solver<P> get(String id, Class<P> type) {
        SolverProvider p = require(id);
        if (!p.problemType().isAssignableFrom(type)) {
            throw new IllegalArgumentException("solver " + id + " solves " + p.problemType().getSimpleName()
                    + ", not " + type.getSimpleName());
        }
        return (Solver<P>) p.create();
    }

    /** Adapter that checks the problem type at run time. */
    private record AnySolver(Solver<? extends Problem> delegate) implements Solver<Problem> {

        @Override
        public String id() {
            return delegate.id();
        }

        @Override
        public Class<Problem> problemType() {
            return Problem.class;
        }

        @Override
        public String unsupportedReason(Problem problem) {
            return delegate.unsupportedReason(problem);
        }

        @Override
        public String unsupportedReason(Problem problem, SolveOptions options) {
            return delegate.unsupportedReason(problem, options);
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public SolveResult solve(Problem problem, SolveOptions options, SolverListener listener) {
            String reason = delegate.unsupportedReason(problem, options);
            if (reason != null) {
                return SolveResult.error(delegate.id(), problem.name(), java.time.Duration.ZERO, reason);
            }
            return ((Solver) delegate).solve(problem, options, listener);
        }
    }
}
