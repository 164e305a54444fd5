package org.cobalt.submodular.dynamic;

/**
 * Maintains a solution of {@code max f(S) s.t. |S| <= k} while elements of the ground set are
 * inserted and deleted. The function is only reachable through the
 * {@link org.cobalt.submodular.oracle.Oracle} the maximizer was created with, so every query counts.
 *
 * <p>After every update: {@link #solution()} holds at most {@code k} distinct live elements and
 * {@link #value()} is {@code f(solution())}.
 */
public interface DynamicMaximizer {

    /** Algorithm id, e.g. {@code lattanzi}. */
    String id();

    /** The cardinality bound. */
    int k();

    /** Adds {@code element} to the ground set; an {@link IllegalArgumentException} if it is already live or out of range. */
    void insert(int element);

    /** Removes {@code element} from the ground set; an {@link IllegalArgumentException} if it is not live. */
    void delete(int element);

    /** True when {@code element} is currently in the ground set. */
    boolean isLive(int element);

    /** Number of live elements. */
    int liveCount();

    /** The current solution (a copy). */
    int[] solution();

    /** {@code f(solution())}, maintained by the algorithm (no oracle query). */
    double value();
}
