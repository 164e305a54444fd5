package org.cobalt.milp.cuts;

import java.util.List;

/**
 * A family of cutting planes: given the LP point of a snapshot, finds cuts that it violates. Cuts
 * must be valid for every integer-feasible point within the snapshot's bounds. Implementations
 * keep no state between calls except their settings, so one instance may serve many solves (not
 * concurrently).
 */
public interface CutGenerator {

    /** Short name for logs and statistics. */
    String name();

    /** Appends violated cuts to {@code out}. */
    void separate(LpSnapshot snapshot, List<Cut> out);
}
