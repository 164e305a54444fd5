package org.cobalt.milp.bb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.milp.bb.features.BipartiteGraph;
import org.cobalt.milp.bb.features.ConstraintFeature;
import org.cobalt.milp.bb.features.VariableFeature;
import org.cobalt.milp.bb.record.Sample;
import org.cobalt.milp.bb.record.SampleFormat;
import org.cobalt.milp.bb.record.SampleReader;
import org.cobalt.milp.bb.record.SampleWriter;
import org.cobalt.milp.bb.spi.BranchingScores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recorder's files read back exactly, and the recorded samples are consistent. */
class SampleRecorderTest {

    @TempDir
    Path dir;

    @Test
    void syntheticSamplesRoundTripExactly() throws IOException {
        SplittableRandom rnd = new SplittableRandom(3);
        SampleWriter w = new SampleWriter(dir.resolve("x" + SampleFormat.SUFFIX), "synthetic");
        Sample[] written = new Sample[3];
        for (int t = 0; t < 3; t++) {
            int n = 4;
            int cons = 3;
            int edges = 5;
            // the first two share a structure, the third has another one
            long structureSeed = t < 2 ? 1 : 2;
            SplittableRandom srnd = new SplittableRandom(structureSeed);
            int[] ec = new int[edges];
            int[] ev = new int[edges];
            float[] ef = new float[edges];
            for (int e = 0; e < edges; e++) {
                ec[e] = srnd.nextInt(cons);
                ev[e] = srnd.nextInt(n);
                ef[e] = (float) srnd.nextDouble(-1, 1);
            }
            float[] vf = new float[n * VariableFeature.COUNT];
            float[] cf = new float[cons * ConstraintFeature.COUNT];
            for (int k = 0; k < vf.length; k++) {
                vf[k] = (float) rnd.nextGaussian();
            }
            for (int k = 0; k < cf.length; k++) {
                cf[k] = (float) rnd.nextGaussian();
            }
            BipartiteGraph g = new BipartiteGraph(n, cons, vf, cf, new int[] {0, 1, 1},
                    new boolean[] {false, true, false}, ec, ev, ef);
            written[t] = new Sample("synthetic", 7 + t, t, -3.5, t == 0 ? Double.POSITIVE_INFINITY : 12.25, g,
                    new int[] {1, 3}, new double[] {-3, Double.POSITIVE_INFINITY}, new double[] {-2.5, -1},
                    new byte[] {0, 1}, new byte[] {3, 0}, new double[] {0.25, 1e100}, 1, t == 2 ? -1 : 1,
                    t == 2 ? SampleFormat.RESOLVED : SampleFormat.BRANCHED);
            w.write(written[t]);
        }
        assertThat(w.samples()).isEqualTo(3);
        List<Sample> read = SampleReader.readAll(w.file());
        assertThat(read).hasSize(3);
        for (int t = 0; t < 3; t++) {
            Sample a = written[t];
            Sample b = read.get(t);
            assertThat(b.instance()).isEqualTo(a.instance());
            assertThat(b.nodeId()).isEqualTo(a.nodeId());
            assertThat(b.depth()).isEqualTo(a.depth());
            assertThat(b.lpObjective()).isEqualTo(a.lpObjective());
            assertThat(b.incumbentValue()).isEqualTo(a.incumbentValue());
            assertThat(b.graph().variableFeatures()).isEqualTo(a.graph().variableFeatures());
            assertThat(b.graph().constraintFeatures()).isEqualTo(a.graph().constraintFeatures());
            assertThat(b.graph().constraintRow()).isEqualTo(a.graph().constraintRow());
            assertThat(b.graph().constraintIsLower()).isEqualTo(a.graph().constraintIsLower());
            assertThat(b.graph().edgeConstraint()).isEqualTo(a.graph().edgeConstraint());
            assertThat(b.graph().edgeVariable()).isEqualTo(a.graph().edgeVariable());
            assertThat(b.graph().edgeFeatures()).isEqualTo(a.graph().edgeFeatures());
            assertThat(b.candidates()).isEqualTo(a.candidates());
            assertThat(b.downBounds()).isEqualTo(a.downBounds());
            assertThat(b.upBounds()).isEqualTo(a.upBounds());
            assertThat(b.downStatus()).isEqualTo(a.downStatus());
            assertThat(b.upStatus()).isEqualTo(a.upStatus());
            assertThat(b.scores()).isEqualTo(a.scores());
            assertThat(b.expertIndex()).isEqualTo(a.expertIndex());
            assertThat(b.chosenIndex()).isEqualTo(a.chosenIndex());
            assertThat(b.outcome()).isEqualTo(a.outcome());
        }
        // a truncated final record (a killed writer) is ignored
        byte[] bytes = Files.readAllBytes(w.file());
        Path cut = dir.resolve("cut" + SampleFormat.SUFFIX);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 40));
        assertThat(SampleReader.readAll(cut)).hasSize(2);
    }

    @Test
    void recordingASolveWritesConsistentSamples() throws IOException {
        MilpModel m = TestInstances.knapsack(21, 24);
        SolveResult r = new CobaltBbSolver().solve(m, SolveOptions.builder().parameter("cobalt-bb.heuristics", "false")
                .parameter("cobalt-bb.record", dir.toString()).parameter("cobalt-bb.cuts", "false").build(), null);
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.toList();
        }
        assertThat(files).hasSize(1);
        assertThat(files.get(0).getFileName().toString()).startsWith("kp-21-0").endsWith(SampleFormat.SUFFIX);
        List<Sample> samples = SampleReader.readAll(files.get(0));
        assertThat(samples).isNotEmpty();
        for (Sample s : samples) {
            BipartiteGraph g = s.graph();
            assertThat(s.instance()).isEqualTo("kp-21");
            assertThat(g.variableFeatures()).hasSize(g.numVariables() * VariableFeature.COUNT);
            assertThat(g.numConstraints()).isPositive();
            assertThat(s.candidates()).isNotEmpty().isSorted();
            int best = 0;
            for (int k = 0; k < s.candidates().length; k++) {
                double down = Math.max(0, s.downBounds()[k] - s.lpObjective());
                double up = Math.max(0, s.upBounds()[k] - s.lpObjective());
                assertThat(s.scores()[k]).isEqualTo(BranchingScores.product(down, up));
                if (s.scores()[k] > s.scores()[best]) {
                    best = k;
                }
                // a candidate is fractional in the graph's solution-value feature
                float frac = g.variable(s.candidates()[k], VariableFeature.SOLUTION_FRACTIONALITY);
                assertThat(frac).isGreaterThan(0f).isLessThan(1f);
            }
            assertThat(s.expertIndex()).isEqualTo(best);
            if (s.outcome() == SampleFormat.BRANCHED) {
                assertThat(s.chosenIndex()).isEqualTo(s.expertIndex());
            } else {
                assertThat(s.chosenIndex()).isEqualTo(-1);
            }
        }
        assertThat(samples.stream().filter(s -> s.outcome() == SampleFormat.BRANCHED).count()).isPositive();
    }
}
