package org.cobalt.bench.reference;

import java.util.Objects;

/**
 * A known value for one instance.
 *
 * @param value  the objective value (NaN for {@link ReferenceKind#INFEASIBLE})
 * @param kind   what the value is worth
 * @param source where it came from ({@code file:line}), for messages
 */
public record Reference(double value, ReferenceKind kind, String source) {

    /** Relative tolerance used to compare an objective with a reference, scaled by {@code max(1, |value|)}. */
    public static final double TOLERANCE = 1e-6;

    public Reference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        if (kind != ReferenceKind.INFEASIBLE && !Double.isFinite(value)) {
            throw new IllegalArgumentException("a " + kind.id() + " reference needs a finite value, got " + value);
        }
    }

    /** True when {@code objective} equals this value within {@link #TOLERANCE} relative to {@code max(1, |value|)}. */
    public boolean matches(double objective) {
        return kind != ReferenceKind.INFEASIBLE && Double.isFinite(objective)
                && Math.abs(objective - value) <= TOLERANCE * Math.max(1.0, Math.abs(value));
    }
}
