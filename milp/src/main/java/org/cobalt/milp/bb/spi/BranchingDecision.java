package org.cobalt.milp.bb.spi;

/**
 * What a {@link BranchingRule} decided for a node: split it on a variable, prune it, or re-solve it
 * after the rule tightened local bounds.
 */
public sealed interface BranchingDecision permits BranchingDecision.Branch, BranchingDecision.Prune,
        BranchingDecision.Resolve {

    /** Which child the engine processes first when it plunges. */
    enum ChildPreference {
        /** The down child {@code x <= floor(v)} first. */
        DOWN,
        /** The up child {@code x >= ceil(v)} first. */
        UP,
        /** Let the engine choose (the child with the better bound or estimate; down on ties). */
        AUTO
    }

    /**
     * Branch on integer column {@code column} at the fractional value {@code value}: a down child with
     * {@code x <= floor(value)} and an up child with {@code x >= ceil(value)}.
     *
     * @param column     working-model column, integral and fractional in the node's LP solution
     * @param value      its LP value (the engine uses {@code floor}/{@code ceil} of it)
     * @param preference which child to process first when plunging
     * @param downBound  a proven lower bound for the down child (e.g. from strong branching), or
     *                   {@code -infinity} when unknown; the engine uses the larger of it and the node's bound
     * @param upBound    the same for the up child
     */
    record Branch(int column, double value, ChildPreference preference, double downBound, double upBound)
            implements BranchingDecision {

        public Branch {
            if (column < 0) {
                throw new IllegalArgumentException("branching column " + column);
            }
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("branching value " + value);
            }
            if (preference == null) {
                preference = ChildPreference.AUTO;
            }
            if (Double.isNaN(downBound)) {
                downBound = Double.NEGATIVE_INFINITY;
            }
            if (Double.isNaN(upBound)) {
                upBound = Double.NEGATIVE_INFINITY;
            }
        }

        /** Branch on {@code column} at {@code value} with no child bounds and no preference. */
        public static Branch on(int column, double value) {
            return new Branch(column, value, ChildPreference.AUTO, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);
        }

        /** This decision with known child bounds. */
        public Branch withBounds(double down, double up) {
            return new Branch(column, value, preference, down, up);
        }

        /** This decision with a child preference. */
        public Branch withPreference(ChildPreference p) {
            return new Branch(column, value, p, downBound, upBound);
        }
    }

    /**
     * The node cannot contain a solution better than the cutoff (e.g. both strong-branching children of
     * some candidate are infeasible or cut off); the engine discards it.
     */
    record Prune(String reason) implements BranchingDecision {
        public Prune {
            reason = reason == null ? "" : reason;
        }
    }

    /**
     * The rule tightened local bounds through {@link BranchingContext#tightenBounds} (e.g. one strong
     * branching child was infeasible, so the variable is fixed to the other side); the engine re-solves
     * the node's LP and, if it is still fractional, calls the rule again.
     */
    record Resolve() implements BranchingDecision {
    }
}
