package org.cobalt.instances.mps;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.milp.VarType;

/**
 * Seeded random models that stress file formats: every bound shape (infinite, negative, fixed,
 * crossed), continuous/integer/binary variables, LE/GE/EQ/RANGE/FREE rows, empty rows and columns,
 * awkward doubles, constants and both senses. Names are valid in both MPS and LP.
 */
public final class RandomMilpModels {

    private static final String NAME_SYMBOLS = "_!#$%&(),;?@{}~.";

    private RandomMilpModels() {
    }

    public static MilpModel model(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = r.nextInt(0, 25);
        int m = r.nextInt(0, 20);
        String objective = r.nextInt(3) == 0 ? "obj" : "z" + name(r, seed);
        MilpModel.Builder b = MilpModel.builder(modelName(r, seed))
                .sense(r.nextBoolean() ? ObjectiveSense.MAXIMIZE : ObjectiveSense.MINIMIZE)
                .objectiveConstant(r.nextInt(4) == 0 ? 0.0 : value(r))
                .objectiveName(objective);
        Set<String> used = new HashSet<>();
        for (int j = 0; j < n; j++) {
            String v = unique(r, "x", j, used);
            double lo;
            double up;
            switch (r.nextInt(9)) {
                case 0 -> {
                    lo = 0;
                    up = Double.POSITIVE_INFINITY;
                }
                case 1 -> {
                    lo = Double.NEGATIVE_INFINITY;
                    up = Double.POSITIVE_INFINITY;
                }
                case 2 -> {
                    lo = Double.NEGATIVE_INFINITY;
                    up = value(r);
                }
                case 3 -> {
                    lo = value(r);
                    up = Double.POSITIVE_INFINITY;
                }
                case 4 -> {
                    lo = value(r);
                    up = lo;
                }
                case 5 -> {
                    lo = 0;
                    up = -Math.abs(value(r)) - 1; // crossed: tests the negative-upper rule in writers
                }
                case 6 -> {
                    lo = 0;
                    up = 1;
                }
                default -> {
                    double a = value(r);
                    double c = value(r);
                    lo = Math.min(a, c);
                    up = Math.max(a, c);
                }
            }
            VarType t = switch (r.nextInt(3)) {
                case 0 -> VarType.CONTINUOUS;
                case 1 -> VarType.INTEGER;
                default -> lo >= 0 && up <= 1 ? VarType.BINARY : VarType.INTEGER;
            };
            b.addVariable(v, lo, up, t, r.nextInt(3) == 0 ? 0.0 : value(r));
        }
        Set<String> rows = new HashSet<>();
        rows.add(objective); // MPS keeps the objective among the row names
        for (int i = 0; i < m; i++) {
            String name = unique(r, "r", i, rows);
            double lo;
            double up;
            switch (r.nextInt(5)) {
                case 0 -> {
                    lo = Double.NEGATIVE_INFINITY;
                    up = value(r);
                }
                case 1 -> {
                    lo = value(r);
                    up = Double.POSITIVE_INFINITY;
                }
                case 2 -> {
                    lo = value(r);
                    up = lo;
                }
                case 3 -> {
                    double a = value(r);
                    double c = value(r);
                    if (a == c) {
                        c = a + 1;
                    }
                    lo = Math.min(a, c);
                    up = Math.max(a, c);
                }
                default -> {
                    lo = Double.NEGATIVE_INFINITY;
                    up = Double.POSITIVE_INFINITY;
                }
            }
            int row = b.addRow(name, lo, up);
            int entries = n == 0 || r.nextInt(6) == 0 ? 0 : r.nextInt(1, Math.min(n, 8) + 1);
            for (int k = 0; k < entries; k++) {
                b.setCoefficient(row, r.nextInt(n), value(r));
            }
        }
        return b.build();
    }

    /** Integers, short decimals, full-precision doubles, tiny and large magnitudes, all below 1e30. */
    public static double value(SplittableRandom r) {
        double v = switch (r.nextInt(6)) {
            case 0 -> r.nextInt(-20, 21);
            case 1 -> r.nextInt(-100000, 100000) / 100.0;
            case 2 -> (r.nextDouble() - 0.5) * 2000;
            case 3 -> (r.nextDouble() - 0.5) * 1e-6;
            case 4 -> (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(1, 29));
            default -> Math.scalb(r.nextDouble() + 1, r.nextInt(-60, 60)) * (r.nextBoolean() ? 1 : -1);
        };
        return v == 0.0 ? 1.0 : v;
    }

    private static String modelName(SplittableRandom r, long seed) {
        return switch (r.nextInt(3)) {
            case 0 -> "random-" + seed;
            case 1 -> "Random model " + seed;
            default -> "m" + name(r, seed);
        };
    }

    private static String unique(SplittableRandom r, String prefix, int index, Set<String> used) {
        String s;
        do {
            s = r.nextInt(3) == 0 ? prefix + name(r, index) : prefix + index;
        } while (!used.add(s));
        return s;
    }

    private static String name(SplittableRandom r, long salt) {
        StringBuilder s = new StringBuilder();
        int len = r.nextInt(1, 6);
        for (int k = 0; k < len; k++) {
            int c = r.nextInt(3);
            if (c == 0) {
                s.append((char) ('a' + r.nextInt(26)));
            } else if (c == 1) {
                s.append((char) ('0' + r.nextInt(10)));
            } else {
                s.append(NAME_SYMBOLS.charAt(r.nextInt(NAME_SYMBOLS.length())));
            }
        }
        return s.append(Math.floorMod(salt, 97)).toString();
    }
}
