package org.cobalt.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cobalt.milp.bb.BbSettings;
import org.cobalt.neural.branching.InstanceClass;
import org.cobalt.neural.branching.SeedSplit;
import org.cobalt.neural.revibranch.DqnConfig;
import org.cobalt.neural.revibranch.DqnTrainer;
import org.cobalt.neural.revibranch.EpisodeReport;
import org.cobalt.neural.revibranch.EpsilonSchedule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cobalt train revibranch}: trains a ReviBranch (or plain-DQN, or no-redistribution) Q-network by
 * DQN on cobalt-bb episodes over generated instances of the training seed range, and writes the model
 * plus an episode log. docs/revibranch.md explains the method and the choices.
 */
@Command(name = "revibranch", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = {"Train the ReviBranch DQN brancher (revived trajectories, importance-weighted reward",
            "redistribution) on cobalt-bb episodes over the training seeds 0.. of an instance class.",
            "--path 1 trains the plain-DQN ablation, --no-redistribution the terminal-reward ablation."},
        footerHeading = "%nExamples:%n",
        footer = {"  cobalt train revibranch --class setcover:100x200 --episodes 40 --out results/revibranch/revibranch.json",
            "  cobalt train revibranch --class setcover:100x200 --episodes 40 --path 1 --out results/revibranch/dqn.json",
            "  bin/revibranch-train   (train the three models, write unseen instances, batch + compare)"})
final class ReviBranchTrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--class", paramLabel = "CLASS", defaultValue = "setcover:100x200",
            description = "Instance class: setcover[:ROWSxCOLS[:DENSITY]].")
    String instanceClass;

    @Option(names = "--episodes", defaultValue = "40", description = "Training episodes (one cobalt-bb solve each).")
    int episodes;

    @Option(names = "--node-limit", defaultValue = "300", description = "Node limit of one episode.")
    long nodeLimit;

    @Option(names = "--path", defaultValue = "4", description = "States per revived trajectory (1 = plain DQN).")
    int path;

    @Option(names = "--no-redistribution", description = "Terminal reward only (the ablation).")
    boolean noRedistribution;

    @Option(names = "--embedding", defaultValue = "32", description = "Network width.")
    int embedding;

    @Option(names = "--steps", defaultValue = "8", description = "Gradient steps after each episode.")
    int steps;

    @Option(names = "--batch", defaultValue = "16", description = "Transitions per gradient step.")
    int batch;

    @Option(names = "--lr", defaultValue = "0.001", description = "Adam learning rate.")
    float lr;

    @Option(names = "--gamma", defaultValue = "0.99", description = "Discount.")
    double gamma;

    @Option(names = "--target-sync", defaultValue = "20", description = "Gradient steps between target-network syncs.")
    int targetSync;

    @Option(names = "--eps-start", defaultValue = "0.5", description = "Initial exploration probability.")
    double epsStart;

    @Option(names = "--eps-end", defaultValue = "0.05", description = "Final exploration probability.")
    double epsEnd;

    @Option(names = "--reward-scale", defaultValue = "100", description = "Episode reward = -nodes / scale.")
    double rewardScale;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of network, replay sampling and solves.")
    long seed;

    @Option(names = "--time-budget", defaultValue = "0", description = "Stop after this many wall seconds (0: none).")
    long timeBudget;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Model file NAME.json (NAME.params beside it).")
    Path out;

    @Override
    public Integer call() throws IOException {
        InstanceClass cls = InstanceClass.parse(instanceClass);
        DqnConfig cfg = new DqnConfig(episodes, nodeLimit, embedding, path, !noRedistribution, gamma, lr, batch, 20_000,
                steps, targetSync, new EpsilonSchedule(epsStart, epsEnd, Math.max(1, episodes * 2 / 3)), rewardScale, seed);
        PrintWriter o = spec.commandLine().getOut();
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        long t0 = System.nanoTime();
        long cpu0 = cpuNanos();
        List<EpisodeReport> reports = new ArrayList<>();
        long decisions = 0;
        try (DqnTrainer trainer = new DqnTrainer(cfg, BbSettings.defaults())) {
            for (int e = 0; e < episodes; e++) {
                if (timeBudget > 0 && System.nanoTime() - t0 > timeBudget * 1_000_000_000L) {
                    o.println("time budget reached after " + e + " episodes");
                    break;
                }
                EpisodeReport r = trainer.episode(e, cls.generate(SeedSplit.TRAIN.firstSeed() + e));
                reports.add(r);
                decisions += r.decisions();
                o.printf(Locale.ROOT, "episode %d %s: %d nodes, %d decisions, eps %.3f, loss %.5f, %d ms%n", e, r.instance(),
                        r.nodes(), r.decisions(), r.epsilon(), r.meanLoss(), r.millis());
                o.flush();
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (cpuNanos() - cpu0) / 1e9;
            trainer.save(out, Map.of("class", cls.id(), "episodes", Integer.toString(reports.size()),
                    "transitions", Long.toString(decisions), "wallSeconds", String.format(Locale.ROOT, "%.1f", wall),
                    "cpuSeconds", String.format(Locale.ROOT, "%.1f", cpu)));
            writeLog(out, reports);
            o.printf(Locale.ROOT, "trained %s (path %d, redistribution %s) on %s: %d episodes, %d transitions, %d gradient "
                    + "steps, %.1f s wall, %.1f s CPU; model %s%n", cfg.maxPath() > 1 ? "ReviBranch" : "plain DQN",
                    cfg.maxPath(), cfg.redistribute() ? "importance" : "terminal", cls.id(), reports.size(), decisions,
                    trainer.gradientSteps(), wall, cpu, out);
        }
        return 0;
    }

    private static long cpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }

    private static void writeLog(Path model, List<EpisodeReport> reports) throws IOException {
        String name = model.getFileName().toString().replaceFirst("\\.json$", "");
        Path log = model.resolveSibling(name + "-episodes.csv");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
            w.println("episode,instance,nodes,decisions,epsilon,loss,millis");
            for (EpisodeReport r : reports) {
                w.printf(Locale.ROOT, "%d,%s,%d,%d,%.4f,%.6f,%d%n", r.episode(), r.instance(), r.nodes(), r.decisions(),
                        r.epsilon(), r.meanLoss(), r.millis());
            }
        }
    }
}
