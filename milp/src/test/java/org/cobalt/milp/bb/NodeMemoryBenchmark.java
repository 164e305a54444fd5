package org.cobalt.milp.bb;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.cobalt.core.event.Progress;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;

/**
 * Benchmark command (not a test): runs cobalt-bb with default settings for a million nodes on a market
 * split instance and reports the nodes, the open nodes and the live heap (measured after a full GC every
 * 10 s). Run it with
 * {@code bin/bench-bb-memory} (which sets {@code -Xmx1g}); it writes {@code results/bb-memory.json}.
 *
 * <p>Arguments: {@code [nodes=1000000] [rows=4] [seed=1] [selector=default] [branching=default]}.
 */
public final class NodeMemoryBenchmark {

    private NodeMemoryBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long nodes = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        String selector = args.length > 3 ? args[3] : "default";
        String branching = args.length > 4 ? args[4] : "default";
        MilpModel model = MarketSplit.generate(rows, seed);
        SolveOptions.Builder ob = SolveOptions.builder().nodeLimit(nodes).seed(seed);
        if (!selector.equals("default")) {
            ob.parameter("cobalt-bb.nodeselection", selector);
        }
        if (!branching.equals("default")) {
            ob.parameter("cobalt-bb.branching", branching);
        }
        long maxHeap = Runtime.getRuntime().maxMemory();
        long[] peakOpen = new long[1];
        long[] peakLive = new long[1];
        long[] lastGc = {System.nanoTime()};
        long t0 = System.nanoTime();
        SolveResult r = new CobaltBbSolver().solve(model, ob.build(), (event, control) -> {
            if (event instanceof Progress p) {
                peakOpen[0] = Math.max(peakOpen[0], p.openNodes());
                // every 10 s a full GC measures the live heap (the tree and the LP)
                if (System.nanoTime() - lastGc[0] > 10_000_000_000L) {
                    System.gc();
                    lastGc[0] = System.nanoTime();
                    long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                    peakLive[0] = Math.max(peakLive[0], live);
                    System.err.printf(Locale.ROOT, "%8.1f s  %,d nodes  %,d open  live heap %.1f MB%n",
                            p.elapsed().toNanos() / 1e9, p.nodes(), p.openNodes(), live / 1e6);
                }
            }
        });
        double seconds = (System.nanoTime() - t0) / 1e9;
        long open = r.stats().counters().getOrDefault("openNodes", -1L);
        long peakAfterGc = peakLive[0];
        String json = String.format(Locale.ROOT,
                "{\"instance\":\"%s\",\"maxHeapBytes\":%d,\"status\":\"%s\",\"nodes\":%d,\"openNodesAtEnd\":%d,"
                        + "\"peakOpenNodes\":%d,\"seconds\":%.1f,\"nodesPerSecond\":%.0f,\"peakLiveHeapBytes\":%d,"
                        + "\"gcCount\":%d,\"message\":\"%s\"}",
                model.name(), maxHeap, r.status(), r.stats().nodes(), open, Math.max(peakOpen[0], open), seconds,
                r.stats().nodes() / seconds, peakAfterGc, gcCount(), r.message().replace("\"", "'"));
        System.out.println(json);
        Path out = Path.of("results", "bb-memory.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json + "\n");
    }

    private static long gcCount() {
        long c = 0;
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
            c += Math.max(0, g.getCollectionCount());
        }
        return c;
    }
}
