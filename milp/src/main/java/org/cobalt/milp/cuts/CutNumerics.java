package org.cobalt.milp.cuts;

/**
 * Numerical safeguards every generated cut goes through (see {@code docs/cuts-and-heuristics.md}).
 * Immutable; change one with the {@code with*} copies.
 *
 * @param minFractionality   a rounding base whose right-hand side is within this of an integer is
 *                           skipped (the fractional part drives every coefficient; default 0.01)
 * @param maxDynamism        coefficients below {@code max|a| / maxDynamism} are removed, relaxing
 *                           the right-hand side by the variable's bound (default 1e6)
 * @param minEfficacy        least violation over norm at the LP point (default 1e-4)
 * @param maxRhs             largest right-hand side magnitude a rounding base or a cut may have,
 *                           after scaling the largest coefficient to 1 (default 1e9: floors of
 *                           larger numbers lose their fractional part)
 * @param rhsRelaxation      relative amount by which every right-hand side is relaxed against
 *                           rounding errors (default 1e-9)
 * @param maxDensity         a cut may have at most {@code maxDensity * n + 10} nonzeros
 *                           (default 1: no limit)
 */
public record CutNumerics(double minFractionality, double maxDynamism, double minEfficacy, double maxRhs,
                          double rhsRelaxation, double maxDensity) {

    /** The documented defaults. */
    public static final CutNumerics DEFAULT = new CutNumerics(0.01, 1e6, 1e-4, 1e9, 1e-9, 1.0);

    public CutNumerics {
        if (!(minFractionality > 0 && minFractionality < 0.5) || !(maxDynamism >= 1) || !(minEfficacy > 0)
                || !(maxRhs > 0) || !(rhsRelaxation >= 0) || !(maxDensity > 0)) {
            throw new IllegalArgumentException("invalid cut numerics " + this);
        }
    }

    public CutNumerics withMinEfficacy(double e) {
        return new CutNumerics(minFractionality, maxDynamism, e, maxRhs, rhsRelaxation, maxDensity);
    }

    public CutNumerics withMaxDynamism(double d) {
        return new CutNumerics(minFractionality, d, minEfficacy, maxRhs, rhsRelaxation, maxDensity);
    }

    public CutNumerics withMaxDensity(double d) {
        return new CutNumerics(minFractionality, maxDynamism, minEfficacy, maxRhs, rhsRelaxation, d);
    }

    public CutNumerics withMinFractionality(double f) {
        return new CutNumerics(f, maxDynamism, minEfficacy, maxRhs, rhsRelaxation, maxDensity);
    }
}
