package org.cobalt.instances.generate.routing;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;
import org.cobalt.core.routing.CoordinateMetric;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.routing.EdgeWeightType;

/**
 * Random uniform CVRP instances in the convention of the neural-solver literature (Kool et al. /
 * POMO for n &le; 100, UDC and GLOP for larger n): the depot and n customers uniform in the unit
 * square (EXACT_2D) or on an integer grid (EUC_2D, see {@link TspGenerator}), demands uniform in
 * {1, ..., 9}, and a capacity that depends on n ({@link #defaultCapacity(int)}). Node 0 is the depot;
 * there is no vehicle limit. Immutable; {@code with*} methods return modified copies.
 */
public final class CvrpGenerator {

    /** Sizes and capacities of the published convention: {n, capacity}. */
    private static final int[][] CAPACITY_BY_SIZE = {
        {10, 20}, {20, 30}, {50, 40}, {100, 50}, {500, 100}, {1000, 200}, {2000, 300}, {5000, 300},
    };

    private final int customers;
    private final int grid;
    private final int capacity;
    private final int minDemand;
    private final int maxDemand;

    private CvrpGenerator(int customers, int grid, int capacity, int minDemand, int maxDemand) {
        if (customers < 1) {
            throw new IllegalArgumentException("a CVRP needs at least one customer, got " + customers);
        }
        if (minDemand < 0 || maxDemand < minDemand) {
            throw new IllegalArgumentException("demand range [" + minDemand + ", " + maxDemand + "] is invalid");
        }
        if (capacity < maxDemand || capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity + " is below the largest demand " + maxDemand);
        }
        this.customers = customers;
        this.grid = grid;
        this.capacity = capacity;
        this.minDemand = minDemand;
        this.maxDemand = maxDemand;
    }

    /** n customers and a depot uniform in the unit square (EXACT_2D), default demands and capacity. */
    public static CvrpGenerator unitSquare(int customers) {
        return new CvrpGenerator(customers, 0, defaultCapacity(customers), 1, 9);
    }

    /** n customers and a depot with integer coordinates in [0, maxCoordinate] (EUC_2D), default demands and capacity. */
    public static CvrpGenerator integerGrid(int customers, int maxCoordinate) {
        if (maxCoordinate < 1) {
            throw new IllegalArgumentException("maxCoordinate must be positive, got " + maxCoordinate);
        }
        return new CvrpGenerator(customers, maxCoordinate, defaultCapacity(customers), 1, 9);
    }

    /**
     * The capacity of the published convention for n customers: 20, 30, 40, 50 for n = 10, 20, 50,
     * 100 (Kool et al. 2019, POMO), 100 for n = 500 to 900, 200 for 1 000, 300 for 2 000 and 5 000
     * (UDC, GLOP). Other n take the value of the largest listed size not above n (20 below 10).
     */
    public static int defaultCapacity(int customers) {
        int cap = CAPACITY_BY_SIZE[0][1];
        for (int[] e : CAPACITY_BY_SIZE) {
            if (customers >= e[0]) {
                cap = e[1];
            }
        }
        return cap;
    }

    /** A copy with another vehicle capacity. */
    public CvrpGenerator withCapacity(int newCapacity) {
        return new CvrpGenerator(customers, grid, newCapacity, minDemand, maxDemand);
    }

    /** A copy with demands uniform in {min, ..., max}. */
    public CvrpGenerator withDemandRange(int min, int max) {
        return new CvrpGenerator(customers, grid, capacity, min, max);
    }

    /** Number of customers (the instance has one more node, the depot). */
    public int customers() {
        return customers;
    }

    public int capacity() {
        return capacity;
    }

    public int minDemand() {
        return minDemand;
    }

    public int maxDemand() {
        return maxDemand;
    }

    /** The distance convention of the generated instances. */
    public EdgeWeightType edgeWeightType() {
        return grid == 0 ? EdgeWeightType.EXACT_2D : EdgeWeightType.EUC_2D;
    }

    /**
     * A new instance drawn from {@code rng}: depot coordinates, then customer coordinates in order,
     * then the demands.
     */
    public CvrpProblem generate(RandomGenerator rng, String name) {
        Objects.requireNonNull(rng, "rng");
        int n = customers + 1;
        double[] x = new double[n];
        double[] y = new double[n];
        RoutingPoints.fill(rng, grid, x, y, 0);
        int[] demand = new int[n];
        for (int i = 1; i < n; i++) {
            demand[i] = (int) (minDemand + rng.nextLong(maxDemand - minDemand + 1L));
        }
        return new CvrpProblem(name, new CoordinateMetric(edgeWeightType(), x, y), 0, demand, capacity, OptionalInt.empty());
    }

    @Override
    public String toString() {
        return "CvrpGenerator[" + customers + " customers, " + edgeWeightType() + ", capacity " + capacity
                + ", demands " + minDemand + ".." + maxDemand + "]";
    }
}
