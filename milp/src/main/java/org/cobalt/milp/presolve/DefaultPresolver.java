package org.cobalt.milp.presolve;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.cobalt.core.milp.MilpModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standard presolver. Each round runs the enabled reductions in {@link ReductionKind} order, with
 * the cleanups (empty and free rows, empty and fixed columns) after each one, until a round changes
 * nothing, the model is decided, or the round, work or time limit is reached. Stateless and
 * thread-safe: every call works on its own copy of the model.
 */
public final class DefaultPresolver implements Presolver {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultPresolver.class);

    /** Fresh reduction objects per call: they hold scratch buffers. */
    private static List<Reduction> pipeline() {
        return List.of(new SingletonRows(), new BoundTightening(), new RedundantRows(), new CoefficientTightening(),
                new ColumnSingletons(), new DualFixing(), new ParallelRows(), new ParallelColumns());
    }

    @Override
    public PresolveResult presolve(MilpModel model, PresolveOptions options) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(options, "options");
        long start = System.nanoTime();
        WorkingModel w = new WorkingModel(model, options);
        List<Reduction> reductions = pipeline().stream().filter(r -> options.enabled(r.kind())).toList();
        Cleanup.prepare(w);
        Cleanup.run(w);
        int rounds = 0;
        boolean limitHit = false;
        while (!w.decided()) {
            if (rounds >= options.maxRounds() || w.limitReached()) {
                limitHit = !reductions.isEmpty();
                break;
            }
            rounds++;
            long before = w.changes();
            for (Reduction r : reductions) {
                r.apply(w);
                if (!w.decided()) {
                    Cleanup.run(w);
                }
                if (w.decided() || w.limitReached()) {
                    break;
                }
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("presolve {} round {}: {} rows, {} columns left, {} changes", model.name(), rounds,
                        w.liveRows(), w.liveColumns(), w.changes() - before);
            }
            if (w.changes() == before) {
                break;
            }
        }
        PresolveResult result = finish(w, model, start, rounds, limitHit);
        LOG.debug("presolve {}: {} {}", model.name(), result.status(), result.stats().summary());
        return result;
    }

    private static PresolveResult finish(WorkingModel w, MilpModel model, long start, int rounds, boolean limitHit) {
        if (w.decided()) {
            PresolveStats stats = stats(w, model, start, rounds, limitHit, model.numRows(), model.numVariables(),
                    model.matrix().nonZeros());
            return new PresolveResult(w.status(), null, null, stats, w.reason());
        }
        ReducedModel reduced = ReducedModel.build(w);
        PresolveStats stats = stats(w, model, start, rounds, limitHit, reduced.model().numRows(),
                reduced.model().numVariables(), reduced.model().matrix().nonZeros());
        if (reduced.model().numVariables() == 0) {
            w.markOptimal();
            return new PresolveResult(PresolveStatus.OPTIMAL, reduced.model(), reduced.postsolve(), stats, w.reason());
        }
        return new PresolveResult(PresolveStatus.REDUCED, reduced.model(), reduced.postsolve(), stats, "");
    }

    private static PresolveStats stats(WorkingModel w, MilpModel model, long start, int rounds, boolean limitHit,
                                       int rows, int cols, int nnz) {
        return new PresolveStats(model.numRows(), model.numVariables(), model.matrix().nonZeros(), rows, cols, nnz,
                rounds, w.work(), limitHit, Duration.ofNanos(System.nanoTime() - start), w.cleanups(), w.counts());
    }
}
