package org.cobalt.core.solver;

import java.util.Objects;
import org.cobalt.core.event.Finished;
import org.cobalt.core.event.Started;
import org.cobalt.core.problem.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The frame every solver shares: it creates the {@link SolveContext}, emits {@link Started} and
 * {@link Finished}, rejects unsupported problems and turns exceptions (including out-of-memory)
 * into {@link SolveStatus#ERROR} results. Subclasses implement {@link #doSolve}.
 */
public abstract class AbstractSolver<P extends Problem> implements Solver<P> {

    private static final Logger LOG = LoggerFactory.getLogger(AbstractSolver.class);

    private final String id;
    private final Class<P> problemType;

    protected AbstractSolver(String id, Class<P> problemType) {
        this.id = Objects.requireNonNull(id, "id");
        this.problemType = Objects.requireNonNull(problemType, "problemType");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Class<P> problemType() {
        return problemType;
    }

    @Override
    public final SolveResult solve(P problem, SolveOptions options, SolverListener listener) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(options, "options");
        SolveContext ctx = new SolveContext(id, problem.name(), options, listener);
        ctx.emit(new Started(ctx.elapsed(), id, problem.name()));
        SolveResult result;
        String unsupported = unsupportedReason(problem, options);
        if (unsupported != null) {
            result = SolveResult.error(id, problem.name(), ctx.elapsed(), unsupported);
        } else {
            try {
                result = Objects.requireNonNull(doSolve(problem, ctx), "doSolve returned null");
            } catch (OutOfMemoryError e) {
                result = SolveResult.error(id, problem.name(), ctx.elapsed(), "out of memory: " + e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                LOG.debug("solver {} failed on {}", id, problem.name(), e);
                result = SolveResult.error(id, problem.name(), ctx.elapsed(), e.toString());
            }
        }
        ctx.emit(new Finished(ctx.elapsed(), result));
        return result;
    }

    /**
     * Solves within the context's limits. Use {@link SolveContext#shouldStop()} to honour time
     * limits and stop requests, {@link SolveContext#random()} for randomness and
     * {@link SolveContext#result(SolveStatus)} to build the result.
     */
    protected abstract SolveResult doSolve(P problem, SolveContext context);
}
