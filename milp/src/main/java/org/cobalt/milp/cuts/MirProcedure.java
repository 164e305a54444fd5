package org.cobalt.milp.cuts;

/**
 * Mixed-integer rounding of a base inequality {@code sum a_k z_k <= beta} over columns and row
 * logicals (Marchand &amp; Wolsey 2001; Wolsey, Integer Programming, ch. 8):
 * <ol>
 *   <li><b>transform</b>: every continuous variable is replaced by its distance to a bound —
 *       simple ({@code y = z - l}, {@code y = u - z}) or, for columns with a
 *       {@link VariableBounds variable bound}, {@code t = z - (d y + e)} or {@code t = d y + e - z},
 *       which moves {@code a d} onto the integer {@code y}; then every integer variable is
 *       complemented at a bound ({@code y = z - l} or {@code u - z}, bounds integral). All new
 *       variables are nonnegative;</li>
 *   <li><b>round</b> with a divisor {@code delta}: with {@code f0 = frac(beta/delta)}, integer
 *       {@code y_k} get {@code floor(a_k/delta) + max(0, f_k - f0)/(1 - f0)}, continuous ones
 *       {@code min(0, a_k/delta)/(1 - f0)}, and the right-hand side is {@code floor(beta/delta)};</li>
 *   <li>the substitutions are undone and logicals expanded into their rows ({@link CutBuilder}).</li>
 * </ol>
 * With {@code delta = 1} and the nonbasic variables complemented at the bound the basis holds them
 * at, the rounding of a tableau row is the Gomory mixed-integer cut.
 */
final class MirProcedure {

    static final byte LB = 1;
    static final byte UB = 2;
    static final byte VLB = 3;
    static final byte VUB = 4;

    /** How bounds are chosen in the transformation. */
    enum Complement {
        /** Closest bound to the LP value (variable bounds included when available). */
        CLOSEST,
        /** The bound a nonbasic variable sits at; closest simple bound for basic ones. */
        BASIS
    }

    private final LpSnapshot s;
    private final VariableBounds vb;
    private final CutNumerics num;
    private final CutBuilder builder;

    /** Coefficients of the transformed variables (before transform: raw integer coefficients). */
    final SparseAccumulator ty;
    final byte[] btype;
    double beta;

    MirProcedure(LpSnapshot s, VariableBounds vb, CutNumerics num) {
        this.s = s;
        this.vb = vb;
        this.num = num;
        this.builder = new CutBuilder(s);
        this.ty = new SparseAccumulator(s.n + s.m);
        this.btype = new byte[s.n + s.m];
    }

    /** Efficacy of the last cut {@link #round} returned. */
    double lastEfficacy() {
        return builder.efficacy;
    }

    /**
     * Transforms the base row into nonnegative variables.
     *
     * @return false when some variable with a nonzero coefficient has no usable bound
     */
    boolean transform(BaseRow base, Complement rule) {
        ty.clear();
        beta = base.rhs;
        SparseAccumulator c = base.coef;
        for (int p = 0; p < c.count; p++) {
            int k = c.index[p];
            double a = c.values[k];
            if (a == 0.0) {
                continue;
            }
            if (s.integral[k]) {
                ty.add(k, a);
            } else if (!substituteContinuous(k, a, rule)) {
                return false;
            }
        }
        for (int p = 0; p < ty.count; p++) {
            int k = ty.index[p];
            if (!s.integral[k]) {
                continue;
            }
            double a = ty.values[k];
            double l = s.lower[k];
            double u = s.upper[k];
            boolean hasL = l > Double.NEGATIVE_INFINITY;
            boolean hasU = u < Double.POSITIVE_INFINITY;
            if (a == 0.0) {
                btype[k] = hasL ? LB : UB;
                continue;
            }
            if (!hasL && !hasU) {
                return false;
            }
            boolean useLower;
            if (rule == Complement.BASIS && s.status[k] != 0) {
                useLower = s.status[k] != 2; // AT_UPPER code
            } else {
                useLower = s.x[k] - l <= u - s.x[k];
            }
            if (useLower && !hasL) {
                useLower = false;
            } else if (!useLower && !hasU) {
                useLower = true;
            }
            if (useLower) {
                beta -= a * l;
                btype[k] = LB;
            } else {
                beta -= a * u;
                ty.values[k] = -a;
                btype[k] = UB;
            }
        }
        return Double.isFinite(beta);
    }

    private boolean substituteContinuous(int k, double a, Complement rule) {
        double l = s.lower[k];
        double u = s.upper[k];
        double xk = s.x[k];
        byte best = 0;
        double bestDist = Double.POSITIVE_INFINITY;
        if (rule == Complement.BASIS && s.status[k] != 0) {
            byte st = s.status[k];
            if (st == 2 && u < Double.POSITIVE_INFINITY) {
                best = UB;
            } else if (l > Double.NEGATIVE_INFINITY) {
                best = LB;
            } else if (u < Double.POSITIVE_INFINITY) {
                best = UB;
            }
        } else {
            if (l > Double.NEGATIVE_INFINITY) {
                best = LB;
                bestDist = xk - l;
            }
            if (u < Double.POSITIVE_INFINITY && u - xk < bestDist) {
                best = UB;
                bestDist = u - xk;
            }
            if (vb != null && k < s.n && rule == Complement.CLOSEST) {
                int y = vb.vlbVar[k];
                if (y >= 0) {
                    double dist = xk - (vb.vlbCoef[k] * s.x[y] + vb.vlbConst[k]);
                    if (dist <= bestDist + 1e-9) {
                        best = VLB;
                        bestDist = dist;
                    }
                }
                y = vb.vubVar[k];
                if (y >= 0) {
                    double dist = vb.vubCoef[k] * s.x[y] + vb.vubConst[k] - xk;
                    if (dist <= bestDist + 1e-9) {
                        best = VUB;
                        bestDist = dist;
                    }
                }
            }
        }
        switch (best) {
            case LB -> {
                ty.set(k, a);
                beta -= a * l;
            }
            case UB -> {
                ty.set(k, -a);
                beta -= a * u;
            }
            case VLB -> {
                ty.set(k, a);
                ty.add(vb.vlbVar[k], a * vb.vlbCoef[k]);
                beta -= a * vb.vlbConst[k];
            }
            case VUB -> {
                ty.set(k, -a);
                ty.add(vb.vubVar[k], a * vb.vubCoef[k]);
                beta -= a * vb.vubConst[k];
            }
            default -> {
                return false;
            }
        }
        btype[k] = best;
        return true;
    }

    /** Value of transformed variable {@code k} at the LP point (its distance from the bound). */
    double transformedValue(int k) {
        return switch (btype[k]) {
            case LB -> s.x[k] - s.lower[k];
            case UB -> s.upper[k] - s.x[k];
            case VLB -> s.x[k] - (vb.vlbCoef[k] * s.x[vb.vlbVar[k]] + vb.vlbConst[k]);
            case VUB -> vb.vubCoef[k] * s.x[vb.vubVar[k]] + vb.vubConst[k] - s.x[k];
            default -> 0.0;
        };
    }

    boolean isInteger(int k) {
        return s.integral[k];
    }

    /** Width of variable {@code k}'s simple bounds (infinite when one is missing). */
    double range(int k) {
        return s.upper[k] - s.lower[k];
    }

    /** Switches an integer variable to its other bound (both must be finite). */
    void flip(int k) {
        double a = ty.values[k];
        if (btype[k] == LB) {
            // a y = a (z - l) becomes -a (u - z): same z coefficient a
            beta += a * s.lower[k] - a * s.upper[k];
            ty.values[k] = -a;
            btype[k] = UB;
        } else {
            double raw = -a;
            beta += raw * s.upper[k] - raw * s.lower[k];
            ty.values[k] = raw;
            btype[k] = LB;
        }
    }

    /** The MIR cut of the transformed row divided by {@code delta}, or null. */
    Cut round(double delta, CutKind kind) {
        double b = beta / delta;
        if (!(Math.abs(b) <= num.maxRhs())) {
            return null;
        }
        double fb = Math.floor(b);
        double f0 = b - fb;
        if (f0 < num.minFractionality() || f0 > 1.0 - num.minFractionality()) {
            return null;
        }
        double oneMinusF0 = 1.0 - f0;
        builder.clear();
        builder.rhs = fb;
        for (int p = 0; p < ty.count; p++) {
            int k = ty.index[p];
            double a = ty.values[k];
            if (a == 0.0) {
                continue;
            }
            double g;
            if (s.integral[k]) {
                double aa = a / delta;
                double fa = Math.floor(aa);
                double f = aa - fa;
                g = f > f0 ? fa + (f - f0) / oneMinusF0 : fa;
            } else {
                g = a < 0 ? a / delta / oneMinusF0 : 0.0;
            }
            if (g == 0.0) {
                continue;
            }
            switch (btype[k]) {
                case LB -> {
                    addZ(k, g);
                    builder.rhs += g * s.lower[k];
                }
                case UB -> {
                    addZ(k, -g);
                    builder.rhs -= g * s.upper[k];
                }
                case VLB -> {
                    addZ(k, g);
                    addZ(vb.vlbVar[k], -g * vb.vlbCoef[k]);
                    builder.rhs += g * vb.vlbConst[k];
                }
                case VUB -> {
                    addZ(k, -g);
                    addZ(vb.vubVar[k], g * vb.vubCoef[k]);
                    builder.rhs -= g * vb.vubConst[k];
                }
                default -> throw new IllegalStateException("untransformed variable " + k);
            }
        }
        return builder.finish(kind, num);
    }

    private void addZ(int k, double c) {
        if (k < s.n) {
            builder.pi.add(k, c);
        } else {
            builder.addLogical(k - s.n, c);
        }
    }
}
