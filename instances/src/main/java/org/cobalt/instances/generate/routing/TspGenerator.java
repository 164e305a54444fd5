package org.cobalt.instances.generate.routing;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.cobalt.core.routing.CoordinateMetric;
import org.cobalt.core.routing.EdgeWeightType;
import org.cobalt.core.routing.TspProblem;

/**
 * Random uniform TSP instances, in one of two conventions:
 * <ul>
 *   <li>{@link #unitSquare(int)}: coordinates uniform in [0, 1)², unrounded Euclidean distances
 *       ({@link EdgeWeightType#EXACT_2D}), as in the neural-solver literature (POMO, UDC);</li>
 *   <li>{@link #integerGrid(int, int)}: integer coordinates uniform in [0, S]², TSPLIB
 *       {@link EdgeWeightType#EUC_2D} distances (rounded to the nearest integer).</li>
 * </ul>
 * Memory is O(n) (coordinates only), so very large instances (n = 15 000 and beyond) are cheap.
 * The same generator with equally seeded generators gives identical instances.
 */
public final class TspGenerator {

    /** Default coordinate range of {@link #integerGrid(int)}. */
    public static final int DEFAULT_GRID = 1_000_000;

    private final int nodes;
    private final int grid;

    private TspGenerator(int nodes, int grid) {
        if (nodes < 1) {
            throw new IllegalArgumentException("a TSP needs at least one node, got " + nodes);
        }
        if (grid < 0) {
            throw new IllegalArgumentException("coordinate range must be non-negative, got " + grid);
        }
        this.nodes = nodes;
        this.grid = grid;
    }

    /** n nodes uniform in the unit square, EXACT_2D distances. */
    public static TspGenerator unitSquare(int nodes) {
        return new TspGenerator(nodes, 0);
    }

    /** n nodes with integer coordinates uniform in [0, maxCoordinate], EUC_2D distances. */
    public static TspGenerator integerGrid(int nodes, int maxCoordinate) {
        if (maxCoordinate < 1) {
            throw new IllegalArgumentException("maxCoordinate must be positive, got " + maxCoordinate);
        }
        return new TspGenerator(nodes, maxCoordinate);
    }

    /** n nodes with integer coordinates in [0, {@value #DEFAULT_GRID}], EUC_2D distances. */
    public static TspGenerator integerGrid(int nodes) {
        return integerGrid(nodes, DEFAULT_GRID);
    }

    /** Number of nodes. */
    public int nodes() {
        return nodes;
    }

    /** The distance convention of the generated instances. */
    public EdgeWeightType edgeWeightType() {
        return grid == 0 ? EdgeWeightType.EXACT_2D : EdgeWeightType.EUC_2D;
    }

    /** Largest coordinate of {@link #integerGrid} instances; 0 for unit-square instances. */
    public int maxCoordinate() {
        return grid;
    }

    /** A new instance drawn from {@code rng}. */
    public TspProblem generate(RandomGenerator rng, String name) {
        Objects.requireNonNull(rng, "rng");
        double[] x = new double[nodes];
        double[] y = new double[nodes];
        RoutingPoints.fill(rng, grid, x, y, 0);
        return new TspProblem(name, new CoordinateMetric(edgeWeightType(), x, y));
    }

    @Override
    public String toString() {
        return grid == 0 ? "TspGenerator[" + nodes + " nodes, unit square, EXACT_2D]"
                : "TspGenerator[" + nodes + " nodes, integers 0.." + grid + ", EUC_2D]";
    }
}
