package org.cobalt.milp.presolve;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Presolve settings: which reductions run, the limits, and the tolerances. Immutable; change one with
 * the {@code with*} methods.
 *
 * <p>Tolerances (all relative to {@code max(1, |value|)} of the side or bound they compare with):
 * <ul>
 *   <li>{@code feasibilityTolerance} (1e-9): a row or row side is dropped as redundant only when its
 *       activity bounds satisfy it within this slack, so dropping it can never let through a point that
 *       violates it by more; on integral data every decision is exact.</li>
 *   <li>{@code infeasibilityTolerance} (1e-6, the verifier's feasibility tolerance): presolve calls a
 *       model infeasible only when every point violates some row or bound by more than this. Crossings
 *       within it are resolved by fixing at the midpoint.</li>
 *   <li>{@code integralityTolerance} (1e-6): integer bounds are rounded as {@code ceil(l - tol)} and
 *       {@code floor(u + tol)}, so a bound 2.9999999 computed from integral data keeps the value 3.</li>
 *   <li>{@code hugeValue} (1e9): bounds at least this large count as infinite in activities, and
 *       derived bounds this large are ignored, so big-M data cannot wreck activities by cancellation.</li>
 *   <li>{@code boundChangeThreshold} (1e-3): a derived bound on a continuous variable is applied only
 *       when it improves the old one by this fraction of {@code max(1, domain width)}; tiny changes only
 *       make the LP more degenerate.</li>
 * </ul>
 *
 * @param reductions             the reductions to run (cleanups always run)
 * @param maxRounds              rounds of all reductions, at most
 * @param workFactor             work limit as a multiple of {@code rows + columns + nonzeros}; one unit is one
 *                               matrix entry visited
 * @param timeLimit              wall-clock limit, or null for none; presolve stops between reductions
 * @param feasibilityTolerance   see above
 * @param infeasibilityTolerance see above
 * @param integralityTolerance   see above
 * @param hugeValue              see above
 * @param boundChangeThreshold   see above
 */
public record PresolveOptions(Set<ReductionKind> reductions, int maxRounds, double workFactor, Duration timeLimit,
                              double feasibilityTolerance, double infeasibilityTolerance,
                              double integralityTolerance, double hugeValue, double boundChangeThreshold) {

    /** All reductions, 100 rounds, work factor 500, no time limit, the tolerances documented above. */
    public static final PresolveOptions DEFAULT = new PresolveOptions(EnumSet.allOf(ReductionKind.class), 100, 500.0,
            null, 1e-9, 1e-6, 1e-6, 1e9, 1e-3);

    /** Only the cleanups: empty and free rows, empty and fixed columns. */
    public static final PresolveOptions CLEANUP_ONLY = DEFAULT.withReductions(EnumSet.noneOf(ReductionKind.class));

    public PresolveOptions {
        Objects.requireNonNull(reductions, "reductions");
        reductions = reductions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reductions));
        if (maxRounds < 0) {
            throw new IllegalArgumentException("maxRounds must be non-negative, got " + maxRounds);
        }
        if (!(workFactor >= 0)) {
            throw new IllegalArgumentException("workFactor must be non-negative, got " + workFactor);
        }
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            throw new IllegalArgumentException("time limit must be positive, got " + timeLimit);
        }
        if (!(feasibilityTolerance >= 0) || !(infeasibilityTolerance >= feasibilityTolerance)
                || !(integralityTolerance >= 0) || !(integralityTolerance < 0.5)) {
            throw new IllegalArgumentException("need 0 <= feasibilityTolerance <= infeasibilityTolerance and 0 <= integralityTolerance < 0.5");
        }
        if (!(hugeValue > 1) || !(boundChangeThreshold >= 0)) {
            throw new IllegalArgumentException("need hugeValue > 1 and boundChangeThreshold >= 0");
        }
    }

    /** True when this reduction is switched on. */
    public boolean enabled(ReductionKind kind) {
        return reductions.contains(kind);
    }

    /** A copy running exactly these reductions (plus the cleanups). */
    public PresolveOptions withReductions(Set<ReductionKind> kinds) {
        return new PresolveOptions(kinds, maxRounds, workFactor, timeLimit, feasibilityTolerance,
                infeasibilityTolerance, integralityTolerance, hugeValue, boundChangeThreshold);
    }

    /** A copy running only these reductions (plus the cleanups). */
    public PresolveOptions only(ReductionKind first, ReductionKind... more) {
        return withReductions(EnumSet.of(first, more));
    }

    /** A copy without this reduction. */
    public PresolveOptions without(ReductionKind kind) {
        EnumSet<ReductionKind> s = reductions.isEmpty() ? EnumSet.noneOf(ReductionKind.class) : EnumSet.copyOf(reductions);
        s.remove(kind);
        return withReductions(s);
    }

    public PresolveOptions withMaxRounds(int rounds) {
        return new PresolveOptions(reductions, rounds, workFactor, timeLimit, feasibilityTolerance,
                infeasibilityTolerance, integralityTolerance, hugeValue, boundChangeThreshold);
    }

    public PresolveOptions withWorkFactor(double factor) {
        return new PresolveOptions(reductions, maxRounds, factor, timeLimit, feasibilityTolerance,
                infeasibilityTolerance, integralityTolerance, hugeValue, boundChangeThreshold);
    }

    public PresolveOptions withTimeLimit(Duration limit) {
        return new PresolveOptions(reductions, maxRounds, workFactor, limit, feasibilityTolerance,
                infeasibilityTolerance, integralityTolerance, hugeValue, boundChangeThreshold);
    }

    public PresolveOptions withTolerances(double feasibility, double infeasibility, double integrality) {
        return new PresolveOptions(reductions, maxRounds, workFactor, timeLimit, feasibility, infeasibility,
                integrality, hugeValue, boundChangeThreshold);
    }
}
