package org.cobalt.neural.branching;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.milp.bb.BbComponents;
import org.cobalt.milp.bb.BbSettings;
import org.cobalt.milp.bb.CobaltBbSolver;
import org.cobalt.milp.bb.record.SampleFormat;
import org.cobalt.milp.bb.record.SampleReader;
import org.cobalt.milp.bb.record.SampleRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records strong-branching samples on generated instances ({@link CollectSettings}) into one directory:
 * {@code <instance>.samples.gz} per instance that gave samples ({@link SampleFormat}) and a ledger
 * {@value #LEDGER} with one line per solved instance ({@code seed, samples, status, nodes, cpu ms}).
 *
 * <p>Deterministic: instances are solved with one thread and a node limit, and the data set is the
 * shortest prefix of seeds {@code firstSeed, firstSeed + 1, ...} that reaches the target, whatever the
 * number of worker threads and whichever instances finished first (surplus instances are removed). A run
 * resumes from the ledger of an earlier one in the same directory with the same settings.
 */
public final class SampleCollector {

    /** Name of the ledger file. */
    public static final String LEDGER = "collect-ledger.tsv";
    private static final Logger LOG = LoggerFactory.getLogger(SampleCollector.class);

    private final BbSettings base;

    /** A collector over cobalt-bb's default settings (presolve, heuristics, node selection). */
    public SampleCollector() {
        this(BbSettings.defaults());
    }

    /** A collector whose solves use {@code base} with the recorder as branching rule. */
    public SampleCollector(BbSettings base) {
        this.base = base;
    }

    private record SeedResult(long seed, long samples, String status, long nodes, long cpuNanos) {
        String line() {
            return seed + "\t" + samples + "\t" + status + "\t" + nodes + "\t" + cpuNanos / 1_000_000;
        }

        static SeedResult parse(Path ledger, String line) {
            String[] f = line.split("\t");
            try {
                if (f.length != 5) {
                    throw new NumberFormatException("5 fields expected");
                }
                return new SeedResult(Long.parseLong(f[0]), Long.parseLong(f[1]), f[2], Long.parseLong(f[3]),
                        Long.parseLong(f[4]) * 1_000_000);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(ledger + ": malformed ledger line '" + line + "' (" + e.getMessage()
                        + "); delete the directory to start over", e);
            }
        }
    }

    /** Collects into {@code dir} (created if needed) and reports what the data set holds. */
    public CollectReport collect(CollectSettings s, Path dir) throws IOException {
        Files.createDirectories(dir);
        long start = System.nanoTime();
        Path ledger = dir.resolve(LEDGER);
        Map<Long, SeedResult> done = readLedger(ledger, s);
        long resumed = done.size();
        long end = s.firstSeed() + s.maxInstances();
        ExecutorService pool = Executors.newFixedThreadPool(s.threads(), r -> {
            Thread t = new Thread(r, "collect");
            t.setDaemon(true);
            return t;
        });
        CompletionService<SeedResult> results = new ExecutorCompletionService<>(pool);
        long last;
        try (BufferedWriter out = Files.newBufferedWriter(ledger, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            long next = s.firstSeed();
            int inFlight = 0;
            while (true) {
                last = prefixEnd(done, s);
                boolean reached = last >= 0 && prefixSamples(done, s.firstSeed(), last) >= s.targetSamples();
                if (reached) {
                    break;
                }
                while (inFlight < 2 * s.threads() && next < end) {
                    if (!done.containsKey(next)) {
                        long seed = next;
                        results.submit(() -> solve(s, seed, dir));
                        inFlight++;
                    }
                    next++;
                }
                if (inFlight == 0) {
                    last = end - 1;
                    break;
                }
                SeedResult r = take(results);
                inFlight--;
                done.put(r.seed(), r);
                out.write(r.line());
                out.newLine();
                out.flush();
                LOG.info("{}: {} samples ({}, {} nodes)", s.instances().instanceName(r.seed()), r.samples(), r.status(),
                        r.nodes());
            }
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(1, TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long keptLast = Math.min(last, end - 1);
        removeSurplus(dir, s, done, keptLast);
        rewriteLedger(ledger, done, s.firstSeed(), keptLast);
        Map<String, Long> statuses = new TreeMap<>();
        long samples = 0;
        long nodes = 0;
        long cpu = 0;
        long instances = 0;
        for (long seed = s.firstSeed(); seed <= keptLast; seed++) {
            SeedResult r = done.get(seed);
            if (r == null) {
                continue;
            }
            instances++;
            samples += r.samples();
            nodes += r.nodes();
            cpu += r.cpuNanos();
            statuses.merge(r.status(), 1L, Long::sum);
        }
        return new CollectReport(instances, samples, s.firstSeed(), keptLast, statuses, nodes, cpu / 1e9,
                (System.nanoTime() - start) / 1e9, Math.min(resumed, instances));
    }

    private static SeedResult take(CompletionService<SeedResult> results) throws IOException {
        try {
            return results.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("sample collection interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("sample collection failed", e.getCause());
        }
    }

    /** The last seed of the contiguous run of finished seeds from the first one, -1 when none. */
    private static long prefixEnd(Map<Long, SeedResult> done, CollectSettings s) {
        long seed = s.firstSeed();
        long cum = 0;
        while (done.containsKey(seed)) {
            cum += done.get(seed).samples();
            if (cum >= s.targetSamples()) {
                return seed;
            }
            seed++;
        }
        return seed - 1 < s.firstSeed() ? -1 : seed - 1;
    }

    private static long prefixSamples(Map<Long, SeedResult> done, long first, long last) {
        long cum = 0;
        for (long seed = first; seed <= last; seed++) {
            cum += done.get(seed).samples();
        }
        return cum;
    }

    private SeedResult solve(CollectSettings s, long seed, Path dir) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        MilpModel model = s.instances().generate(seed);
        Path work = dir.resolve(".work-" + seed);
        deleteTree(work);
        SampleRecorder recorder = new SampleRecorder(BbComponents.branchingRule(s.behaviour()), work, s.probability(),
                s.iterationLimit());
        SolveOptions options = SolveOptions.builder().seed(seed).threads(1).nodeLimit(s.nodeLimit())
                .timeLimitSeconds(s.timeLimitSeconds()).build();
        SolveResult r = new CobaltBbSolver(base.withBranchingRule(recorder)).solve(model, options, null);
        if (Thread.currentThread().isInterrupted()) {
            deleteTree(work);
            throw new IOException("interrupted while solving seed " + seed);
        }
        long samples = 0;
        Path target = dir.resolve(model.name() + SampleFormat.SUFFIX);
        Files.deleteIfExists(target);
        List<Path> files = list(work);
        if (files.size() > 1) {
            throw new IllegalStateException("seed " + seed + " wrote " + files.size() + " sample files: " + files);
        }
        if (!files.isEmpty()) {
            try (SampleReader reader = new SampleReader(files.getFirst())) {
                while (reader.next() != null) {
                    samples++;
                }
            }
            Files.move(files.getFirst(), target, StandardCopyOption.REPLACE_EXISTING);
        }
        deleteTree(work);
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        return new SeedResult(seed, samples, r.status().name(), r.stats().nodes(), cpu);
    }

    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(SampleFormat.SUFFIX)).sorted().toList();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static Map<Long, SeedResult> readLedger(Path ledger, CollectSettings s) throws IOException {
        Map<Long, SeedResult> done = new TreeMap<>();
        if (!Files.exists(ledger)) {
            return done;
        }
        for (String line : Files.readAllLines(ledger, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            SeedResult r = SeedResult.parse(ledger, line);
            if (r.seed() >= s.firstSeed() && r.seed() < s.firstSeed() + s.maxInstances()) {
                done.put(r.seed(), r);
            }
        }
        return done;
    }

    /** Deletes the sample files and ledger entries of seeds beyond the kept prefix. */
    private static void removeSurplus(Path dir, CollectSettings s, Map<Long, SeedResult> done, long keptLast)
            throws IOException {
        List<Long> surplus = new ArrayList<>();
        for (long seed : done.keySet()) {
            if (seed > keptLast) {
                surplus.add(seed);
            }
        }
        for (long seed : surplus) {
            done.remove(seed);
            Files.deleteIfExists(dir.resolve(s.instances().instanceName(seed) + SampleFormat.SUFFIX));
        }
        try (Stream<Path> st = Files.list(dir)) {
            for (Path p : st.filter(p -> p.getFileName().toString().startsWith(".work-")).toList()) {
                deleteTree(p);
            }
        }
    }

    private static void rewriteLedger(Path ledger, Map<Long, SeedResult> done, long first, long last) {
        List<String> lines = new ArrayList<>();
        for (long seed = first; seed <= last; seed++) {
            SeedResult r = done.get(seed);
            if (r != null) {
                lines.add(r.line());
            }
        }
        try {
            Path tmp = ledger.resolveSibling(LEDGER + ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, ledger, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite " + ledger, e);
        }
    }
}
