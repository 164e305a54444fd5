package org.cobalt.submodular.dynamic;

import java.util.List;
import java.util.Locale;
import org.cobalt.submodular.oracle.Oracle;
import org.cobalt.submodular.statics.LazyGreedy;
import org.cobalt.submodular.statics.StochasticGreedy;
import org.cobalt.submodular.streaming.SieveStreaming;
import org.cobalt.submodular.streaming.SieveStreamingPlusPlus;

/** The maximizers by id, each created over a counting oracle with a {@link MaximizerConfig}. */
public enum DynamicAlgorithms {

    /** Lazy greedy recomputed from scratch after every update. */
    LAZY_GREEDY("lazy-greedy", "lazy greedy (Minoux) recomputed after every update"),
    /** Stochastic greedy recomputed from scratch after every update. */
    STOCHASTIC_GREEDY("stochastic-greedy", "stochastic greedy (Mirzasoleiman et al. 2015) recomputed after every update"),
    /** Sieve-Streaming; deletions re-run the stream. */
    SIEVE("sieve", "Sieve-Streaming (Badanidiyuru et al. 2014), re-run on deletions"),
    /** Sieve-Streaming++; deletions re-run the stream. */
    SIEVE_PLUS_PLUS("sieve++", "Sieve-Streaming++ (Kazemi et al. 2019), re-run on deletions"),
    /** Lattanzi et al. (NeurIPS 2020), Section 3 algorithm. */
    LATTANZI("lattanzi", "fully dynamic level algorithm of Lattanzi et al. (NeurIPS 2020, Section 3)"),
    /** (1 - eps)-approximate greedy maintained incrementally with lazy bounds. */
    INCREMENTAL_GREEDY("incremental-greedy", "(1 - eps)-greedy kept under updates: truncate at the first changed step, complete lazily"),
    /** incremental-greedy with lazy deletions (ghost steps, tolerance eps). */
    GHOST_GREEDY("ghost-greedy", "(1 - eps)-greedy whose deleted steps stay as ghosts until they cost too much, ghost tolerance eps");

    private final String id;
    private final String description;

    DynamicAlgorithms(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** A new maximizer of this kind. */
    public DynamicMaximizer create(Oracle oracle, MaximizerConfig config) {
        return switch (this) {
            case LAZY_GREEDY -> new RecomputeMaximizer(new LazyGreedy(), oracle, config);
            case STOCHASTIC_GREEDY -> new RecomputeMaximizer(new StochasticGreedy(config.eps(), config.seed()), oracle, config);
            case SIEVE -> new SieveStreaming(oracle, config);
            case SIEVE_PLUS_PLUS -> new SieveStreamingPlusPlus(oracle, config);
            case LATTANZI -> new LattanziDynamic(oracle, config);
            case INCREMENTAL_GREEDY -> new IncrementalGreedy(oracle, config);
            case GHOST_GREEDY -> new IncrementalGreedy(oracle, config, config.eps());
        };
    }

    /** The algorithm with this id (case-insensitive); an {@link IllegalArgumentException} listing the ids otherwise. */
    public static DynamicAlgorithms byId(String id) {
        String key = id.trim().toLowerCase(Locale.ROOT);
        for (DynamicAlgorithms a : values()) {
            if (a.id.equals(key)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown algorithm '" + id + "'; known: " + String.join(", ", ids()));
    }

    /** All ids, in declaration order. */
    public static List<String> ids() {
        return java.util.Arrays.stream(values()).map(DynamicAlgorithms::id).toList();
    }
}
