package org.cobalt.neural.bench;

import java.util.concurrent.TimeUnit;
import org.cobalt.neural.nn.BipartiteBatch;
import org.cobalt.neural.nn.GcnnConfig;
import org.cobalt.neural.nn.GcnnPolicy;
import org.cobalt.neural.runtime.Backends;
import org.cobalt.neural.runtime.DevicePreference;
import org.cobalt.neural.runtime.InferenceBackend;
import org.cobalt.neural.runtime.SyntheticInputs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Forward pass of the Gasse et al. GCNN (paper sizes: 5/19/1 features, width 64) on set-cover-like
 * bipartite graphs of 500 constraints × 1000 variables at density 0.05 (about 25 000 edges per graph),
 * random features, batches of 1, 16 and 256 graphs concatenated without padding. The time per operation
 * includes building the input tensors from host arrays and copying the scores back, as a solver would
 * pay it. Batch 1 is the per-node latency; graphs/s for a batch is {@code batch / time}.
 * Run with {@code bin/bench-neural} (see docs/benchmarks/neural.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class GcnnForwardBenchmark {

    @Param({"1", "16", "256"})
    public int batch;

    /** {@code cpu}, {@code gpu} or {@code auto} (see DevicePreference). */
    @Param({"cpu"})
    public String device;

    private GcnnPolicy model;
    private BipartiteBatch input;
    private InferenceBackend backend;

    @Setup(Level.Trial)
    public void setUp() {
        GcnnConfig config = GcnnConfig.paper();
        model = new GcnnPolicy(config, 1);
        input = BipartiteBatch.of(SyntheticInputs.setCoverLike(batch, 500, 1000, 0.05, config, 1000));
        backend = Backends.open(DevicePreference.valueOf(device.toUpperCase(java.util.Locale.ROOT)));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        backend.close();
    }

    @Benchmark
    public float[] forward() {
        return backend.infer(model, input).values();
    }
}
