package org.cobalt.submodular.statics;

import java.util.Arrays;

/**
 * A chosen set and its value as the algorithm computed it.
 *
 * @param elements chosen elements, in the order they were chosen
 * @param value    {@code f(elements)}
 */
public record Selection(int[] elements, double value) {

    public Selection {
        elements = elements.clone();
    }

    /** The empty selection. */
    public static Selection empty() {
        return new Selection(new int[0], 0.0);
    }

    @Override
    public int[] elements() {
        return elements.clone();
    }

    public int size() {
        return elements.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Selection s && Arrays.equals(elements, s.elements) && Double.compare(value, s.value) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(elements) + Double.hashCode(value);
    }

    @Override
    public String toString() {
        return "Selection[" + elements.length + " elements, value " + value + "]";
    }
}
