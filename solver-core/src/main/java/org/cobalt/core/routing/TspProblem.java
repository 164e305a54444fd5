package org.cobalt.core.routing;

import java.util.Objects;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.problem.ProblemFamily;

/**
 * A travelling salesman instance: visit every node of {@code metric} once and return.
 *
 * @param name   instance name
 * @param metric distances (coordinates under a TSPLIB convention, or an explicit matrix)
 */
public record TspProblem(String name, Metric metric) implements Problem {

    public TspProblem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(metric, "metric");
        if (metric.size() < 1) {
            throw new IllegalArgumentException("a TSP needs at least one node");
        }
    }

    /** Number of nodes. */
    public int size() {
        return metric.size();
    }

    @Override
    public ProblemFamily family() {
        return ProblemFamily.TSP;
    }

    @Override
    public String sizeDescription() {
        return metric.size() + " nodes";
    }
}
