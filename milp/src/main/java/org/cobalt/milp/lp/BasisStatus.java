package org.cobalt.milp.lp;

/**
 * Status of one column or row (its logical variable, whose value is the row activity) in a
 * simplex basis. Stored as a byte {@link #code()} in {@link Basis}.
 */
public enum BasisStatus {
    /** In the basis; its value follows from the nonbasic ones. */
    BASIC,
    /** Nonbasic at its lower bound (for a row: activity at its lower side). */
    AT_LOWER,
    /** Nonbasic at its upper bound (for a row: activity at its upper side). */
    AT_UPPER,
    /** Nonbasic free variable held at zero. */
    ZERO,
    /** Nonbasic with equal bounds. Reported by solvers; on input it reads as {@link #AT_LOWER}. */
    FIXED;

    private static final BasisStatus[] VALUES = values();

    /** Compact code stored in a {@link Basis}. */
    public byte code() {
        return (byte) ordinal();
    }

    /** The status with this code. */
    public static BasisStatus ofCode(byte code) {
        if (code < 0 || code >= VALUES.length) {
            throw new IllegalArgumentException("no basis status with code " + code);
        }
        return VALUES[code];
    }
}
