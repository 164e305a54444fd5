package org.cobalt.scheduling.local;

import java.util.function.BooleanSupplier;

/** Improves a sequence in place; never makes it worse. Implementations are stateless and thread-safe. */
public interface LocalSearch {

    /**
     * Applies improving moves to {@code state} until none is left or {@code stop} says so.
     *
     * @return the number of moves applied
     */
    long improve(SequenceEvaluator state, BooleanSupplier stop);

    /** Short name for logs and result messages. */
    String name();
}
