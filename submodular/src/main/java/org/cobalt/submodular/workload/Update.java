package org.cobalt.submodular.workload;

/**
 * One update of a dynamic run.
 *
 * @param insert  true for an insertion, false for a deletion
 * @param element the element
 */
public record Update(boolean insert, int element) {

    public static Update insert(int element) {
        return new Update(true, element);
    }

    public static Update delete(int element) {
        return new Update(false, element);
    }

    @Override
    public String toString() {
        return (insert ? "+" : "-") + element;
    }
}
