package org.cobalt.neural.branching;

import java.util.Objects;
import org.cobalt.milp.bb.record.Sample;
import org.cobalt.neural.nn.BipartiteGraph;

/**
 * One training example for imitating strong branching: a node's graph, its candidate variables, strong
 * branching's product score of each and the expert's choice (the best score, ties to the lowest column).
 *
 * @param instance   instance name
 * @param nodeId     node id in its solve
 * @param graph      the node's network input
 * @param candidates candidate variable indices of {@code graph}, increasing
 * @param scores     strong-branching product score of each candidate
 * @param expert     index into {@code candidates} of strong branching's choice
 */
public record ImitationSample(String instance, long nodeId, BipartiteGraph graph, int[] candidates, double[] scores,
                              int expert) {

    /** Validates the candidate arrays against the graph. */
    public ImitationSample {
        Objects.requireNonNull(graph, "graph");
        if (candidates.length == 0 || scores.length != candidates.length || expert < 0 || expert >= candidates.length) {
            throw new IllegalArgumentException("sample " + instance + "#" + nodeId + ": " + candidates.length
                    + " candidates, " + scores.length + " scores, expert " + expert);
        }
        for (int c : candidates) {
            if (c < 0 || c >= graph.numVariables()) {
                throw new IllegalArgumentException("sample " + instance + "#" + nodeId + ": candidate " + c
                        + " outside [0, " + graph.numVariables() + ")");
            }
        }
    }

    /** The training example of a recorded node (graph arrays shared). */
    public static ImitationSample of(Sample s) {
        return new ImitationSample(s.instance(), s.nodeId(), GcnnFeaturizer.graph(s.graph()), s.candidates(),
                s.scores(), s.expertIndex());
    }

    /** The best strong-branching score of the node. */
    public double bestScore() {
        return scores[expert];
    }

    /** Whether candidate {@code k} has the best score (several may tie: each counts as a correct choice). */
    public boolean isBest(int k) {
        return scores[k] >= scores[expert];
    }
}
