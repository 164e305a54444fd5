package org.cobalt.neural.branching;

import java.util.SplittableRandom;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.instances.generate.milp.SetCoverGenerator;

/**
 * Set cover instances of one size from {@link SetCoverGenerator} (Balas and Ho 1980, Ecole's generator):
 * the instance of seed {@code s} is {@code generate(new SplittableRandom(s))}.
 *
 * @param rows    rows (elements to cover)
 * @param columns columns (sets)
 * @param density fraction of ones in the matrix
 * @param maxCoef costs are uniform integers in [1, maxCoef]
 */
public record SetCoverClass(int rows, int columns, double density, int maxCoef) implements InstanceClass {

    /** Ecole's default size: 500 rows, 1000 columns, density 0.05, costs up to 100. */
    public static final SetCoverClass ECOLE_DEFAULT = new SetCoverClass(500, 1000, 0.05, 100);

    /** Validates through the generator's own checks. */
    public SetCoverClass {
        new SetCoverGenerator(rows, columns, density, maxCoef);
    }

    @Override
    public String id() {
        String d = density == 0.05 ? "" : "-d" + density;
        return "setcover-" + rows + "x" + columns + d;
    }

    @Override
    public MilpModel generate(long seed) {
        return new SetCoverGenerator(rows, columns, density, maxCoef).generate(new SplittableRandom(seed),
                instanceName(seed));
    }
}
