package org.cobalt.routing.tsp;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The tour constructions cobalt offers, by parameter id. */
public enum Construction {
    /** Nearest neighbour from a random start. */
    NEAREST_NEIGHBOR("nn"),
    /** Greedy edge matching over the candidate lists, fragments joined by nearest endpoint. */
    GREEDY("greedy"),
    /** Random insertion order, cheapest insertion position. */
    RANDOM_INSERTION("random-insertion"),
    /** Farthest node next, cheapest insertion position. */
    FARTHEST_INSERTION("farthest-insertion"),
    /** Order of a Hilbert space-filling curve (coordinates only). */
    HILBERT("hilbert");

    private final String id;

    Construction(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** A new instance of this construction with default settings. */
    public TourConstruction create() {
        return switch (this) {
            case NEAREST_NEIGHBOR -> new NearestNeighborConstruction();
            case GREEDY -> new GreedyEdgeConstruction();
            case RANDOM_INSERTION -> InsertionConstruction.random();
            case FARTHEST_INSERTION -> InsertionConstruction.farthest();
            case HILBERT -> new SpaceFillingCurveConstruction();
        };
    }

    /** The construction with this id; the message of the exception lists the known ids. */
    public static Construction fromId(String id) {
        String key = id.trim().toLowerCase(Locale.ROOT);
        for (Construction c : values()) {
            if (c.id.equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown tour construction '" + id + "'; known: "
                + Arrays.stream(values()).map(Construction::id).collect(Collectors.joining(", ")));
    }
}
