package org.cobalt.scheduling.local;

import java.util.function.BooleanSupplier;

/**
 * The "augmentation" of Çetinkaya et al. (arXiv 2510.24013): the sequence is rebuilt job by job in
 * its given order, and after each job is appended, the earlier job whose move to the end of the
 * partial sequence lowers the partial sequence's tardiness most (first such job on ties; none if no
 * move improves) is moved there. For dispatching rules whose next choice depends only on which jobs
 * are scheduled (MDD, MDDC, ATC: the current time is the sum of their processing times) this equals
 * running the augmented rule of the paper. O(n^3) time.
 */
public final class PrefixReinsertion implements LocalSearch {

    @Override
    public String name() {
        return "prefix-reinsertion";
    }

    @Override
    public long improve(SequenceEvaluator state, BooleanSupplier stop) {
        long moves = 0;
        int n = state.size();
        for (int last = 1; last < n; last++) {
            if ((last & 15) == 0 && stop.getAsBoolean()) {
                break;
            }
            // jobs after 'last' start at the prefix's total processing time whatever its order,
            // so insertDelta within the prefix is exactly the change of the prefix's tardiness
            long best = 0;
            int bestFrom = -1;
            for (int i = 0; i < last; i++) {
                long delta = state.insertDelta(i, last);
                if (delta < best) {
                    best = delta;
                    bestFrom = i;
                }
            }
            if (bestFrom >= 0) {
                state.applyInsert(bestFrom, last);
                moves++;
            }
        }
        return moves;
    }
}
