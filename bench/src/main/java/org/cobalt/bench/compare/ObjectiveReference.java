package org.cobalt.bench.compare;

/**
 * A reference objective value for an instance.
 *
 * @param value the value
 * @param kind  "optimal" (proven optimum), "best-known" (published best known solution) or
 *              "best-found" (best verified objective among the compared runs)
 */
public record ObjectiveReference(double value, String kind) {
}
