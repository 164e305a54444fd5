package org.cobalt.neural.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.milp.bb.BbSettings;
import org.cobalt.milp.bb.CobaltBbSolver;
import org.cobalt.milp.bb.branching.PseudocostBranching;
import org.cobalt.milp.bb.spi.BranchingContext;
import org.cobalt.milp.bb.spi.BranchingDecision;
import org.cobalt.milp.bb.spi.BranchingRule;
import org.cobalt.neural.branching.GcnnFeaturizer;
import org.cobalt.neural.branching.PreNormFitting;
import org.cobalt.neural.branching.SeedSplit;
import org.cobalt.neural.branching.SetCoverClass;
import org.cobalt.neural.nn.BipartiteBatch;
import org.cobalt.neural.nn.BipartiteGraph;
import org.cobalt.neural.nn.GcnnPolicy;
import org.cobalt.neural.runtime.Backends;
import org.cobalt.neural.runtime.DevicePreference;
import org.cobalt.neural.runtime.InferenceBackend;
import org.cobalt.neural.runtime.ModelFiles;
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
 * The GCNN brancher's forward pass on real node graphs: cobalt-bb solves an unseen 500 x 1000 set cover
 * (Ecole's default size, seed {@code SeedSplit.EVAL}) for {@value #NODES} nodes with pseudocost branching
 * and the featurizer's graph of every node is kept ({@link GcnnFeaturizer}: Gasse features of the
 * presolved working model). A batch of B graphs cycles through those nodes. The model is the trained one
 * named by {@code -Dcobalt.gcnn.model=FILE} (else a width-64 GCNN, seed 1, whose pre-norms are fitted on
 * the captured graphs: the same cost, the architecture being dense). Batch 1 = one node's inference
 * latency; graphs/s = B / time. Run with {@code bin/bench-neural --brancher}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class GcnnBrancherBenchmark {

    /** Distinct nodes captured. */
    static final int NODES = 16;

    @Param({"1", "16", "256"})
    public int batch;

    /** {@code cpu}, {@code gpu} or {@code auto} (see DevicePreference). */
    @Param({"cpu"})
    public String device;

    /**
     * {@code node}: the graphs cobalt-bb's brancher sees (presolved, cut-extended working model);
     * {@code full}: presolve, cuts and reduced-cost fixing off, so every graph is the whole
     * 500 x 1000 instance (about 25 000 edges), the size Gasse et al. time.
     */
    @Param({"node"})
    public String graph;

    private GcnnPolicy model;
    private BipartiteBatch input;
    private InferenceBackend backend;

    /** Keeps every node's graph, then branches like pseudocost branching. */
    static final class Capture implements BranchingRule {
        final List<BipartiteGraph> graphs = new ArrayList<>();
        private final BranchingRule inner = new PseudocostBranching().forSolve();

        @Override
        public String name() {
            return "capture";
        }

        @Override
        public boolean usesNodeFeatures() {
            return true;
        }

        @Override
        public BranchingDecision branch(BranchingContext ctx) {
            graphs.add(GcnnFeaturizer.graph(ctx.bipartiteGraph()));
            return inner.branch(ctx);
        }
    }

    /** Node graphs of an unseen Ecole-default set cover, as cobalt-bb's brancher sees them. */
    static List<BipartiteGraph> realGraphs() {
        return realGraphs(false);
    }

    /** As above; {@code full}: without presolve, cuts and reduced-cost fixing (whole-instance graphs). */
    static List<BipartiteGraph> realGraphs(boolean full) {
        MilpModel m = SetCoverClass.ECOLE_DEFAULT.generate(SeedSplit.EVAL.firstSeed());
        Capture cap = new Capture();
        BbSettings settings = BbSettings.defaults().withBranchingRule(cap);
        if (full) {
            settings = settings.withPresolve(false).withSeparators(List.of()).withReducedCostFixing(false);
        }
        new CobaltBbSolver(settings).solve(m, SolveOptions.builder().seed(1).nodeLimit(NODES).build(), null);
        if (cap.graphs.isEmpty()) {
            throw new IllegalStateException(m.name() + " was solved without branching");
        }
        return cap.graphs;
    }

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        List<BipartiteGraph> nodes = realGraphs("full".equals(graph));
        String file = System.getProperty("cobalt.gcnn.model", "");
        if (!file.isBlank() && Files.exists(Path.of(file))) {
            model = new ModelFiles().load(Path.of(file), GcnnPolicy.class, GcnnFeaturizer.SCHEMA);
        } else {
            model = new GcnnPolicy(GcnnFeaturizer.config(64), 1);
            List<BipartiteBatch> fit = new ArrayList<>();
            for (BipartiteGraph g : nodes) {
                fit.add(GcnnFeaturizer.single(g));
            }
            PreNormFitting.fit(model, fit);
        }
        List<BipartiteGraph> graphs = new ArrayList<>(batch);
        for (int i = 0; i < batch; i++) {
            graphs.add(nodes.get(i % nodes.size()));
        }
        input = batch == 1 ? GcnnFeaturizer.single(graphs.getFirst()) : BipartiteBatch.of(graphs);
        backend = Backends.open(DevicePreference.valueOf(device.toUpperCase(java.util.Locale.ROOT)));
        System.out.println("# GcnnBrancherBenchmark: " + nodes.size() + " node graphs, first "
                + nodes.getFirst().numConstraints() + " constraints x " + nodes.getFirst().numVariables()
                + " variables, " + nodes.getFirst().edgeConstraint().length + " edges; model "
                + (file.isBlank() ? "random (pre-norm fitted)" : file) + "; backend " + backend.deviceDescription());
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
