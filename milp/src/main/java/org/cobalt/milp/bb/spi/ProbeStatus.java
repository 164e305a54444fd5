package org.cobalt.milp.bb.spi;

/** Outcome of one strong-branching child LP. */
public enum ProbeStatus {
    /** The child LP was solved to optimality; the bound is its optimum. */
    OPTIMAL,
    /** The child LP is infeasible: the child can be pruned. */
    INFEASIBLE,
    /** The child's LP bound reached the cutoff (no better solution there): the child can be pruned. */
    CUTOFF,
    /** The iteration limit stopped the probe; the bound is the valid dual bound reached so far. */
    ITERATION_LIMIT,
    /** The probe failed numerically or was stopped; the bound is only the node's own LP bound. */
    FAILED;

    /** True when the child can be discarded (infeasible or cut off). */
    public boolean prunes() {
        return this == INFEASIBLE || this == CUTOFF;
    }
}
