package org.cobalt.milp.bb.spi;

/**
 * The two child LPs of one strong-branching candidate, each solved (or partly solved) from the node's
 * basis. Bounds are proven lower bounds on the child's LP optimum in the minimization sense, never below
 * the node's LP objective; a pruned child has bound {@code +infinity}.
 *
 * @param column          the candidate column
 * @param value           its LP value at the node
 * @param nodeObjective   the node's LP objective the gains are measured from
 * @param downBound       bound of the child {@code x <= floor(value)}
 * @param upBound         bound of the child {@code x >= ceil(value)}
 * @param downStatus      how the down probe ended
 * @param upStatus        how the up probe ended
 * @param iterations      simplex iterations of both probes together
 */
public record StrongBranchResult(int column, double value, double nodeObjective, double downBound, double upBound,
                                 ProbeStatus downStatus, ProbeStatus upStatus, long iterations) {

    /** Objective gain of the down child ({@code +infinity} when it is pruned). */
    public double downGain() {
        return Math.max(0.0, downBound - nodeObjective);
    }

    /** Objective gain of the up child ({@code +infinity} when it is pruned). */
    public double upGain() {
        return Math.max(0.0, upBound - nodeObjective);
    }

    /** True when both children can be pruned: the node itself can. */
    public boolean bothPruned() {
        return downStatus.prunes() && upStatus.prunes();
    }

    /** The product score {@link BranchingScores#product} of the two gains. */
    public double productScore() {
        return BranchingScores.product(downGain(), upGain());
    }
}
