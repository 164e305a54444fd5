package org.cobalt.bench.reference;

import java.util.Locale;

/** How much a reference value is worth: a proven optimum, the best known solution, or proven infeasibility. */
public enum ReferenceKind {
    /** A proven optimal objective value. */
    OPTIMAL,
    /** The best objective value known (not proven optimal). */
    BEST_KNOWN,
    /** The instance is known to have no feasible solution (no value). */
    INFEASIBLE;

    /** The id written to result files: {@code optimal}, {@code best-known} or {@code infeasible}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
