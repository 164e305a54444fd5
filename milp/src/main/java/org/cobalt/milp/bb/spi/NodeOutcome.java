package org.cobalt.milp.bb.spi;

/** What happened to a processed node. */
public enum NodeOutcome {
    /** Its LP was fractional and it was split into two children. */
    BRANCHED,
    /** Its LP solution was integral (a feasible solution; the node is closed). */
    INTEGRAL,
    /** Its LP was infeasible. */
    INFEASIBLE,
    /** Its bound could not beat the incumbent (before or after its LP). */
    CUTOFF,
    /** The branching rule pruned it ({@link BranchingDecision.Prune}). */
    PRUNED_BY_RULE,
    /** Its LP failed numerically even after a cold re-solve; its subtree is abandoned (the gap stays open). */
    NUMERICAL_FAILURE,
    /** A limit stopped the solve while it was processed; it stays open. */
    INTERRUPTED
}
