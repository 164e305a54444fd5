package org.cobalt.instances.tsplib;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The parsed content of a TSPLIB-95 file (TSP, ATSP, CVRP or TOUR) before it is mapped to a
 * problem or a solution: the specification entries and the data sections that were present. Node
 * references are already 0-based (file id minus one). Built by {@link TsplibParser}.
 */
public final class TsplibFile {

    final String source;
    String name;
    String type;
    final List<String> comments = new ArrayList<>();
    int dimension = -1;
    int capacity = -1;
    int vehicles = -1;
    String edgeWeightType;
    EdgeWeightFormat edgeWeightFormat;
    double[] x;
    double[] y;
    double[] matrix;
    int[] demands;
    int[] depots;
    int[] tour;
    final Map<String, Long> lines = new HashMap<>();

    TsplibFile(String source) {
        this.source = source;
    }

    /** The input name the file was read from. */
    public String source() {
        return source;
    }

    /** NAME, if given (may be empty). */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** TYPE in upper case (e.g. {@code TSP}, {@code ATSP}, {@code CVRP}, {@code TOUR}), if given. */
    public Optional<String> type() {
        return Optional.ofNullable(type);
    }

    /** All COMMENT values in file order. */
    public List<String> comments() {
        return List.copyOf(comments);
    }

    /** DIMENSION, if given. */
    public OptionalInt dimension() {
        return dimension < 0 ? OptionalInt.empty() : OptionalInt.of(dimension);
    }

    /** CAPACITY, if given. */
    public OptionalInt capacity() {
        return capacity < 0 ? OptionalInt.empty() : OptionalInt.of(capacity);
    }

    /** VEHICLES, if given. */
    public OptionalInt vehicles() {
        return vehicles < 0 ? OptionalInt.empty() : OptionalInt.of(vehicles);
    }

    /** EDGE_WEIGHT_TYPE in upper case, if given. */
    public Optional<String> edgeWeightType() {
        return Optional.ofNullable(edgeWeightType);
    }

    /** EDGE_WEIGHT_FORMAT, if given as a matrix layout ({@code FUNCTION} counts as absent). */
    public Optional<EdgeWeightFormat> edgeWeightFormat() {
        return Optional.ofNullable(edgeWeightFormat);
    }

    /** True when a NODE_COORD_SECTION was read. */
    public boolean hasCoordinates() {
        return x != null;
    }

    /** First coordinates by node (copy), if a NODE_COORD_SECTION was read. */
    public Optional<double[]> xs() {
        return Optional.ofNullable(x).map(double[]::clone);
    }

    /** Second coordinates by node (copy), if a NODE_COORD_SECTION was read. */
    public Optional<double[]> ys() {
        return Optional.ofNullable(y).map(double[]::clone);
    }

    /** The EDGE_WEIGHT_SECTION expanded to a row-major n*n matrix (copy), if one was read. */
    public Optional<double[]> matrix() {
        return Optional.ofNullable(matrix).map(double[]::clone);
    }

    /** DEMAND_SECTION by node (copy), if read. */
    public Optional<int[]> demands() {
        return Optional.ofNullable(demands).map(int[]::clone);
    }

    /** DEPOT_SECTION entries as 0-based nodes (copy), if read. */
    public Optional<int[]> depots() {
        return Optional.ofNullable(depots).map(int[]::clone);
    }

    /** The TOUR_SECTION tour as 0-based nodes (copy), if read. */
    public Optional<int[]> tour() {
        return Optional.ofNullable(tour).map(int[]::clone);
    }

    /** Line on which a keyword (spec entry or section) appeared, or 0 when it did not. */
    public long lineOf(String keyword) {
        return lines.getOrDefault(keyword, 0L);
    }
}
