package org.cobalt.milp.bb.spi;

/**
 * One processed node, as {@link BbListener#nodeProcessed} reports it. Values are in the working model's
 * minimization sense.
 *
 * @param nodeId         the node's id
 * @param parentId       its parent's id, -1 for the root
 * @param depth          its depth
 * @param outcome        what happened to it
 * @param lpObjective    its LP objective (NaN when its LP was not solved to optimality)
 * @param lpIterations   simplex iterations of its LP solves (without strong branching)
 * @param candidates     the branching candidates at its last LP (empty unless the LP was fractional)
 * @param branchColumn   the column branched on, -1 unless {@link NodeOutcome#BRANCHED}
 * @param branchValue    its LP value, NaN unless branched
 * @param downChildId    id of the down child, -1 unless branched
 * @param upChildId      id of the up child, -1 unless branched
 * @param incumbentValue incumbent objective after the node, {@code +infinity} when none
 * @param globalBound    global lower bound after the node
 * @param nodesProcessed nodes processed including this one
 */
public record NodeReport(long nodeId, long parentId, int depth, NodeOutcome outcome, double lpObjective,
                         long lpIterations, int[] candidates, int branchColumn, double branchValue,
                         long downChildId, long upChildId, double incumbentValue, double globalBound,
                         long nodesProcessed) {
}
