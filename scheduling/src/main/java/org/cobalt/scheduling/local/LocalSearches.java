package org.cobalt.scheduling.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/** Names for the local searches the {@code +ls} solvers accept (parameter {@code smtt.ls}). */
public final class LocalSearches {

    /** Default of {@code smtt.ls}. */
    public static final String DEFAULT = "descent";

    private LocalSearches() {
    }

    /**
     * Parses a local-search name: {@code descent} (adjacent interchange, insertion, pairwise
     * interchange), {@code fast} (adjacent interchange, insertion), {@code api}, {@code gpi},
     * {@code insertion}, {@code prefix} (the paper's augmentation) or several joined by {@code +},
     * applied in turn (e.g. {@code prefix+descent}).
     */
    public static LocalSearch parse(String spec) {
        List<LocalSearch> parts = new ArrayList<>();
        for (String raw : spec.split("\\+")) {
            String s = raw.trim().toLowerCase(Locale.ROOT);
            parts.add(switch (s) {
                case "descent", "vnd" -> DescentLocalSearch.FULL;
                case "fast" -> DescentLocalSearch.FAST;
                case "api" -> new DescentLocalSearch(List.of(Neighborhood.ADJACENT_INTERCHANGE));
                case "gpi" -> new DescentLocalSearch(List.of(Neighborhood.PAIRWISE_INTERCHANGE));
                case "insertion", "ins" -> new DescentLocalSearch(List.of(Neighborhood.INSERTION));
                case "prefix", "paper" -> new PrefixReinsertion();
                default -> throw new IllegalArgumentException("unknown local search '" + raw.trim()
                        + "'; use descent, fast, api, gpi, insertion, prefix or a '+'-joined list");
            });
        }
        return parts.size() == 1 ? parts.get(0) : new Chain(List.copyOf(parts));
    }

    /** Several local searches applied one after the other. */
    private record Chain(List<LocalSearch> parts) implements LocalSearch {

        @Override
        public long improve(SequenceEvaluator state, BooleanSupplier stop) {
            long moves = 0;
            for (LocalSearch ls : parts) {
                moves += ls.improve(state, stop);
            }
            return moves;
        }

        @Override
        public String name() {
            return String.join("+", parts.stream().map(LocalSearch::name).toList());
        }
    }
}
