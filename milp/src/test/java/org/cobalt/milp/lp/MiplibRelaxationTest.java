package org.cobalt.milp.lp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cobalt.core.data.SharedData;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.instances.Instances;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acceptance check on real data: the cold LP relaxation of every shared MIPLIB 3 file matches
 * GLOP's optimal value to 1e-6 relative, with a verified optimal point and dual bound; then a few
 * warm branching re-solves match cold solves. Skips when shared/data is absent.
 */
class MiplibRelaxationTest {

    static Stream<String> files() {
        Path dir = SharedData.resolve("milp/miplib3").orElse(null);
        if (dir == null) {
            return Stream.of("<shared/data/milp/miplib3 absent>");
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<String> names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".mps.gz")).sorted().toList();
            return names.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MilpModel read(String file) throws IOException {
        Path dir = SharedData.resolve("milp/miplib3").orElse(null);
        Assumptions.assumeTrue(dir != null, "shared/data/milp/miplib3 not found: MIPLIB relaxation test skipped");
        return (MilpModel) Instances.read(dir.resolve(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void coldRelaxationMatchesGlop(String file) throws IOException {
        MilpModel model = read(file);
        MilpModel relaxed = LpChecks.relax(model);
        DualSimplex lp = new DualSimplex(model);
        assertThat(lp.solve()).isEqualTo(LpStatus.OPTIMAL);
        LpChecks.assertProven(relaxed, lp);
        Glop.Reference ref = Glop.reference(model);
        assertThat(ref.status().name()).isEqualTo("OPTIMAL");
        double rel = Math.abs(lp.objective() - ref.objective()) / Math.max(1.0, Math.abs(ref.objective()));
        assertThat(rel).as("%s: cobalt %s vs GLOP %s", file, lp.objective(), ref.objective()).isLessThanOrEqualTo(1e-6);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void warmBranchingResolvesMatchColdSolves(String file) throws IOException {
        MilpModel model = read(file);
        MilpModel relaxed = LpChecks.relax(model);
        DualSimplex lp = new DualSimplex(model);
        lp.solve();
        double[] root = lp.primalValues();
        int branched = 0;
        for (int j = 0; j < model.numVariables() && branched < 3; j++) {
            double v = root[j];
            if (model.isIntegral(j) && Math.abs(v - Math.rint(v)) > 1e-6) {
                double lo = model.lower(j);
                double up = model.upper(j);
                lp.setBounds(j, lo, Math.floor(v));
                lp.solve();
                DualSimplexWarmStartTest.assertSameAsCold(DualSimplexWarmStartTest.withBounds(relaxed, lp), lp);
                lp.setBounds(j, Math.ceil(v), up);
                lp.solve();
                DualSimplexWarmStartTest.assertSameAsCold(DualSimplexWarmStartTest.withBounds(relaxed, lp), lp);
                lp.setBounds(j, lo, up);
                branched++;
            }
        }
    }
}
