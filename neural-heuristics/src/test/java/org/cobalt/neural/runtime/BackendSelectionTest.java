package org.cobalt.neural.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.neural.nn.BipartiteBatch;
import org.cobalt.neural.nn.GcnnPolicy;
import org.cobalt.neural.nn.TestInputs;
import org.cobalt.neural.runtime.djl.DjlBackend;
import org.junit.jupiter.api.Test;

/**
 * Automatic device selection. On a machine without a CUDA driver (the default test machines) the GPU
 * candidates are skipped with reasons and AUTO falls back to the CPU; on a CUDA machine the same test
 * checks that AUTO picks the GPU and that its output equals the CPU path.
 */
class BackendSelectionTest {

    private static boolean cudaPresent() {
        List<String> reasons = new ArrayList<>();
        try (var b = Backends.openGpu(reasons).orElse(null)) {
            return b != null;
        }
    }

    @Test
    void cudaBackendIsBuiltOnJava22Plus() throws ClassNotFoundException {
        assumeTrue(Runtime.version().feature() >= 22, "the CUDA backend is compiled only by JDK 22+");
        assertThat(Class.forName(Backends.CUDA_BACKEND_CLASS)).isNotNull();
    }

    @Test
    void withoutCudaAutoFallsBackToTheCpu() {
        assumeTrue(!cudaPresent(), "this machine has a usable GPU backend");
        try (InferenceBackend b = Backends.open(DevicePreference.AUTO)) {
            assertThat(b.isGpu()).isFalse();
            assertThat(b.name()).isEqualTo("djl-cpu");
            GcnnPolicy m = new GcnnPolicy(TestInputs.TINY_GCNN, 2);
            BipartiteBatch in = TestInputs.bipartite(TestInputs.TINY_GCNN, 2, 2);
            try (DjlBackend cpu = DjlBackend.cpu()) {
                assertThat(b.infer(m, in).values()).containsExactly(cpu.infer(m, in).values());
            }
        }
    }

    @Test
    void withoutCudaGpuRequestFailsWithReasons() {
        assumeTrue(!cudaPresent(), "this machine has a usable GPU backend");
        assertThatThrownBy(() -> Backends.open(DevicePreference.GPU))
                .isInstanceOf(BackendUnavailableException.class)
                .hasMessageContaining("no GPU backend is usable")
                .hasMessageContaining("DJL");
    }

    @Test
    void cudaProbeExplainsWhatIsMissing() {
        assumeTrue(!cudaPresent(), "this machine has a usable GPU backend");
        assertThatThrownBy(Backends::openCuda).isInstanceOf(BackendUnavailableException.class)
                .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("libcuda", "Java 22", "CUDA"));
    }

    @Test
    void onCudaAutoPicksTheGpuAndMatchesTheCpu() {
        assumeTrue(cudaPresent(), "no CUDA driver/NVRTC here: the GPU comparison runs on a CUDA machine (docs/neural-runtime.md)");
        GcnnPolicy m = new GcnnPolicy(TestInputs.TINY_GCNN, 2);
        BipartiteBatch in = TestInputs.bipartite(TestInputs.TINY_GCNN, 4, 2);
        try (InferenceBackend gpu = Backends.open(DevicePreference.AUTO); DjlBackend cpu = DjlBackend.cpu()) {
            assertThat(gpu.isGpu()).isTrue();
            assertThat(gpu.infer(m, in).maxAbsDiff(cpu.infer(m, in))).isLessThan(1e-4);
        }
    }

    @Test
    void cpuPreferenceNeverProbesTheGpu() {
        try (InferenceBackend b = Backends.open(DevicePreference.CPU)) {
            assertThat(b.isGpu()).isFalse();
        }
    }

    @Test
    void devicePropertyIsParsedStrictly() {
        String old = System.getProperty(DevicePreference.PROPERTY);
        try {
            System.setProperty(DevicePreference.PROPERTY, "Cpu");
            assertThat(DevicePreference.fromSystemProperty()).isEqualTo(DevicePreference.CPU);
            System.setProperty(DevicePreference.PROPERTY, "tpu");
            assertThatThrownBy(DevicePreference::fromSystemProperty).hasMessageContaining("auto, cpu, gpu");
            System.clearProperty(DevicePreference.PROPERTY);
            assertThat(DevicePreference.fromSystemProperty()).isEqualTo(DevicePreference.AUTO);
        } finally {
            if (old == null) {
                System.clearProperty(DevicePreference.PROPERTY);
            } else {
                System.setProperty(DevicePreference.PROPERTY, old);
            }
        }
    }
}
