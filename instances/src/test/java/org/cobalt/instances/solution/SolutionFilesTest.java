package org.cobalt.instances.solution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.VarType;
import org.cobalt.core.routing.CoordinateMetric;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.routing.EdgeWeightType;
import org.cobalt.core.routing.TspProblem;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.solution.RoutesSolution;
import org.cobalt.core.solution.SequenceSolution;
import org.cobalt.core.solution.SubsetSolution;
import org.cobalt.core.solution.TourSolution;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.instances.InstanceFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SolutionFilesTest {

    /** min x + 2 y + 3 z + 1 s.t. x + y >= 1; x, y binary, z integer in [0, 5]. */
    static MilpModel model() {
        MilpModel.Builder b = MilpModel.builder("tiny").objectiveConstant(1);
        b.addBinary("x", 1);
        b.addBinary("y", 2);
        b.addVariable("z", 0, 5, VarType.INTEGER, 3);
        b.addRow("c", 1, Double.POSITIVE_INFINITY, new int[] {0, 1}, new double[] {1, 1});
        return b.build();
    }

    static TspProblem tsp() {
        return new TspProblem("sq", new CoordinateMetric(EdgeWeightType.EUC_2D, new double[] {0, 3, 3, 0}, new double[] {0, 0, 4, 4}));
    }

    static CvrpProblem cvrp() {
        return new CvrpProblem("v", new CoordinateMetric(EdgeWeightType.EUC_2D, new double[] {0, 3, 3, 0}, new double[] {0, 0, 4, 4}),
                0, new int[] {0, 2, 2, 2}, 4, OptionalInt.empty());
    }

    static SingleMachineProblem smtt() {
        return SingleMachineProblem.unweighted("s", new int[] {3, 1, 2}, new int[] {1, 1, 6});
    }

    static SolutionFile<?> parse(Object problem, String text) throws IOException {
        BufferedReader in = new BufferedReader(new StringReader(text));
        if (problem instanceof MilpModel m) {
            return new MilpSolutionFormat().read(m, in, "t.sol");
        } else if (problem instanceof TspProblem t) {
            return new TourFormat().read(t, in, "t.tour");
        } else if (problem instanceof CvrpProblem c) {
            return new CvrpSolutionFormat().read(c, in, "t.sol");
        }
        return new SequenceFormat().read((SingleMachineProblem) problem, in, "t.seq");
    }

    @Test
    void readsMilpSolutionsInCobaltScipAndGurobiStyle() throws IOException {
        SolutionFile<?> a = parse(model(), "=obj= 7\nx 1\nz 1\n");
        assertThat(((MilpSolution) a.solution()).values()).containsExactly(1, 0, 1);
        assertThat(a.objective()).hasValue(7);
        SolutionFile<?> scip = parse(model(), """
                solution status: optimal solution found
                objective value:                                    4
                y                                                   1 \t(obj:2)
                """);
        assertThat(((MilpSolution) scip.solution()).values()).containsExactly(0, 1, 0);
        assertThat(scip.objective()).hasValue(4);
        SolutionFile<?> gurobi = parse(model(), "# Solution for model tiny\n# Objective value = 2\nx 1\ny 0\nz 0\n");
        assertThat(gurobi.objective()).hasValue(2);
        assertThat(Verifiers.check(model(), gurobi.solution()).objective()).isEqualTo(2.0);
        SolutionFile<?> zeros = parse(model(), "objective value: 1\n");
        assertThat(((MilpSolution) zeros.solution()).values()).containsExactly(0, 0, 0);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("milp unknown name", model(), "x 1\nw 2\n", 2, "unknown variable 'w'"),
                Arguments.of("milp twice", model(), "x 1\nx 0\n", 2, "given twice"),
                Arguments.of("milp garbage value", model(), "x one\n", 1, "must be a number"),
                Arguments.of("milp NaN", model(), "x NaN\n", 1, "must be a number"),
                Arguments.of("milp huge", model(), "x 1e400\n", 1, "out of range"),
                Arguments.of("milp three fields", model(), "x 1 2\n", 1, "expected 'NAME VALUE'"),
                Arguments.of("milp no solution", model(), "solution status: infeasible\nno solution available\n", 2, "no solution"),
                Arguments.of("milp empty", model(), "\n\n", 0, "empty"),
                Arguments.of("milp objective twice", model(), "=obj= 1\nobjective value: 2\n", 2, "twice"),
                Arguments.of("tour short", tsp(), "TYPE : TOUR\nDIMENSION : 4\nTOUR_SECTION\n1 2 3\n-1\n", 3, "lists 3 nodes"),
                Arguments.of("tour dimension", tsp(), "TYPE : TOUR\nDIMENSION : 5\nTOUR_SECTION\n1 2 3 4 5\n-1\n", 2, "DIMENSION 5"),
                Arguments.of("tour repeated", tsp(), "TOUR_SECTION\n1 2 3 3\n-1\n", 1, "appears twice"),
                Arguments.of("tour range", tsp(), "TOUR_SECTION\n1 2 3 7\n-1\n", 1, "outside 1..4"),
                Arguments.of("tour zero", tsp(), "DIMENSION : 4\nTOUR_SECTION\n0 1 2 3\n-1\n", 3, "outside 1..4"),
                Arguments.of("tour two tours", tsp(), "TOUR_SECTION\n1 2 3 4 -1\n4 3 2 1 -1\n-1\n", 3, "more than one tour"),
                Arguments.of("tour type", tsp(), "TYPE : TSP\nTOUR_SECTION\n1 2 3 4\n-1\n", 1, "not TOUR"),
                Arguments.of("tour missing", tsp(), "TYPE : TOUR\nDIMENSION : 4\n", 0, "TOUR_SECTION is missing"),
                Arguments.of("cvrp numbering", cvrp(), "Route #1: 1 2\nRoute #3: 3\n", 2, "expected Route #2"),
                Arguments.of("cvrp depot", cvrp(), "Route #1: 1 0 2\n", 1, "visits the depot"),
                Arguments.of("cvrp range", cvrp(), "Route #1: 1 4\n", 1, "outside 0..3"),
                Arguments.of("cvrp twice", cvrp(), "Route #1: 1 2\nRoute #2: 2 3\n", 2, "appears twice"),
                Arguments.of("cvrp missing", cvrp(), "Route #1: 1 2\nCost 10\n", 0, "customer(s) in no route: [3]"),
                Arguments.of("cvrp empty route", cvrp(), "Route #1:\n", 1, "is empty"),
                Arguments.of("cvrp cost", cvrp(), "Route #1: 1 2 3\nCost ten\n", 2, "Cost must be a number"),
                Arguments.of("cvrp garbage", cvrp(), "Route #1: 1 2 3\nGap 0\n", 2, "unexpected line"),
                Arguments.of("cvrp none", cvrp(), "Cost 3\n", 0, "no 'Route #k:'"),
                Arguments.of("seq short", smtt(), "sequence 1 2\n", 1, "lists 2 jobs"),
                Arguments.of("seq zero based", smtt(), "sequence 0 1 2\n", 1, "1-based"),
                Arguments.of("seq twice", smtt(), "sequence 1 1 2\n", 1, "appears twice"),
                Arguments.of("seq missing", smtt(), "objective 3\n", 0, "no 'sequence' line"),
                Arguments.of("seq garbage", smtt(), "sequence 1 2 3\norder 3 2 1\n", 2, "unexpected line"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void rejectsMalformedSolutionFiles(String what, Object problem, String text, int line, String reason) {
        assertThatThrownBy(() -> parse(problem, text)).isInstanceOf(InstanceFormatException.class).satisfies(e -> {
            InstanceFormatException f = (InstanceFormatException) e;
            assertThat(f.reason()).contains(reason);
            assertThat(f.line()).as(f.getMessage()).isEqualTo(line);
        });
    }

    @Test
    void readsTourAndRoutesAndSequenceWithObjectives() throws IOException {
        SolutionFile<?> t = parse(tsp(), "NAME : sq.tour\nCOMMENT : Length = 14\nTYPE : TOUR\nDIMENSION : 4\nTOUR_SECTION\n1\n2\n3\n4\n-1\nEOF\n");
        assertThat(((TourSolution) t.solution()).order()).containsExactly(0, 1, 2, 3);
        assertThat(t.objective()).hasValue(14);
        assertThat(Verifiers.check(tsp(), t.solution()).objective()).isEqualTo(14.0);
        SolutionFile<?> r = parse(cvrp(), "Route #1: 1 2\nRoute #2: 3\nCost 20\n");
        assertThat(((RoutesSolution) r.solution()).routes()).isDeepEqualTo(new int[][] {{1, 2}, {3}});
        assertThat(Verifiers.check(cvrp(), r.solution()).objective()).isEqualTo(20.0);
        SolutionFile<?> s = parse(smtt(), "# comment\nname s\nobjective 3\nsequence 2 1 3\n");
        assertThat(((SequenceSolution) s.solution()).sequence()).containsExactly(1, 0, 2);
        assertThat(Verifiers.check(smtt(), s.solution()).objective()).isEqualTo(3.0);
        assertThat(s.objective()).hasValue(3);
    }

    @Test
    void roundTripsEveryKindThroughFilesIncludingGzip(@TempDir Path tmp) throws IOException {
        Object[][] cases = {
            {model(), new MilpSolution(new double[] {1, 0.1 + 0.2, -0.0}), "m.sol"},
            {tsp(), new TourSolution(new int[] {2, 0, 3, 1}), "t.tour.gz"},
            {cvrp(), new RoutesSolution(new int[][] {{3}, {2, 1}}), "v.sol"},
            {smtt(), new SequenceSolution(new int[] {2, 0, 1}), "s.seq.gz"},
        };
        for (Object[] c : cases) {
            org.cobalt.core.problem.Problem p = (org.cobalt.core.problem.Problem) c[0];
            org.cobalt.core.solution.Solution s = (org.cobalt.core.solution.Solution) c[1];
            Path file = tmp.resolve((String) c[2]);
            double objective = Verifiers.check(p, s).objective();
            SolutionFiles.write(p, s, file, objective);
            assertThat(SolutionFiles.read(p, file)).as(file.toString()).isEqualTo(s);
            assertThat(SolutionFiles.readFile(p, file).objective()).hasValue(objective);
            SolutionFiles.write(p, s, file, Double.NaN);
            assertThat(SolutionFiles.readFile(p, file).objective()).isEmpty();
        }
        assertThat(Files.readAllLines(tmp.resolve("v.sol"))).containsExactly("Route #1: 3", "Route #2: 2 1");
        SolutionFiles.write(cvrp(), new RoutesSolution(new int[][] {{3}, {2, 1}}), tmp.resolve("v.sol"), 20);
        assertThat(Files.readAllLines(tmp.resolve("v.sol"))).containsExactly("Route #1: 3", "Route #2: 2 1", "Cost 20");
    }

    @Test
    void roundTripsRandomMilpValuesExactly(@TempDir Path tmp) throws IOException {
        SplittableRandom rng = new SplittableRandom(3);
        Path file = tmp.resolve("r.sol");
        for (int k = 0; k < 200; k++) {
            double[] v = new double[3];
            for (int j = 0; j < 3; j++) {
                v[j] = switch (rng.nextInt(4)) {
                    case 0 -> rng.nextInt(-5, 6);
                    case 1 -> rng.nextDouble() * Math.pow(10, rng.nextInt(-20, 20));
                    case 2 -> -Double.longBitsToDouble(rng.nextLong(0x7FE0000000000000L));
                    default -> Math.ulp(1.0) * rng.nextInt(1, 1000);
                };
            }
            MilpSolution s = new MilpSolution(v);
            SolutionFiles.write(model(), s, file, rng.nextDouble());
            assertThat(SolutionFiles.read(model(), file)).isEqualTo(s);
        }
    }

    @Test
    void refusesSolutionsThatDoNotFitWithoutTouchingTheFile(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("x.tour");
        assertThatThrownBy(() -> SolutionFiles.write(tsp(), new TourSolution(new int[] {0, 1, 2, 2}), file, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> SolutionFiles.write(tsp(), new SubsetSolution(new int[] {1}), file, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TourSolution");
        assertThatThrownBy(() -> SolutionFiles.write(cvrp(), new RoutesSolution(new int[][] {{1, 2}}), file, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("serve 2 of 3");
        assertThatThrownBy(() -> SolutionFiles.write(smtt(), new SequenceSolution(new int[] {0, 1, 3}), file, 1))
                .isInstanceOf(IllegalArgumentException.class);
        MilpModel.Builder b = MilpModel.builder("bad");
        b.addContinuous("a b", 0, 1, 0);
        assertThatThrownBy(() -> SolutionFiles.write(b.build(), new MilpSolution(new double[] {1}), file, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a b'");
        assertThat(file).doesNotExist();
    }
}
