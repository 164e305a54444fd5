package org.cobalt.milp.bb.record;

import org.cobalt.milp.bb.features.BipartiteGraph;

/**
 * One recorded node: its graph, the strong-branching evaluation of every candidate, and what was done.
 *
 * @param instance       model name
 * @param nodeId         node id in its solve
 * @param depth          node depth
 * @param lpObjective    node LP objective (working model, minimization)
 * @param incumbentValue incumbent value at the node, {@code +infinity} when none
 * @param graph          the bipartite graph with features
 * @param candidates     candidate columns, increasing
 * @param downBounds     strong-branching bound of each candidate's down child
 * @param upBounds       strong-branching bound of each candidate's up child
 * @param downStatus     ProbeStatus ordinals of the down probes
 * @param upStatus       ProbeStatus ordinals of the up probes
 * @param scores         product scores
 * @param expertIndex    index of the best-scoring candidate
 * @param chosenIndex    index of the candidate branched on, -1 when not branched
 * @param outcome        {@link SampleFormat#BRANCHED}, {@link SampleFormat#RESOLVED} or {@link SampleFormat#PRUNED}
 */
public record Sample(String instance, long nodeId, int depth, double lpObjective, double incumbentValue,
                     BipartiteGraph graph, int[] candidates, double[] downBounds, double[] upBounds, byte[] downStatus,
                     byte[] upStatus, double[] scores, int expertIndex, int chosenIndex, byte outcome) {
}
