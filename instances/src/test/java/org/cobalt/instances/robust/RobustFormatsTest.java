package org.cobalt.instances.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.cobalt.core.data.SharedData;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.problem.ProblemFamily;
import org.cobalt.instances.InstanceFormat;
import org.cobalt.instances.InstanceFormatException;
import org.cobalt.instances.Instances;
import org.cobalt.instances.generate.robust.CapitalBudgetingGenerator;
import org.cobalt.instances.generate.robust.ProfitCorrelation;
import org.cobalt.instances.generate.robust.RobustKnapsackGenerator;
import org.cobalt.instances.mps.TextMutator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RobustFormatsTest {

    private static final String KP = "3 10 1.5\n 10 4 2 5 12\n 8 3 1 4 9\n 6 2 3 3 7\n";
    private static final String CBL = "2 81 16 16 0.384 0.4608 0.8 5 2\n 1.6 8 -0.5 0.3\n 14.6 73 0.25 -0.75\n";

    private static List<Problem> read(InstanceFormat f, String text, String source) throws IOException {
        return f.read(new BufferedReader(new StringReader(text)), source, "stem");
    }

    @Test
    void readsKnapsackFields() throws IOException {
        RobustKnapsackProblem p = (RobustKnapsackProblem) read(new RobustKnapsackFormat(), KP, "/x/RKP_UN_n3_dev0.5_d0.1").get(0);
        assertThat(p.name()).isEqualTo("RKP_UN_n3_dev0.5_d0.1");
        assertThat(p.family()).isEqualTo(ProblemFamily.ROBUST);
        assertThat(p.size()).isEqualTo(3);
        assertThat(p.capacity()).isEqualTo(10);
        assertThat(p.gamma()).isEqualTo(1.5);
        assertThat(p.nominalProfit(0)).isEqualTo(10);
        assertThat(p.degradation(0)).isEqualTo(4);
        assertThat(p.repairWeight(0)).isEqualTo(2);
        assertThat(p.weight(0)).isEqualTo(5);
        assertThat(p.outsourcingCost(0)).isEqualTo(12);
        assertThat(p.outsourcingCost(2)).isEqualTo(7);
        assertThat(p.hasIntegerWeights()).isTrue();
    }

    @Test
    void knapsackProfitFollowsTheModel() throws IOException {
        RobustKnapsackProblem p = (RobustKnapsackProblem) read(new RobustKnapsackFormat(), KP, "a.rkp").get(0);
        boolean[] x = {true, true, false};
        boolean[] y = {true, false, false};
        boolean[] r = {false, false, false};
        // item 0 packed unrepaired (10 - 4 * 0.5), item 1 outsourced (8 - 9)
        assertThat(p.profit(x, y, r, new double[] {0.5, 1, 1})).isEqualTo(8 - 1);
        r[0] = true;
        assertThat(p.profit(x, y, r, new double[] {0.5, 1, 1})).isEqualTo(10 - 1);
    }

    @Test
    void readsLoansFields() throws IOException {
        CapitalBudgetingLoansProblem p = (CapitalBudgetingLoansProblem) read(new CapitalBudgetingLoansFormat(), CBL, "b.rcl").get(0);
        assertThat(p.name()).isEqualTo("stem");
        assertThat(p.size()).isEqualTo(2);
        assertThat(p.factors()).isEqualTo(2);
        assertThat(p.budget()).isEqualTo(81);
        assertThat(p.firstLoan()).isEqualTo(16);
        assertThat(p.secondLoanCost()).isEqualTo(0.4608);
        assertThat(p.lateFactor()).isEqualTo(0.8);
        assertThat(p.profit(1)).isEqualTo(14.6);
        assertThat(p.cost(1)).isEqualTo(73);
        assertThat(p.factor(1, 1)).isEqualTo(-0.75);
        assertThat(p.profit(1, new double[] {1, 1})).isCloseTo(14.6 * (1 - 0.25), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(p.hasIntegerCosts()).isTrue();
    }

    @Test
    void roundTripsGeneratedInstances() throws IOException {
        SplittableRandom rng = new SplittableRandom(3);
        for (ProfitCorrelation c : ProfitCorrelation.values()) {
            RobustKnapsackProblem p = new RobustKnapsackGenerator(25, c, 40, 0.5, 0.15).generate(rng, "g");
            StringWriter w = new StringWriter();
            new RobustKnapsackFormat().write(p, w);
            RobustKnapsackProblem q = (RobustKnapsackProblem) read(new RobustKnapsackFormat(), w.toString(), "g.rkp").get(0);
            for (int i = 0; i < p.size(); i++) {
                assertThat(q.nominalProfit(i)).isEqualTo(p.nominalProfit(i));
                assertThat(q.degradation(i)).isEqualTo(p.degradation(i));
                assertThat(q.repairWeight(i)).isEqualTo(p.repairWeight(i));
                assertThat(q.weight(i)).isEqualTo(p.weight(i));
                assertThat(q.outsourcingCost(i)).isEqualTo(p.outsourcingCost(i));
            }
            assertThat(q.capacity()).isEqualTo(p.capacity());
            assertThat(q.gamma()).isEqualTo(p.gamma());
        }
        CapitalBudgetingLoansProblem l = (CapitalBudgetingLoansProblem) read(new CapitalBudgetingLoansFormat(), CBL, "b.rcl").get(0);
        StringWriter w = new StringWriter();
        new CapitalBudgetingLoansFormat().write(l, w);
        CapitalBudgetingLoansProblem back = (CapitalBudgetingLoansProblem) read(new CapitalBudgetingLoansFormat(), w.toString(), "b.rcl").get(0);
        assertThat(back.factor(0, 0)).isEqualTo(-0.5);
        assertThat(back.firstLoanCost()).isEqualTo(0.384);
    }

    @Test
    void facadeDetectsExtensionlessFilesByContent(@TempDir Path tmp) throws IOException {
        Path kp = tmp.resolve("RKP_SC_n3_R1000_H100_h40_dev0.15_d0.1");
        Files.writeString(kp, KP);
        Problem p = Instances.read(kp);
        assertThat(p).isInstanceOf(RobustKnapsackProblem.class);
        assertThat(p.name()).isEqualTo("RKP_SC_n3_R1000_H100_h40_dev0.15_d0.1");
        Path cb = tmp.resolve("RC_N2_Lambda0.12_Mu1.2_Ro5_no1");
        Files.writeString(cb, CBL);
        assertThat(Instances.read(cb)).isInstanceOf(CapitalBudgetingLoansProblem.class);
        Path written = tmp.resolve("copy.rkp.gz");
        Instances.write(p, written);
        assertThat(Instances.read(written).name()).isEqualTo("copy");
    }

    @Test
    void rejectsMalformedInputWithLineNumbers() {
        RobustKnapsackFormat f = new RobustKnapsackFormat();
        assertThatThrownBy(() -> read(f, "3 10 1\n 1 2 3 4 5\n 1 2 x 4 5\n 1 2 3 4 5\n", "s"))
                .isInstanceOf(InstanceFormatException.class).hasMessageContaining("s:3:").hasMessageContaining("repair weight of item 2");
        assertThatThrownBy(() -> read(f, "3 10 1\n 1 2 3 4 5\n", "s"))
                .isInstanceOf(InstanceFormatException.class).hasMessageContaining("file ends");
        assertThatThrownBy(() -> read(f, "3 10 4\n", "s"))
                .isInstanceOf(InstanceFormatException.class).hasMessageContaining("Gamma");
        assertThatThrownBy(() -> read(f, "1 10 1\n 1 2 3 4 5 6\n", "s"))
                .isInstanceOf(InstanceFormatException.class).hasMessageContaining("unexpected data");
        assertThatThrownBy(() -> read(f, "2000000000 10 1\n", "s"))
                .isInstanceOf(InstanceFormatException.class).hasMessageContaining("number of items");
        assertThatThrownBy(() -> read(f, "1 10 1\n 1 -2 3 4 5\n", "s"))
                .isInstanceOf(InstanceFormatException.class).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> read(new CapitalBudgetingLoansFormat(), "1 10 1 1 1 1 2 5 1\n 1 1 0\n", "s"))
                .isInstanceOf(InstanceFormatException.class).hasMessageContaining("late-investment");
        assertThatThrownBy(() -> read(new CapitalBudgetingLoansFormat(), "1 10 1 1 1 1 0.5 5 0\n", "s"))
                .isInstanceOf(InstanceFormatException.class).hasMessageContaining("risk factors");
    }

    @Test
    void probesAreSpecific() {
        assertThat(new RobustKnapsackFormat().probe(KP)).isTrue();
        assertThat(new RobustKnapsackFormat().probe(CBL)).isFalse();
        assertThat(new CapitalBudgetingLoansFormat().probe(CBL)).isTrue();
        assertThat(new CapitalBudgetingLoansFormat().probe(KP)).isFalse();
        assertThat(new RobustKnapsackFormat().probe("NAME: x\nTYPE: TSP\n")).isFalse();
        assertThat(new RobustKnapsackFormat().probe(null)).isFalse();
    }

    @Test
    void mutatedFilesEitherParseOrFailCleanly() {
        TextMutator mutator = new TextMutator(11, "0", "-1", "1e9");
        int parsed = 0;
        int rejected = 0;
        for (int k = 0; k < 4000; k++) {
            boolean kp = k % 2 == 0;
            String text = mutator.mutate(kp ? KP : CBL);
            InstanceFormat f = kp ? new RobustKnapsackFormat() : new CapitalBudgetingLoansFormat();
            try {
                assertThat(read(f, text, "fuzz")).hasSize(1);
                parsed++;
            } catch (InstanceFormatException e) {
                assertThat(e.reason()).isNotBlank();
                rejected++;
            } catch (RuntimeException | IOException e) {
                fail("copy " + k + ": " + e + "\n" + text, e);
            }
        }
        assertThat(parsed).isPositive();
        assertThat(rejected).isPositive();
    }

    @Test
    void generatorsAreSeededAndFollowTheScheme() {
        RobustKnapsackGenerator g = new RobustKnapsackGenerator(40, ProfitCorrelation.ASC, 80, 0.1, 0.2);
        RobustKnapsackProblem a = g.generate(new SplittableRandom(5), "a");
        RobustKnapsackProblem b = g.generate(new SplittableRandom(5), "a");
        double total = 0;
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.weight(i)).isEqualTo(b.weight(i));
            assertThat(a.outsourcingCost(i)).isEqualTo(b.outsourcingCost(i));
            assertThat(a.weight(i)).isBetween(1.0, 1000.0);
            assertThat(a.nominalProfit(i) - a.weight(i)).isBetween(98.0, 102.0);
            assertThat(a.outsourcingCost(i)).isGreaterThanOrEqualTo(a.nominalProfit(i));
            total += a.weight(i);
        }
        assertThat(a.capacity()).isEqualTo(Math.floor(80.0 / 101 * total));
        assertThat(a.gamma()).isEqualTo(8.0);
        assertThat(g.canonicalName()).isEqualTo("RKP_ASC_n40_R1000_H100_h80_dev0.2_d0.1");

        CapitalBudgetingProblem cb = new CapitalBudgetingGenerator(10).generate(new SplittableRandom(1), "cb");
        double sum = 0;
        for (int i = 0; i < cb.size(); i++) {
            sum += cb.cost(i);
            double phi = 0;
            for (int j = 0; j < cb.factors(); j++) {
                assertThat(cb.costFactor(i, j)).isGreaterThanOrEqualTo(0);
                phi += cb.costFactor(i, j);
            }
            assertThat(phi).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(cb.revenue(i)).isCloseTo(cb.cost(i) / 5, org.assertj.core.data.Offset.offset(1e-12));
        }
        assertThat(cb.budget()).isCloseTo(sum / 2, org.assertj.core.data.Offset.offset(1e-9));
        boolean[] all = new boolean[cb.size()];
        java.util.Arrays.fill(all, true);
        assertThat(cb.worstCaseCost(all)).isCloseTo(1.5 * sum, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void readsEverySharedFile() throws IOException {
        var kpDir = SharedData.resolve("robust/knapsack/instances");
        var cbDir = SharedData.resolve("robust/capital-budgeting-loans/instances");
        Assumptions.assumeTrue(kpDir.isPresent() && cbDir.isPresent(),
                "shared/data/robust not found: set -Dcobalt.shared.dir or COBALT_SHARED_DIR to check the public files");
        int kp = 0;
        try (Stream<Path> files = Files.list(kpDir.get())) {
            for (Path f : files.toList()) {
                RobustKnapsackProblem p = (RobustKnapsackProblem) Instances.read(f);
                assertThat(p.name()).isEqualTo(f.getFileName().toString());
                assertThat(p.name()).contains("_n" + p.size() + "_");
                assertThat(p.hasIntegerWeights()).isTrue();
                kp++;
            }
        }
        int cb = 0;
        try (Stream<Path> files = Files.list(cbDir.get())) {
            for (Path f : files.toList()) {
                CapitalBudgetingLoansProblem p = (CapitalBudgetingLoansProblem) Instances.read(f);
                assertThat(p.name()).contains("_N" + p.size() + "_").contains("_M" + p.factors() + "_");
                cb++;
            }
        }
        assertThat(kp).isEqualTo(403);
        assertThat(cb).isEqualTo(288);
    }
}
