package org.cobalt.instances.generate.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.SplittableRandom;
import java.util.random.RandomGeneratorFactory;
import org.cobalt.core.routing.CoordinateMetric;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.routing.EdgeWeightType;
import org.cobalt.core.routing.TspProblem;
import org.cobalt.instances.cvrplib.CvrplibFormat;
import org.cobalt.instances.tsplib.TsplibFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoutingGeneratorsTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 42, 987654321})
    void sameSeedGivesIdenticalInstancesAndOtherSeedsDiffer(long seed) {
        for (TspGenerator g : new TspGenerator[] {TspGenerator.unitSquare(50), TspGenerator.integerGrid(50, 1000)}) {
            TspProblem a = g.generate(new SplittableRandom(seed), "a");
            TspProblem b = g.generate(new SplittableRandom(seed), "a");
            TspProblem c = g.generate(new SplittableRandom(seed + 1), "a");
            assertThat(a.metric()).isEqualTo(b.metric()).isNotEqualTo(c.metric());
        }
        CvrpGenerator cg = CvrpGenerator.unitSquare(50);
        assertThat(cg.generate(new SplittableRandom(seed), "v")).isEqualTo(cg.generate(new SplittableRandom(seed), "v"))
                .isNotEqualTo(cg.generate(new SplittableRandom(seed + 1), "v"));
        var factory = RandomGeneratorFactory.of("L64X128MixRandom");
        assertThat(cg.generate(factory.create(seed), "v")).isEqualTo(cg.generate(factory.create(seed), "v"));
    }

    @Test
    void unitSquareInstancesLieInTheSquareWithExactDistances() {
        TspProblem p = TspGenerator.unitSquare(1000).generate(new SplittableRandom(5), "u");
        CoordinateMetric m = (CoordinateMetric) p.metric();
        assertThat(m.type()).isEqualTo(EdgeWeightType.EXACT_2D);
        double sx = 0;
        for (int i = 0; i < p.size(); i++) {
            assertThat(m.x(i)).isBetween(0.0, 1.0).isLessThan(1.0);
            assertThat(m.y(i)).isBetween(0.0, 1.0).isLessThan(1.0);
            sx += m.x(i);
        }
        assertThat(sx / p.size()).isBetween(0.45, 0.55);
        assertThat(m.isIntegral()).isFalse();
    }

    @Test
    void gridInstancesHaveIntegerCoordinatesInRangeAndRoundedDistances() throws IOException {
        TspGenerator g = TspGenerator.integerGrid(400, 10);
        TspProblem p = g.generate(new SplittableRandom(9), "g");
        CoordinateMetric m = (CoordinateMetric) p.metric();
        assertThat(m.type()).isEqualTo(EdgeWeightType.EUC_2D);
        boolean sawZero = false;
        boolean sawMax = false;
        for (int i = 0; i < p.size(); i++) {
            assertThat(m.x(i)).isEqualTo(Math.rint(m.x(i))).isBetween(0.0, 10.0);
            assertThat(m.y(i)).isEqualTo(Math.rint(m.y(i))).isBetween(0.0, 10.0);
            sawZero |= m.x(i) == 0;
            sawMax |= m.x(i) == 10;
        }
        assertThat(sawZero && sawMax).as("both ends of [0, S] are drawn").isTrue();
        StringWriter w = new StringWriter();
        new TsplibFormat().write(p, w);
        assertThat(new TsplibFormat().read(new BufferedReader(new StringReader(w.toString())), "g", "g")).containsExactly(p);
    }

    @Test
    void scalesTo15000NodesWithLinearMemory() {
        TspProblem p = TspGenerator.integerGrid(15_000).generate(new SplittableRandom(1), "big");
        assertThat(p.size()).isEqualTo(15_000);
        assertThat(p.metric().distance(0, 14_999)).isPositive();
        CvrpProblem c = CvrpGenerator.unitSquare(15_000).generate(new SplittableRandom(1), "bigv");
        assertThat(c.size()).isEqualTo(15_001);
    }

    @Test
    void capacityFollowsThePublishedConvention() {
        assertThat(CvrpGenerator.defaultCapacity(10)).isEqualTo(20);
        assertThat(CvrpGenerator.defaultCapacity(20)).isEqualTo(30);
        assertThat(CvrpGenerator.defaultCapacity(50)).isEqualTo(40);
        assertThat(CvrpGenerator.defaultCapacity(100)).isEqualTo(50);
        assertThat(CvrpGenerator.defaultCapacity(500)).isEqualTo(100);
        assertThat(CvrpGenerator.defaultCapacity(1000)).isEqualTo(200);
        assertThat(CvrpGenerator.defaultCapacity(2000)).isEqualTo(300);
        assertThat(CvrpGenerator.defaultCapacity(5000)).isEqualTo(300);
        assertThat(CvrpGenerator.defaultCapacity(5)).isEqualTo(20);
        assertThat(CvrpGenerator.defaultCapacity(200)).isEqualTo(50);
        assertThat(CvrpGenerator.defaultCapacity(15_000)).isEqualTo(300);
    }

    @Test
    void cvrpInstancesHaveDepotFirstDemandsOneToNineAndRoundTrip() throws IOException {
        CvrpGenerator g = CvrpGenerator.unitSquare(100);
        CvrpProblem p = g.generate(new SplittableRandom(3), "v100");
        assertThat(p.size()).isEqualTo(101);
        assertThat(p.depot()).isZero();
        assertThat(p.capacity()).isEqualTo(50);
        assertThat(p.vehicles()).isEmpty();
        assertThat(p.demand(0)).isZero();
        int[] count = new int[10];
        for (int i = 1; i < p.size(); i++) {
            assertThat(p.demand(i)).isBetween(1, 9);
            count[p.demand(i)]++;
        }
        assertThat(count[1]).isPositive();
        assertThat(count[9]).isPositive();
        StringWriter w = new StringWriter();
        new CvrplibFormat().write(p, w);
        assertThat(new CvrplibFormat().read(new BufferedReader(new StringReader(w.toString())), "v", "v")).containsExactly(p);

        CvrpProblem q = CvrpGenerator.integerGrid(20, 1000).withCapacity(25).withDemandRange(2, 4)
                .generate(new SplittableRandom(3), "q");
        assertThat(q.capacity()).isEqualTo(25);
        assertThat(((CoordinateMetric) q.metric()).type()).isEqualTo(EdgeWeightType.EUC_2D);
        for (int i = 1; i < q.size(); i++) {
            assertThat(q.demand(i)).isBetween(2, 4);
        }
    }

    @Test
    void rejectsInvalidParameters() {
        assertThatThrownBy(() -> TspGenerator.unitSquare(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TspGenerator.integerGrid(5, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CvrpGenerator.unitSquare(10).withCapacity(5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("below the largest demand");
        assertThatThrownBy(() -> CvrpGenerator.unitSquare(10).withDemandRange(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
