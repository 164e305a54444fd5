package org.cobalt.neural.udc.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.cobalt.neural.nn.GraphBatch;
import org.cobalt.neural.nn.PointerDecoder;
import org.cobalt.neural.nn.ReferenceOps;
import org.cobalt.neural.runtime.ModelOutput;
import org.cobalt.neural.runtime.djl.DjlBackend;
import org.cobalt.neural.udc.NormalizedPath;
import org.cobalt.neural.udc.PlanarPoints;
import org.cobalt.neural.udc.TspGraph;
import org.cobalt.neural.udc.UdcFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The UDC networks on DJL equal the double-precision reference ops, masks hold, rollouts give valid
 * orders for mixed-size batches, and model files round-trip.
 */
class UdcModelsTest {

    private static DjlBackend cpu;

    @BeforeAll
    static void start() {
        cpu = DjlBackend.cpu();
    }

    @AfterAll
    static void stop() {
        cpu.close();
    }

    static List<NormalizedPath> paths(long seed, int... sizes) {
        SplittableRandom r = new SplittableRandom(seed);
        List<NormalizedPath> out = new ArrayList<>();
        for (int m : sizes) {
            double[] x = new double[m];
            double[] y = new double[m];
            for (int i = 0; i < m; i++) {
                x[i] = r.nextDouble() * 50;
                y[i] = r.nextDouble() * 20;
            }
            out.add(NormalizedPath.of(new PlanarPoints(x, y), IntStream.range(0, m).toArray()));
        }
        return out;
    }

    static PathStep step(PathBatch b, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] cur = new int[b.batch()];
        int[] tgt = new int[b.batch()];
        float[] sel = new float[b.batch() * b.nodes()];
        for (int s = 0; s < b.batch(); s++) {
            int m = b.sizes()[s];
            cur[s] = r.nextInt(m);
            tgt[s] = (cur[s] + 1 + r.nextInt(m - 1)) % m;
            for (int j = 0; j < m; j++) {
                sel[s * b.nodes() + j] = j != cur[s] && j != tgt[s] && r.nextInt(3) > 0 ? 1f : 0f;
            }
        }
        return new PathStep(b, cur, tgt, sel);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void pathPolicyStepOnDjlEqualsReferenceAndMasks(long seed) {
        PathPolicy policy = new PathPolicy(UdcFixtures.TINY_POLICY, seed);
        PathBatch b = PathBatch.of(paths(seed, 7, 12, 5));
        PathStep in = step(b, seed);
        ModelOutput djl = cpu.infer(policy, in);
        ReferenceOps ops = new ReferenceOps();
        ReferenceOps.Ref ref = policy.forward(ops, in);
        assertThat(djl.shape()).containsExactly(3, 12);
        assertThat(djl.maxAbsDiff(new ModelOutput(ops.shape(ref), ops.toHost(ref)))).isLessThan(1e-4);
        for (int i = 0; i < in.selectable().length; i++) {
            if (in.selectable()[i] == 0) {
                assertThat(djl.values()[i]).isEqualTo(PointerDecoder.MASKED);
            } else {
                assertThat(djl.values()[i]).isGreaterThan(-1e6f);
            }
        }
    }

    @Test
    void distanceBiasMakesTheUntrainedPolicyPreferNearNodes() {
        PathPolicy policy = new PathPolicy(new PathPolicyConfig(16, 2, 1, 32, 10f, 1000f), 4);
        PathBatch b = PathBatch.of(paths(9, 30));
        float[] sel = new float[30];
        Arrays.fill(sel, 1f);
        sel[0] = 0;
        sel[29] = 0;
        ModelOutput out = cpu.infer(policy, new PathStep(b, new int[] {0}, new int[] {29}, sel));
        int best = 1;
        int nearest = 1;
        for (int j = 1; j < 29; j++) {
            if (out.values()[j] > out.values()[best]) {
                best = j;
            }
            if (b.distance(0, 0, j) < b.distance(0, 0, nearest)) {
                nearest = j;
            }
        }
        assertThat(best).isEqualTo(nearest);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void rolloutsAreValidOrdersWithFixedEndsForMixedSizes(int perDirection) {
        PathPolicy policy = new PathPolicy(UdcFixtures.TINY_POLICY, 5);
        PathBatch b = PathBatch.of(paths(5, 9, 4, 16, 2, 3));
        PathRollouts.Result r;
        try (ai.djl.ndarray.NDManager m = ai.djl.ndarray.NDManager.newBaseManager()) {
            r = PathRollouts.run(new org.cobalt.neural.runtime.djl.DjlOps(m, ai.djl.ndarray.types.DataType.FLOAT32,
                    p -> m.create(p.values(), shape(p.shape()))), policy, b, perDirection, true, new SplittableRandom(1),
                    null);
        }
        assertThat(r.orders().length).isEqualTo(2 * perDirection * 5);
        for (int q = 0; q < r.orders().length; q++) {
            int m = b.sizes()[r.owner()[q]];
            int[] o = r.orders()[q];
            assertThat(o).hasSize(m);
            assertThat(o[0]).isZero();
            assertThat(o[m - 1]).isEqualTo(m - 1);
            assertThat(Arrays.stream(o).sorted().toArray()).isEqualTo(IntStream.range(0, m).toArray());
        }
        ModelOutput out = cpu.infer(new PathRolloutModel(policy), new PathRolloutModel.Request(b, perDirection, 1));
        ModelOutput again = cpu.infer(new PathRolloutModel(policy), new PathRolloutModel.Request(b, perDirection, 1));
        assertThat(out.values()).isEqualTo(again.values());
    }

    @Test
    void aStopDuringDecodingLeavesEveryPathUnchanged() {
        PathPolicy policy = new PathPolicy(UdcFixtures.TINY_POLICY, 6);
        PathBatch b = PathBatch.of(paths(6, 12, 7, 30));
        int[] polls = {0};
        // stop after three decoding steps
        ModelOutput out = cpu.infer(new PathRolloutModel(policy), new PathRolloutModel.Request(b, 2, 1, () -> ++polls[0] > 3));
        assertThat(polls[0]).isEqualTo(4);
        int m = b.nodes();
        for (int q = 0; q < 4 * 3; q++) {
            int size = b.sizes()[q / 4];
            for (int j = 0; j < size; j++) {
                assertThat(out.values()[q * m + j]).isEqualTo((float) j);
            }
        }
    }

    private static ai.djl.ndarray.types.Shape shape(int[] s) {
        long[] l = new long[s.length];
        for (int i = 0; i < s.length; i++) {
            l[i] = s[i];
        }
        return new ai.djl.ndarray.types.Shape(l);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void heatmapOnDjlEqualsReference(long seed) {
        HeatmapNetwork net = new HeatmapNetwork(UdcFixtures.TINY_HEATMAP, seed);
        PlanarPoints pts = PlanarPoints.of(UdcFixtures.tsp(25, seed).metric()).orElseThrow();
        GraphBatch g = GraphBatch.of(List.of(TspGraph.of(pts, 6).graph()));
        ModelOutput djl = cpu.infer(net, g);
        ReferenceOps ops = new ReferenceOps();
        ReferenceOps.Ref ref = net.forward(ops, g);
        assertThat(djl.shape()).containsExactly(25 * 6);
        assertThat(djl.maxAbsDiff(new ModelOutput(ops.shape(ref), ops.toHost(ref)))).isLessThan(1e-4);
    }

    @Test
    void modelFilesRoundTripBothArchitectures(@TempDir Path dir) throws Exception {
        PathPolicy policy = new PathPolicy(UdcFixtures.TINY_POLICY, 3);
        HeatmapNetwork net = new HeatmapNetwork(UdcFixtures.TINY_HEATMAP, 3);
        UdcModels.files().save(policy, dir.resolve("p.json"), Map.of("k", "v"));
        UdcModels.files().save(net, dir.resolve("h.json"), Map.of());
        PathPolicy p2 = UdcModels.files().load(dir.resolve("p.json"), PathPolicy.class, null);
        HeatmapNetwork h2 = UdcModels.files().load(dir.resolve("h.json"), HeatmapNetwork.class, null);
        assertThat(p2.config()).isEqualTo(policy.config());
        assertThat(h2.config()).isEqualTo(net.config());
        for (int i = 0; i < policy.parameters().size(); i++) {
            assertThat(p2.parameters().get(i).values()).isEqualTo(policy.parameters().get(i).values());
        }
        for (int i = 0; i < net.parameters().size(); i++) {
            assertThat(h2.parameters().get(i).values()).isEqualTo(net.parameters().get(i).values());
        }
    }
}
