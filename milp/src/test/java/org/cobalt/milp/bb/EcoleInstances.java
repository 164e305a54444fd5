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
 * Benchmark command (not a test): writes {@code count} seeded instances of each Ecole class at Ecole's
 * default size as MPS files to {@code <out>/<class>/<class>-<seed>.mps}, for {@code cobalt batch}.
 * Arguments: {@code [out=results/ecole] [count=20] [firstSeed=1]}. Used by {@code bin/bench-bb-ecole}.
 */
public final class EcoleInstances {

    private EcoleInstances() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "results/ecole");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        long first = args.length > 2 ? Long.parseLong(args[2]) : 1;
        write(out, "setcover", new SetCoverGenerator(), count, first);
        write(out, "cauctions", new CombinatorialAuctionGenerator(), count, first);
        write(out, "facilities", new CapacitatedFacilityLocationGenerator(), count, first);
        write(out, "indset", new IndependentSetGenerator(), count, first);
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
