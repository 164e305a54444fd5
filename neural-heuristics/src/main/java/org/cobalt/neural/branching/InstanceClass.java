package org.cobalt.neural.branching;

import java.util.Locale;
import org.cobalt.core.milp.MilpModel;

/**
 * A seeded family of generated MILPs that branching policies are trained and evaluated on: one seed,
 * one instance, always the same. {@link #parse} reads the CLI form, e.g. {@code setcover} (Ecole's
 * defaults, 500 x 1000) or {@code setcover:250x500} or {@code setcover:250x500:0.05}.
 */
public interface InstanceClass {

    /** Short id used in file and instance names, e.g. {@code setcover-250x500}. */
    String id();

    /** The instance of {@code seed}, named {@code <id>-s<seed>}. */
    MilpModel generate(long seed);

    /** Instance name of a seed. */
    default String instanceName(long seed) {
        return id() + "-s" + seed;
    }

    /**
     * Parses {@code setcover[:ROWSxCOLS[:DENSITY]]}.
     *
     * @throws IllegalArgumentException with the accepted forms when the text is not one of them
     */
    static InstanceClass parse(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split(":");
        String usage = "instance class '" + text + "': expected setcover[:ROWSxCOLS[:DENSITY]], e.g. setcover:250x500";
        if (!parts[0].equals("setcover") || parts.length > 3) {
            throw new IllegalArgumentException(usage);
        }
        if (parts.length == 1) {
            return SetCoverClass.ECOLE_DEFAULT;
        }
        String[] dims = parts[1].split("x");
        try {
            if (dims.length != 2) {
                throw new IllegalArgumentException(usage);
            }
            int rows = Integer.parseInt(dims[0]);
            int cols = Integer.parseInt(dims[1]);
            double density = parts.length == 3 ? Double.parseDouble(parts[2]) : SetCoverClass.ECOLE_DEFAULT.density();
            return new SetCoverClass(rows, cols, density, SetCoverClass.ECOLE_DEFAULT.maxCoef());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(usage, e);
        }
    }
}
