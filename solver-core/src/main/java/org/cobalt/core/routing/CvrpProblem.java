package org.cobalt.core.routing;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalInt;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.problem.ProblemFamily;

/**
 * A capacitated vehicle routing instance: serve every customer (every node but the depot) exactly
 * once with routes that start and end at the depot and carry at most {@code capacity}.
 */
public final class CvrpProblem implements Problem {

    private final String name;
    private final Metric metric;
    private final int depot;
    private final int[] demand;
    private final int capacity;
    private final int vehicles;

    /**
     * @param name     instance name
     * @param metric   distances over all nodes, depot included
     * @param depot    index of the depot node
     * @param demand   demand of every node (the depot's must be 0)
     * @param capacity vehicle capacity (positive)
     * @param vehicles maximum number of routes, or empty for unlimited
     */
    public CvrpProblem(String name, Metric metric, int depot, int[] demand, int capacity, OptionalInt vehicles) {
        this.name = Objects.requireNonNull(name, "name");
        this.metric = Objects.requireNonNull(metric, "metric");
        int n = metric.size();
        if (demand.length != n) {
            throw new IllegalArgumentException(n + " nodes but " + demand.length + " demands");
        }
        if (depot < 0 || depot >= n) {
            throw new IllegalArgumentException("depot " + depot + " is not a node of 0.." + (n - 1));
        }
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive, got " + capacity);
        }
        for (int i = 0; i < n; i++) {
            if (demand[i] < 0) {
                throw new IllegalArgumentException("node " + i + " has negative demand " + demand[i]);
            }
            if (demand[i] > capacity) {
                throw new IllegalArgumentException("node " + i + " demands " + demand[i] + " > capacity " + capacity);
            }
        }
        if (demand[depot] != 0) {
            throw new IllegalArgumentException("the depot has demand " + demand[depot]);
        }
        if (vehicles.isPresent() && vehicles.getAsInt() <= 0) {
            throw new IllegalArgumentException("vehicle count must be positive, got " + vehicles.getAsInt());
        }
        this.depot = depot;
        this.demand = demand.clone();
        this.capacity = capacity;
        this.vehicles = vehicles.orElse(-1);
    }

    @Override
    public String name() {
        return name;
    }

    public Metric metric() {
        return metric;
    }

    public int depot() {
        return depot;
    }

    /** Number of nodes including the depot. */
    public int size() {
        return metric.size();
    }

    public int demand(int node) {
        return demand[node];
    }

    /** Copy of all demands. */
    public int[] demands() {
        return demand.clone();
    }

    public int capacity() {
        return capacity;
    }

    /** Maximum number of routes, if the instance limits it. */
    public OptionalInt vehicles() {
        return vehicles < 0 ? OptionalInt.empty() : OptionalInt.of(vehicles);
    }

    @Override
    public ProblemFamily family() {
        return ProblemFamily.CVRP;
    }

    @Override
    public String sizeDescription() {
        return (size() - 1) + " customers, capacity " + capacity;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CvrpProblem c && name.equals(c.name) && metric.equals(c.metric) && depot == c.depot
                && Arrays.equals(demand, c.demand) && capacity == c.capacity && vehicles == c.vehicles;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, metric, depot, capacity, vehicles) + Arrays.hashCode(demand);
    }

    @Override
    public String toString() {
        return "CvrpProblem[" + name + ", " + sizeDescription() + "]";
    }
}
