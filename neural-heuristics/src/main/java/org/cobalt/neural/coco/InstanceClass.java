package org.cobalt.neural.coco;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.instances.generate.milp.CombinatorialAuctionGenerator;
import org.cobalt.instances.generate.milp.IndependentSetGenerator;
import org.cobalt.instances.generate.milp.MilpGenerator;
import org.cobalt.instances.generate.milp.SetCoverGenerator;

/**
 * A class of generated training/test instances (Gasse et al. 2019, Ecole defaults unless sizes are
 * given): {@code sc} set cover (rows x columns, density 0.05, or 3/rows for fewer than 60 rows so that
 * every column can get its two ones), {@code ca} combinatorial auctions
 * (items x bids), {@code is} maximum independent set (Barabasi-Albert nodes x affinity). Instance
 * {@code seed} of a class is named {@code <spec>-<seed>} and generated from that seed alone, so the
 * name identifies the instance.
 *
 * @param spec      the class as written, e.g. {@code sc} or {@code sc250x500}
 * @param family    {@code sc}, {@code ca} or {@code is}
 * @param generator the seeded generator
 */
public record InstanceClass(String spec, String family, MilpGenerator generator) {

    private static final Pattern SPEC = Pattern.compile("(sc|ca|is)(?:(\\d+)x(\\d+))?");

    /**
     * Parses {@code sc}, {@code ca}, {@code is} (Ecole's default sizes: set cover 500x1000, auctions
     * 100 items x 500 bids, independent set 500 nodes with affinity 4) or the same with sizes, e.g.
     * {@code sc250x500}, {@code ca50x250}, {@code is300x4}.
     */
    public static InstanceClass parse(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        Matcher m = SPEC.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("unknown instance class '" + text
                    + "': expected sc, ca or is, optionally with sizes (sc500x1000, ca100x500, is500x4)");
        }
        String family = m.group(1);
        boolean sized = m.group(2) != null;
        int a = sized ? Integer.parseInt(m.group(2)) : 0;
        int b = sized ? Integer.parseInt(m.group(3)) : 0;
        MilpGenerator g = switch (family) {
            case "sc" -> sized ? new SetCoverGenerator(a, b, Math.min(1.0, Math.max(0.05, 3.0 / a)), 100) : new SetCoverGenerator();
            case "ca" -> sized ? new CombinatorialAuctionGenerator(a, b) : new CombinatorialAuctionGenerator();
            default -> sized ? IndependentSetGenerator.barabasiAlbert(a, b) : new IndependentSetGenerator();
        };
        return new InstanceClass(s, family, g);
    }

    /** The instance name for {@code seed}. */
    public String name(long seed) {
        return spec + "-" + seed;
    }

    /** Generates the instance of {@code seed}. */
    public MilpModel instance(long seed) {
        return generator.generate(seed, name(seed));
    }

    /** The seed of an instance name of this class, e.g. 200003 for {@code sc-200003}. */
    public long seedOf(String instanceName) {
        String prefix = spec + "-";
        if (!instanceName.startsWith(prefix)) {
            throw new IllegalArgumentException(instanceName + " is not an instance of class " + spec);
        }
        try {
            return Long.parseLong(instanceName.substring(prefix.length()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(instanceName + " is not an instance of class " + spec, e);
        }
    }

    @Override
    public String toString() {
        return spec;
    }
}
