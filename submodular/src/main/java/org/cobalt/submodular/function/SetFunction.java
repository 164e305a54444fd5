package org.cobalt.submodular.function;

/**
 * A normalized ({@code f(empty) = 0}), monotone, submodular set function over the ground set
 * {@code {0, ..., groundSize() - 1}}. Implementations are immutable; all evaluation goes through
 * {@link FunctionState}s. Algorithms never see a {@code SetFunction}: they get a counting
 * {@link org.cobalt.submodular.oracle.Oracle} over it.
 */
public interface SetFunction {

    /** Short description, e.g. {@code "graph-coverage(ego-facebook)"}. */
    String name();

    /** Size of the ground set; elements are {@code 0 .. groundSize() - 1}. */
    int groundSize();

    /** A fresh state holding the empty set. */
    FunctionState newState();

    /**
     * {@code f(set)} computed from scratch with a fresh state (shares nothing with any other
     * state). Duplicates in {@code set} are ignored.
     */
    default double evaluate(int[] set) {
        FunctionState s = newState();
        for (int e : set) {
            checkElement(e);
            s.add(e);
        }
        return s.value();
    }

    /**
     * {@code f({e})}. The default uses a fresh state; implementations whose states are large
     * override it so that a singleton value costs time proportional to the element alone.
     */
    default double singleton(int element) {
        checkElement(element);
        return newState().add(element);
    }

    /** Throws an {@link IllegalArgumentException} naming the element when it is out of range. */
    default void checkElement(int element) {
        if (element < 0 || element >= groundSize()) {
            throw new IllegalArgumentException("element " + element + " outside the ground set [0, " + groundSize() + ")");
        }
    }
}
