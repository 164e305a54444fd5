package org.cobalt.neural.runtime.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.cobalt.neural.nn.AttentionConfig;
import org.cobalt.neural.nn.AttentionPolicy;
import org.cobalt.neural.nn.DeepSetModel;
import org.cobalt.neural.nn.EdgeGatedGnn;
import org.cobalt.neural.nn.GcnnPolicy;
import org.cobalt.neural.nn.NeuralModel;
import org.cobalt.neural.nn.Parameter;
import org.cobalt.neural.nn.ReferenceOps;
import org.cobalt.neural.nn.TestInputs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CUDA backend's ops and kernels without a GPU: kernels.cu compiled for the CPU by g++ runs behind
 * {@link CudaOps} (same launch arguments, same index arithmetic, the NVRTC matmul instead of cuBLAS),
 * and every model's output must equal the double-precision reference to 1e-4. What this cannot check —
 * the driver calls, NVRTC, cuBLAS's column-major mapping, atomics racing — is checked by the GPU check
 * on a CUDA machine (docs/neural-runtime.md).
 */
class EmulatedKernelsTest {

    @TempDir
    static Path dir;
    private static EmulatedDevice device;

    @BeforeAll
    static void compile() throws Exception {
        device = EmulatedDevice.compile(dir);
    }

    @AfterAll
    static void close() {
        if (device != null) {
            device.close();
        }
    }

    record Case<I>(String name, NeuralModel<I> model, I input) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        AttentionConfig att = TestInputs.TINY_ATTENTION;
        return Stream.of(21L, 22L).flatMap(seed -> Stream.of(
                new Case<>("gcnn-prenorm", new GcnnPolicy(TestInputs.TINY_GCNN, seed), TestInputs.bipartite(TestInputs.TINY_GCNN, 3, seed)),
                new Case<>("gcnn-layernorm", new GcnnPolicy(TestInputs.TINY_GCNN_LN, seed), TestInputs.bipartite(TestInputs.TINY_GCNN_LN, 3, seed)),
                new Case<>("edge-gated-gnn", new EdgeGatedGnn(TestInputs.TINY_GATED, seed), TestInputs.knnBatch(3, seed)),
                new Case<>("deep-set", new DeepSetModel(TestInputs.TINY_SET, seed), TestInputs.sets(3, 6, seed)),
                new Case<>("attention", new AttentionPolicy(att, seed), TestInputs.attention(att, 3, 6, seed)))
                .map(Arguments::of));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    <I> void kernelsEqualTheReference(Case<I> c) {
        assumeTrue(device != null, "g++ is not installed: the CPU emulation of the CUDA kernels is skipped");
        CudaOps ops = new CudaOps(device, this::upload);
        CudaTensor out = c.model().forward(ops, c.input());
        float[] got = ops.toHost(out);
        ops.releaseAll();
        ReferenceOps ref = new ReferenceOps();
        ReferenceOps.Ref expected = c.model().forward(ref, c.input());
        assertThat(out.shape()).isEqualTo(expected.shape());
        float[] want = ref.toHost(expected);
        for (int i = 0; i < want.length; i++) {
            assertThat((double) got[i]).as("%s output %d", c.name(), i).isCloseTo(want[i],
                    org.assertj.core.data.Offset.offset(1e-4 + 1e-5 * Math.abs(want[i])));
        }
    }

    private CudaTensor upload(Parameter p) {
        CudaTensor t = new CudaTensor(device.alloc(4L * p.size()), p.shape(), false);
        CudaOps.upload(device, t.ptr(), p.values());
        return t;
    }
}
