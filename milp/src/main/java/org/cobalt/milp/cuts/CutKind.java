package org.cobalt.milp.cuts;

/** The family a cutting plane comes from (statistics and per-family limits). */
public enum CutKind {
    /** Gomory mixed-integer cut from a simplex tableau row. */
    GOMORY,
    /** Complemented mixed-integer rounding cut from an aggregation of model rows (Marchand–Wolsey). */
    CMIR,
    /** Lifted knapsack cover cut from a row over binary variables. */
    KNAPSACK_COVER
}
