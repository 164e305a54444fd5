package org.cobalt.submodular.streaming;

import java.util.BitSet;
import org.cobalt.submodular.dynamic.AbstractDynamicMaximizer;
import org.cobalt.submodular.dynamic.MaximizerConfig;
import org.cobalt.submodular.oracle.Oracle;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * Runs an insertion-only streaming algorithm under a fully dynamic update sequence: insertions are
 * streamed in; a deletion re-runs the algorithm over the live elements in their arrival order
 * ("recompute on deletion"). The re-run is skipped when the deleted element never changed the
 * algorithm's state (it was never kept and never raised the running maximum), because the re-run
 * would then rebuild exactly the same state: an exact shortcut, not an approximation.
 */
public abstract class StreamingMaximizer extends AbstractDynamicMaximizer {

    private final IntArrayList arrivals = new IntArrayList();
    private final IntArrayList arrivalSerials = new IntArrayList();
    private final BitSet influential = new BitSet();
    private long restreams;

    protected StreamingMaximizer(Oracle oracle, MaximizerConfig config) {
        super(oracle, config);
    }

    @Override
    protected final void onInsert(int e) {
        arrivals.add(e);
        arrivalSerials.add(serial(e));
        if (process(e)) {
            influential.set(e);
        } else {
            influential.clear(e);
        }
    }

    @Override
    protected final void onDelete(int e) {
        if (!influential.get(e)) {
            return;
        }
        influential.clear(e);
        restreams++;
        reset();
        int w = 0;
        for (int i = 0; i < arrivals.size(); i++) {
            int x = arrivals.get(i);
            int s = arrivalSerials.get(i);
            if (current(x, s)) {
                arrivals.set(w, x);
                arrivalSerials.set(w, s);
                w++;
                if (process(x)) {
                    influential.set(x);
                } else {
                    influential.clear(x);
                }
            }
        }
        truncate(arrivals, w);
        truncate(arrivalSerials, w);
    }

    private static void truncate(IntArrayList list, int size) {
        while (list.size() > size) {
            list.removeAtIndex(list.size() - 1);
        }
    }

    /** Times the stream was re-run after a deletion. */
    public final long restreams() {
        return restreams;
    }

    /** Forgets everything (start of a re-run). */
    protected abstract void reset();

    /**
     * Streams one element in; returns true when the element changed the state (was kept in some
     * candidate set, or raised the running maximum that places the thresholds).
     */
    protected abstract boolean process(int e);
}
