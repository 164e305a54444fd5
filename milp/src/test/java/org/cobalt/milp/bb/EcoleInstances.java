package org.cobalt.milp.bb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.instances.Instances;
import org.cobalt.instances.generate.milp.CapacitatedFacilityLocationGenerator;
import org.cobalt.instances.generate.milp.CombinatorialAuctionGenerator;
import org.cobalt.instances.generate.milp.IndependentSetGenerator;
import org.cobalt.instances.generate.milp.MilpGenerator;
import org.cobalt.instances.generate.milp.SetCoverGenerator;

/**
 * Benchmark command (not a test): writes {@code count} seeded instances of each Ecole class as MPS files
 * to {@code <out>/<class>/<class>-<seed>.mps}, for {@code cobalt batch}.
 * Arguments: {@code [out=results/ecole] [count=20] [firstSeed=1] [size=default|small]}. {@code default}
 * is Ecole's default size (set cover 500 x 1000, auctions 100 items x 500 bids, facilities 100 x 100,
 * independent set 500 nodes, Barabasi-Albert affinity 4); {@code small} is set cover 200 x 400, auctions 40 items x
 * 200 bids, facilities 20 x 20, independent set 200 nodes, for runs that must finish in minutes on a loaded
 * 2-core machine. Used by {@code bin/bench-bb-ecole}.
 */
public final class EcoleInstances {

    private EcoleInstances() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "results/ecole");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        long first = args.length > 2 ? Long.parseLong(args[2]) : 1;
        boolean small = args.length > 3 && args[3].equals("small");
        if (args.length > 3 && !small && !args[3].equals("default")) {
            throw new IllegalArgumentException("size must be default or small, got " + args[3]);
        }
        write(out, "setcover", small ? new SetCoverGenerator(200, 400, 0.05, 100) : new SetCoverGenerator(),
                count, first);
        write(out, "cauctions", small ? new CombinatorialAuctionGenerator(40, 200)
                : new CombinatorialAuctionGenerator(), count, first);
        write(out, "facilities", small ? new CapacitatedFacilityLocationGenerator(20, 20, 5.0)
                : new CapacitatedFacilityLocationGenerator(), count, first);
        write(out, "indset", small ? new IndependentSetGenerator(200, IndependentSetGenerator.GraphType.BARABASI_ALBERT,
                0.25, 4) : new IndependentSetGenerator(), count, first);
    }

    private static void write(Path out, String kind, MilpGenerator g, int count, long first) throws IOException {
        Path dir = out.resolve(kind);
        Files.createDirectories(dir);
        for (long seed = first; seed < first + count; seed++) {
            String name = String.format(Locale.ROOT, "%s-%02d", kind, seed);
            MilpModel m = g.generate(seed, name);
            Instances.write(m, dir.resolve(name + ".mps"));
        }
        System.out.println(count + " " + kind + " instances in " + dir);
    }
}
