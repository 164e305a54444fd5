package org.cobalt.neural.revibranch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The decisions of one episode (one B&amp;B solve) in the order they were taken, with the parent links
 * that revive each decision's root-to-node trajectory.
 */
public final class EpisodeStore {

    private final List<CompactState> states = new ArrayList<>();
    private int[] lastEdgeConstraint = new int[0];
    private int[] lastEdgeVariable = new int[0];
    private float[] lastEdgeFeatures = new float[0];

    /**
     * Records a decision from the node's graph arrays (copied; edge arrays shared with the previous
     * decision when equal).
     *
     * @return the decision's index
     */
    public int add(int numVariables, int numConstraints, float[] variableFeatures, float[] constraintFeatures,
                   int[] edgeConstraint, int[] edgeVariable, float[] edgeFeatures, int[] candidates, int action, int depth,
                   int parent) {
        if (!Arrays.equals(edgeConstraint, lastEdgeConstraint) || !Arrays.equals(edgeVariable, lastEdgeVariable)
                || !Arrays.equals(edgeFeatures, lastEdgeFeatures)) {
            lastEdgeConstraint = edgeConstraint.clone();
            lastEdgeVariable = edgeVariable.clone();
            lastEdgeFeatures = edgeFeatures.clone();
        }
        states.add(new CompactState(numVariables, numConstraints, variableFeatures.clone(), constraintFeatures.clone(),
                lastEdgeConstraint, lastEdgeVariable, lastEdgeFeatures, candidates.clone(), action, depth, parent));
        return states.size() - 1;
    }

    /** Appends an already built state (tests). */
    public int add(CompactState s) {
        if (s.parent() >= states.size()) {
            throw new IllegalArgumentException("parent " + s.parent() + " not recorded yet");
        }
        states.add(s);
        return states.size() - 1;
    }

    /** Number of decisions. */
    public int size() {
        return states.size();
    }

    /** One decision. */
    public CompactState get(int i) {
        return states.get(i);
    }

    /**
     * The revived trajectory of decision {@code i}: the indices of its last {@code maxPath} states from
     * the oldest ancestor to {@code i} itself.
     */
    public int[] path(int i, int maxPath) {
        int[] rev = new int[maxPath];
        int n = 0;
        for (int s = i; s >= 0 && n < maxPath; s = states.get(s).parent()) {
            rev[n++] = s;
        }
        int[] p = new int[n];
        for (int k = 0; k < n; k++) {
            p[k] = rev[n - 1 - k];
        }
        return p;
    }

    /**
     * Subtree size of every decision's node: 1 plus, for each of its two children, the child's subtree
     * size when the child was branched on too, else 1 (a leaf: pruned, integral, infeasible or left open).
     */
    public long[] subtreeSizes() {
        int n = states.size();
        long[] size = new long[n];
        int[] branchedChildren = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            size[i] += 1 + 2 - Math.min(2, branchedChildren[i]);
            int p = states.get(i).parent();
            if (p >= 0) {
                size[p] += size[i];
                branchedChildren[p]++;
            }
        }
        return size;
    }
}
