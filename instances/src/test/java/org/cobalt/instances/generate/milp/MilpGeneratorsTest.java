package org.cobalt.instances.generate.milp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.milp.RowSense;
import org.cobalt.core.milp.SparseMatrix;
import org.cobalt.core.milp.VarType;
import org.cobalt.instances.lp.LpReader;
import org.cobalt.instances.lp.LpWriter;
import org.cobalt.instances.mps.MpsReader;
import org.cobalt.instances.mps.MpsWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MilpGeneratorsTest {

    static Stream<Arguments> smallGenerators() {
        return Stream.of(
                Arguments.of("set cover 50x100", new SetCoverGenerator(50, 100, 0.05, 100)),
                Arguments.of("auction 20x60", new CombinatorialAuctionGenerator(20, 60)),
                Arguments.of("facility 15x10", new CapacitatedFacilityLocationGenerator(15, 10, 5)),
                Arguments.of("indset BA 60", IndependentSetGenerator.barabasiAlbert(60, 4)),
                Arguments.of("indset ER 40", IndependentSetGenerator.erdosRenyi(40, 0.2)),
                Arguments.of("knapsack 30", new KnapsackGenerator(30, 100, KnapsackCorrelation.WEAKLY_CORRELATED, 0.5)),
                Arguments.of("multiple knapsack 20x3", new MultipleKnapsackGenerator(20, 3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("smallGenerators")
    void sameSeedSameModelOtherSeedOtherModel(String label, MilpGenerator g) {
        MilpModel a = g.generate(new SplittableRandom(7), label);
        MilpModel b = g.generate(new SplittableRandom(7), label);
        assertThat(a.firstDifference(b)).isNull();
        assertThat(a).isEqualTo(b);
        assertThat(g.generate(7, label)).isEqualTo(a);
        assertThat(g.generate(8, label)).isNotEqualTo(a);
        assertThat(a.name()).isEqualTo(label);
        assertThat(a.numVariables()).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("smallGenerators")
    void generatedModelsSurviveMpsAndLp(String label, MilpGenerator g) throws IOException {
        MilpModel m = g.generate(3, "gen");
        assertThat(new MpsReader().read(new BufferedReader(new StringReader(new MpsWriter().toText(m))), "g", "g"))
                .isEqualTo(m);
        assertThat(new LpReader().read(new BufferedReader(new StringReader(new LpWriter().toText(m))), "g", "g"))
                .isEqualTo(m);
    }

    @Test
    void setCoverCoversEveryRowWithUnitCoefficientsAndCostsInRange() {
        for (SetCoverGenerator g : List.of(new SetCoverGenerator(50, 100, 0.05, 100), new SetCoverGenerator(),
                new SetCoverGenerator(10, 5, 1.0, 3))) {
            for (long seed = 0; seed < 3; seed++) {
                MilpModel m = g.generate(seed, "sc");
                SparseMatrix a = m.matrix();
                assertThat(m.numRows()).isEqualTo(g.rows());
                assertThat(m.numVariables()).isEqualTo(g.columns());
                assertThat(m.sense()).isEqualTo(ObjectiveSense.MINIMIZE);
                assertThat(a.nonZeros()).isEqualTo((int) Math.floor((double) g.rows() * g.columns() * g.density()));
                for (int i = 0; i < m.numRows(); i++) {
                    assertThat(a.rowEnd(i) - a.rowStart(i)).as("row %d covered", i).isGreaterThanOrEqualTo(1);
                    assertThat(m.rowSense(i)).isEqualTo(RowSense.GE);
                    assertThat(m.rowLower(i)).isEqualTo(1.0);
                }
                for (int j = 0; j < m.numVariables(); j++) {
                    assertThat(a.columnEnd(j) - a.columnStart(j)).as("column %d", j).isGreaterThanOrEqualTo(2);
                    assertThat(m.type(j)).isEqualTo(VarType.BINARY);
                    assertThat(m.cost(j)).isBetween(1.0, (double) g.maxCoef()).isEqualTo(Math.rint(m.cost(j)));
                }
                assertThat(a.copyRowValues()).containsOnly(1.0);
            }
        }
        assertThatThrownBy(() -> new SetCoverGenerator(50, 100, 0.01, 100)).hasMessageContaining("max(rows, 2 * columns)");
    }

    @Test
    void auctionsHavePackingRowsAndPositivePrices() {
        for (CombinatorialAuctionGenerator g : List.of(new CombinatorialAuctionGenerator(),
                new CombinatorialAuctionGenerator(10, 40), new CombinatorialAuctionGenerator(1, 5))) {
            MilpModel m = g.generate(11, "ca");
            SparseMatrix a = m.matrix();
            assertThat(m.sense()).isEqualTo(ObjectiveSense.MAXIMIZE);
            assertThat(m.numVariables()).isEqualTo(g.bids());
            assertThat(m.numRows()).isGreaterThanOrEqualTo(1);
            for (int j = 0; j < m.numVariables(); j++) {
                assertThat(m.type(j)).isEqualTo(VarType.BINARY);
                assertThat(m.cost(j)).isPositive();
                assertThat(a.columnEnd(j) - a.columnStart(j)).as("bid %d holds an item", j).isPositive();
            }
            for (int i = 0; i < m.numRows(); i++) {
                assertThat(m.rowUpper(i)).isEqualTo(1.0);
                assertThat(m.rowSense(i)).isEqualTo(RowSense.LE);
                assertThat(a.rowEnd(i) - a.rowStart(i)).isPositive();
            }
            // rows c_0 .. c_{items-1} are items; later ones are dummy items joining the 3+ bids of one bidder (XOR)
            int realItems = 0;
            for (int i = 0; i < m.numRows(); i++) {
                if (Integer.parseInt(m.rowName(i).substring(2)) < g.items()) {
                    realItems++;
                } else {
                    assertThat(a.rowEnd(i) - a.rowStart(i)).as("dummy row %s", m.rowName(i)).isBetween(3, 6);
                }
            }
            assertThat(realItems).isBetween(1, g.items());
        }
    }

    @Test
    void facilityLocationKeepsTheCapacityRatioAndEcolesStructure() {
        for (CapacitatedFacilityLocationGenerator g : List.of(new CapacitatedFacilityLocationGenerator(),
                new CapacitatedFacilityLocationGenerator(15, 10, 2.5))) {
            MilpModel m = g.generate(5, "cfl");
            int nc = g.customers();
            int nf = g.facilities();
            assertThat(m.numVariables()).isEqualTo(nf + nc * nf);
            assertThat(m.numRows()).isEqualTo(nc + nf + nc * nf);
            assertThat(m.numIntegerVariables()).isEqualTo(nf);
            double totalDemand = 0;
            double totalCapacity = 0;
            SparseMatrix a = m.matrix();
            for (int j = 0; j < nf; j++) {
                int row = m.rowIndex("c_" + j).orElseThrow();
                totalCapacity += -a.get(row, j);
                assertThat(m.cost(j)).as("fixed cost").isBetween(100 * Math.sqrt(10), 110 * Math.sqrt(160) + 90);
            }
            for (int i = 0; i < nc; i++) {
                double d = a.get(m.rowIndex("c_0").orElseThrow(), m.variableIndex("s_" + i + "_0").orElseThrow());
                assertThat(d).isBetween(5.0, 35.0).isEqualTo(Math.rint(d));
                totalDemand += d;
                for (int j = 0; j < nf; j++) {
                    int s = m.variableIndex("s_" + i + "_" + j).orElseThrow();
                    assertThat(m.type(s)).isEqualTo(VarType.CONTINUOUS);
                    assertThat(m.upper(s)).isEqualTo(1.0);
                    assertThat(m.cost(s)).isBetween(0.0, 10 * Math.sqrt(2) * d);
                }
                assertThat(m.rowLower(m.rowIndex("d_" + i).orElseThrow())).isEqualTo(1.0);
            }
            assertThat(totalCapacity / totalDemand).isCloseTo(g.ratio(), offset(1e-9));
        }
    }

    @Test
    void independentSetRowsAreCliquesAndCoverEveryEdge() {
        for (IndependentSetGenerator g : List.of(new IndependentSetGenerator(), IndependentSetGenerator.barabasiAlbert(30, 2),
                IndependentSetGenerator.erdosRenyi(40, 0.3))) {
            IndependentSetGenerator.Graph graph = g.graph(new SplittableRandom(9));
            MilpModel m = g.generate(new SplittableRandom(9), "is");
            assertThat(m.numVariables()).isEqualTo(g.nodes());
            assertThat(m.sense()).isEqualTo(ObjectiveSense.MAXIMIZE);
            if (g.graphType() == IndependentSetGenerator.GraphType.BARABASI_ALBERT) {
                int aff = g.nodes() == 500 ? 4 : 2;
                assertThat(graph.edges()).isEqualTo(aff + (long) (g.nodes() - aff - 1) * aff);
            }
            SparseMatrix a = m.matrix();
            boolean[][] covered = new boolean[g.nodes()][g.nodes()];
            int[] columns = a.copyRowColumns();
            for (int i = 0; i < m.numRows(); i++) {
                assertThat(m.rowUpper(i)).isEqualTo(1.0);
                int[] members = Arrays.copyOfRange(columns, a.rowStart(i), a.rowEnd(i));
                assertThat(members.length).isGreaterThanOrEqualTo(2);
                for (int p = 0; p < members.length; p++) {
                    for (int q = p + 1; q < members.length; q++) {
                        assertThat(graph.adjacent(members[p], members[q])).as("row %d is a clique", i).isTrue();
                        covered[members[p]][members[q]] = true;
                    }
                }
            }
            for (int u = 0; u < g.nodes(); u++) {
                for (int v : graph.neighbors()[u]) {
                    if (u < v) {
                        assertThat(covered[u][v]).as("edge %d-%d covered", u, v).isTrue();
                    }
                }
            }
            List<int[]> partition = IndependentSetGenerator.cliquePartition(graph);
            assertThat(partition.stream().mapToInt(c -> c.length).sum()).as("a partition").isEqualTo(g.nodes());
        }
    }

    @Test
    void knapsackClassesAndCapacity() {
        for (KnapsackCorrelation c : KnapsackCorrelation.values()) {
            KnapsackGenerator g = new KnapsackGenerator(40, 1000, c, 0.5);
            MilpModel m = g.generate(2, "kp");
            double total = 0;
            for (int j = 0; j < m.numVariables(); j++) {
                double w = m.matrix().get(0, j);
                double p = m.cost(j);
                total += w;
                assertThat(w).isBetween(1.0, 1000.0);
                switch (c) {
                    case UNCORRELATED -> assertThat(p).isBetween(1.0, 1000.0);
                    case WEAKLY_CORRELATED -> assertThat(p).isBetween(Math.max(1, w - 99), w + 99);
                    case STRONGLY_CORRELATED -> assertThat(p).isEqualTo(w + 99);
                    case SUBSET_SUM -> assertThat(p).isEqualTo(w);
                }
            }
            assertThat(m.rowUpper(0)).isEqualTo(Math.floor(total / 2));
            assertThat(m.numIntegerVariables()).isEqualTo(40);
        }
    }

    @Test
    void multipleKnapsackCapacitiesAreSimilarAndSumToHalfTheWeight() {
        MultipleKnapsackGenerator g = new MultipleKnapsackGenerator();
        for (long seed = 0; seed < 5; seed++) {
            MilpModel m = g.generate(seed, "mkp");
            assertThat(m.numVariables()).isEqualTo(g.items() * g.knapsacks());
            assertThat(m.numRows()).isEqualTo(g.items() + g.knapsacks());
            int cap0 = m.rowIndex("cap_0").orElseThrow();
            double total = 0;
            double smallest = Double.MAX_VALUE;
            for (int i = 0; i < g.items(); i++) {
                double w = m.matrix().get(cap0, m.variableIndex("x_" + i + "_0").orElseThrow());
                assertThat(w).isBetween(10.0, 1000.0);
                total += w;
                smallest = Math.min(smallest, w);
            }
            double sum = 0;
            for (int k = 0; k < g.knapsacks(); k++) {
                double c = m.rowUpper(m.rowIndex("cap_" + k).orElseThrow());
                sum += c;
                assertThat(c).isGreaterThanOrEqualTo(smallest);
                if (k < g.knapsacks() - 1) {
                    assertThat(c).isBetween(Math.ceil(0.4 * total / g.knapsacks()), Math.floor(0.6 * total / g.knapsacks()));
                }
            }
            assertThat(sum).isEqualTo(Math.floor(total / 2));
            for (int i = 0; i < g.items(); i++) {
                assertThat(m.rowUpper(m.rowIndex("item_" + i).orElseThrow())).isEqualTo(1.0);
            }
        }
    }
}
