package org.cobalt.neural.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cobalt.neural.branching.GcnnFeaturizer;
import org.cobalt.neural.branching.PreNormFitting;
import org.cobalt.neural.nn.BipartiteBatch;
import org.cobalt.neural.nn.BipartiteGraph;
import org.cobalt.neural.nn.GcnnPolicy;
import org.cobalt.neural.runtime.Backends;
import org.cobalt.neural.runtime.DevicePreference;
import org.cobalt.neural.runtime.InferenceBackend;
import org.cobalt.neural.runtime.ModelFiles;

/**
 * Companion of {@link GcnnBrancherBenchmark} for shared machines: the same real 500 x 1000 node graphs
 * and model, reporting the calling thread's CPU time beside the wall time per forward pass (one PyTorch
 * thread: the pass runs on the calling thread, so its CPU time hardly depends on competing processes).
 * Usage: {@code GcnnBrancherCpuTime <csv> [runs] [model file]}; {@code bin/bench-neural --brancher-cpu-time}.
 */
public final class GcnnBrancherCpuTime {

    private GcnnBrancherCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args.length > 0 ? args[0] : "gcnn-cputime.csv");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String file = args.length > 2 ? args[2] : "";
        List<BipartiteGraph> nodes = GcnnBrancherBenchmark.realGraphs();
        GcnnPolicy model;
        if (!file.isBlank()) {
            model = new ModelFiles().load(Path.of(file), GcnnPolicy.class, GcnnFeaturizer.SCHEMA);
        } else {
            model = new GcnnPolicy(GcnnFeaturizer.config(64), 1);
            List<BipartiteBatch> fit = new ArrayList<>();
            for (BipartiteGraph g : nodes) {
                fit.add(GcnnFeaturizer.single(g));
            }
            PreNormFitting.fit(model, fit);
        }
        StringBuilder out = new StringBuilder(ForwardTiming.HEADER);
        System.out.println("# " + nodes.size() + " node graphs of " + nodes.getFirst().numConstraints() + " x "
                + nodes.getFirst().numVariables() + ", model " + (file.isBlank() ? "random, pre-norm fitted" : file));
        try (InferenceBackend backend = Backends.open(DevicePreference.CPU)) {
            for (int batch : new int[] {1, 16, 256}) {
                List<BipartiteGraph> graphs = new ArrayList<>(batch);
                for (int i = 0; i < batch; i++) {
                    graphs.add(nodes.get(i % nodes.size()));
                }
                BipartiteBatch input = batch == 1 ? GcnnFeaturizer.single(graphs.getFirst()) : BipartiteBatch.of(graphs);
                int n = batch >= 256 ? 1 : runs;
                String row = ForwardTiming.row(backend, model, input, batch, n);
                System.out.println(row);
                out.append(row).append('\n');
            }
        }
        Files.writeString(csv, out);
    }
}
