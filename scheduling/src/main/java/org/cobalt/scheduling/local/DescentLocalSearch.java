package org.cobalt.scheduling.local;

import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Variable-neighbourhood descent: sweeps the neighbourhoods in the given order, applying every
 * improving move met (first improvement; for insertion the best target of each job); after a sweep
 * of one neighbourhood that improved, it starts over with the first. Ends in a local optimum of all
 * of them (or when told to stop).
 *
 * @param neighborhoods the neighbourhoods, cheapest first
 */
public record DescentLocalSearch(List<Neighborhood> neighborhoods) implements LocalSearch {

    /** Adjacent interchange, insertion and general pairwise interchange. */
    public static final DescentLocalSearch FULL = new DescentLocalSearch(
            List.of(Neighborhood.ADJACENT_INTERCHANGE, Neighborhood.INSERTION, Neighborhood.PAIRWISE_INTERCHANGE));

    /** Adjacent interchange and insertion: O(n^2) per sweep, for use inside iterated local search. */
    public static final DescentLocalSearch FAST = new DescentLocalSearch(
            List.of(Neighborhood.ADJACENT_INTERCHANGE, Neighborhood.INSERTION));

    public DescentLocalSearch {
        neighborhoods = List.copyOf(Objects.requireNonNull(neighborhoods, "neighborhoods"));
        if (neighborhoods.isEmpty()) {
            throw new IllegalArgumentException("at least one neighbourhood is needed");
        }
    }

    @Override
    public String name() {
        return "descent" + neighborhoods;
    }

    @Override
    public long improve(SequenceEvaluator state, BooleanSupplier stop) {
        long moves = 0;
        int k = 0;
        while (k < neighborhoods.size() && !stop.getAsBoolean()) {
            long m = switch (neighborhoods.get(k)) {
                case ADJACENT_INTERCHANGE -> adjacent(state);
                case INSERTION -> insertion(state, stop);
                case PAIRWISE_INTERCHANGE -> pairwise(state, stop);
            };
            moves += m;
            k = m > 0 ? 0 : k + 1;
        }
        return moves;
    }

    private static long adjacent(SequenceEvaluator s) {
        long moves = 0;
        int n = s.size();
        int i = 0;
        while (i < n - 1) {
            if (s.swapDelta(i, i + 1) < 0) {
                s.applySwap(i, i + 1);
                moves++;
                // the job that moved left may now beat its new left neighbour
                i = Math.max(0, i - 1);
            } else {
                i++;
            }
        }
        return moves;
    }

    private static long insertion(SequenceEvaluator s, BooleanSupplier stop) {
        long moves = 0;
        int n = s.size();
        for (int from = 0; from < n; from++) {
            if ((from & 63) == 0 && stop.getAsBoolean()) {
                break;
            }
            SequenceEvaluator.Move m = s.bestInsertion(from);
            if (m.delta() < 0) {
                s.applyInsert(from, m.to());
                moves++;
            }
        }
        return moves;
    }

    private static long pairwise(SequenceEvaluator s, BooleanSupplier stop) {
        long moves = 0;
        int n = s.size();
        for (int j = 1; j < n; j++) {
            if (stop.getAsBoolean()) {
                break;
            }
            for (int i = 0; i < j; i++) {
                if (s.swapCannotImprove(i, j)) {
                    continue;
                }
                if (s.swapDelta(i, j) < 0) {
                    s.applySwap(i, j);
                    moves++;
                }
            }
        }
        return moves;
    }
}
