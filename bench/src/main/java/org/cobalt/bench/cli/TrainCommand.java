package org.cobalt.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cobalt.neural.branching.CollectReport;
import org.cobalt.neural.branching.CollectSettings;
import org.cobalt.neural.branching.GcnnPipeline;
import org.cobalt.neural.branching.ImitationAccuracy;
import org.cobalt.neural.branching.ImitationConfig;
import org.cobalt.neural.branching.ImitationResult;
import org.cobalt.neural.branching.ImitationTraining;
import org.cobalt.neural.branching.InstanceClass;
import org.cobalt.neural.branching.SampleCollector;
import org.cobalt.neural.branching.SeedSplit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cobalt train}: the imitation-learned GCNN brancher (Gasse et al. 2019) end to end. A thin shell
 * over {@code org.cobalt.neural.branching}: {@code collect} records strong-branching samples on generated
 * instances, {@code fit} trains a model, {@code accuracy} measures top-k agreement with strong branching,
 * {@code instances} writes unseen instances for {@code cobalt batch}, and {@code gcnn} runs collect, fit
 * and accuracy in one go. docs/gcnn-brancher.md explains the protocol.
 */
@Command(name = "train", mixinStandardHelpOptions = true, version = "cobalt train 0.1.0",
        description = {"Imitation learning of strong branching for cobalt-bb (the GCNN brancher of Gasse et al. 2019):",
                "record strong-branching samples on generated set-cover instances, train the GCNN on DJL's CPU engine,",
                "measure its top-k accuracy on samples from unseen seeds, and write unseen instances to compare",
                "cobalt-bb-gcnn with cobalt-bb (reliability pseudocost branching) through `cobalt batch`.",
                "Seed ranges are disjoint: train 0.., valid 1000000.., test 2000000.., eval 3000000.."},
        footerHeading = "%nExamples:%n",
        footer = {"  cobalt train gcnn --class setcover:150x300 --train-samples 10000 --work results/gcnn",
            "  cobalt train collect --class setcover:150x300 --split test --samples 1000 --out results/gcnn/test",
            "  cobalt train fit --train results/gcnn/train --valid results/gcnn/valid --model m.json",
            "  cobalt train accuracy --model m.json --samples results/gcnn/test",
            "  cobalt train instances --class setcover:250x500 --count 20 --out results/gcnn/eval",
            "  bin/gcnn-train   (the whole documented run: train gcnn + instances + batch + compare)"},
        subcommands = {TrainCommand.Collect.class, TrainCommand.Fit.class, TrainCommand.Accuracy.class,
            TrainCommand.WriteInstances.class, TrainCommand.Gcnn.class, ReviBranchTrainCommand.class,
            CommandLine.HelpCommand.class})
public final class TrainCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options of a sample collection (a mixin). */
    static final class CollectOptions {
        @Option(names = "--probability", paramLabel = "P", defaultValue = "1.0",
                description = "Chance that a node is recorded (strong-branched and followed); other nodes use "
                        + "--behaviour. Gasse et al. use 0.05 on 500x1000; 1.0 gives the most samples per solve.")
        double probability;

        @Option(names = "--behaviour", paramLabel = "RULE", defaultValue = "pscost",
                description = "cobalt-bb branching rule of unrecorded nodes: mostfrac, pscost, strong, reliability.")
        String behaviour;

        @Option(names = "--node-limit", paramLabel = "N", defaultValue = "1000",
                description = "Branch-and-bound nodes per instance (a node limit keeps collection deterministic).")
        long nodeLimit;

        @Option(names = "--instance-time-limit", paramLabel = "S", defaultValue = "600",
                description = "Safety time limit per instance, seconds.")
        double instanceTimeLimit;

        @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
                description = "Instances solved at once (one thread each); the data set does not depend on it.")
        int threads;

        CollectSettings settings(InstanceClass c, SeedSplit split, long samples) {
            return new CollectSettings(c, split.firstSeed(), samples, (int) SeedSplit.SIZE, probability, behaviour, 0,
                    nodeLimit, instanceTimeLimit, threads);
        }
    }

    /** Options of a training run (a mixin). */
    static final class FitOptions {
        @Option(names = "--embedding", paramLabel = "D", defaultValue = "64", description = "GCNN width (paper: 64).")
        int embedding;

        @Option(names = "--epochs", paramLabel = "N", defaultValue = "20", description = "Epochs at most.")
        int epochs;

        @Option(names = "--patience", paramLabel = "N", defaultValue = "4",
                description = "Epochs without a better validation loss before stopping.")
        int patience;

        @Option(names = "--lr", paramLabel = "X", defaultValue = "0.001", description = "Adam learning rate.")
        float lr;

        @Option(names = "--batch", paramLabel = "N", defaultValue = "32", description = "Nodes per optimizer step.")
        int batch;

        @Option(names = "--time-budget", paramLabel = "S", defaultValue = "1680",
                description = "Training wall-clock budget, seconds (no optimizer step starts after it; the best "
                        + "epoch so far is kept).")
        double timeBudget;

        @Option(names = "--train-seed", paramLabel = "N", defaultValue = "1",
                description = "Initialisation and shuffling seed.")
        long seed;

        @Option(names = "--max-samples", paramLabel = "N", defaultValue = "" + Long.MAX_VALUE,
                showDefaultValue = CommandLine.Help.Visibility.NEVER,
                description = "Use at most N samples of each directory (default: all).")
        long maxSamples;

        ImitationConfig config() {
            return ImitationConfig.defaults(seed).withEmbedding(embedding).withMaxEpochs(epochs).withPatience(patience)
                    .withLearningRate(lr).withBatchSize(batch).withTimeBudgetSeconds(timeBudget);
        }
    }

    /** {@code cobalt train collect}. */
    @Command(name = "collect", mixinStandardHelpOptions = true, showDefaultValues = true,
            description = {"Record strong-branching samples: solve the instances of one seed split with cobalt-bb, "
                    + "strong-branch the recorded nodes (all candidates, children solved to optimality), write one "
                    + "<instance>.samples.gz per instance and a ledger. Resumes from the ledger of an earlier run."},
            footerHeading = "%nExamples:%n",
            footer = {"  cobalt train collect --class setcover:150x300 --split train --samples 10000 --threads 2 "
                    + "--out results/gcnn/train"})
    static final class Collect implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--class", paramLabel = "CLASS", defaultValue = "setcover:150x300",
                description = "Instance class: setcover[:ROWSxCOLS[:DENSITY]] (setcover alone: Ecole's 500x1000).")
        String instanceClass;

        @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "train",
                description = "Seed range: train, valid, test, eval.")
        String split;

        @Option(names = "--samples", paramLabel = "N", defaultValue = "1000",
                description = "Stop at the first seed prefix with at least N samples.")
        long samples;

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "Sample directory.")
        Path out;

        @Mixin
        CollectOptions options;

        @Override
        public Integer call() throws IOException {
            CollectReport r = new SampleCollector().collect(options.settings(InstanceClass.parse(instanceClass),
                    SeedSplit.parse(split), samples), out);
            printCollect(spec.commandLine().getOut(), split, r);
            return 0;
        }
    }

    /** {@code cobalt train fit}. */
    @Command(name = "fit", mixinStandardHelpOptions = true, showDefaultValues = true,
            description = {"Train the GCNN on recorded samples: pre-norm layers fitted on training nodes, Adam on the "
                    + "cross-entropy of strong branching's choice over each node's candidates, early stopping on "
                    + "the validation loss; writes MODEL (.json) and its .params."},
            footerHeading = "%nExamples:%n",
            footer = {"  cobalt train fit --train results/gcnn/train --valid results/gcnn/valid --model results/gcnn/m.json"})
    static final class Fit implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--train", paramLabel = "DIR", required = true, description = "Training sample directory.")
        Path train;

        @Option(names = "--valid", paramLabel = "DIR", description = "Validation sample directory (default: none; "
                + "the training loss then decides early stopping).")
        Path valid;

        @Option(names = "--model", paramLabel = "FILE", required = true, description = "Model file to write (.json).")
        Path model;

        @Mixin
        FitOptions options;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            GcnnPipeline.Fitted f = GcnnPipeline.fit(train, valid, options.config(), options.maxSamples, model,
                    epochPrinter(out));
            printFit(out, f.result(), model);
            return 0;
        }
    }

    /** {@code cobalt train accuracy}. */
    @Command(name = "accuracy", mixinStandardHelpOptions = true, showDefaultValues = true,
            description = {"Top-1/3/5/10 accuracy of a model against strong branching on recorded samples (a choice "
                    + "counts when it has strong branching's best score; ties count)."},
            footerHeading = "%nExamples:%n",
            footer = {"  cobalt train accuracy --model results/gcnn/m.json --samples results/gcnn/test"})
    static final class Accuracy implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--model", paramLabel = "FILE", required = true, description = "Model file (.json).")
        Path model;

        @Option(names = "--samples", paramLabel = "DIR", required = true, description = "Sample directory.")
        Path samples;

        @Option(names = "--batch", paramLabel = "N", defaultValue = "32", description = "Graphs per forward pass.")
        int batch;

        @Override
        public Integer call() throws IOException {
            ImitationAccuracy a = GcnnPipeline.accuracy(model, samples, batch);
            printAccuracy(spec.commandLine().getOut(), "test", a);
            return 0;
        }
    }

    /** {@code cobalt train instances}. */
    @Command(name = "instances", mixinStandardHelpOptions = true, showDefaultValues = true,
            description = {"Write the instances of a seed split as MPS files (for `cobalt batch`)."},
            footerHeading = "%nExamples:%n",
            footer = {"  cobalt train instances --class setcover:250x500 --split eval --count 20 --out results/gcnn/eval"})
    static final class WriteInstances implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--class", paramLabel = "CLASS", defaultValue = "setcover:150x300",
                description = "Instance class: setcover[:ROWSxCOLS[:DENSITY]].")
        String instanceClass;

        @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "eval",
                description = "Seed range: train, valid, test, eval.")
        String split;

        @Option(names = "--count", paramLabel = "N", defaultValue = "20", description = "Instances (first seeds of the split).")
        int count;

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder.")
        Path out;

        @Override
        public Integer call() throws IOException {
            List<Path> files = GcnnPipeline.writeInstances(InstanceClass.parse(instanceClass), SeedSplit.parse(split),
                    count, out);
            spec.commandLine().getOut().println("wrote " + files.size() + " instances to " + out);
            return 0;
        }
    }

    /** {@code cobalt train gcnn}: collect, fit and accuracy in one run. */
    @Command(name = "gcnn", mixinStandardHelpOptions = true, showDefaultValues = true,
            description = {"The whole learning run in one command: collect train, valid and test samples (disjoint seed "
                    + "ranges) into WORK/{train,valid,test}, train WORK/gcnn.json, and report top-k accuracy on the "
                    + "test samples. Every step resumes or is skipped when its output exists (--fresh redoes the "
                    + "training). A summary goes to stdout and WORK/summary.txt."},
            footerHeading = "%nExamples:%n",
            footer = {"  cobalt train gcnn --class setcover:150x300 --train-samples 10000 --valid-samples 1000 "
                    + "--test-samples 1000 --threads 2 --work results/gcnn"})
    static final class Gcnn implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--class", paramLabel = "CLASS", defaultValue = "setcover:150x300",
                description = "Instance class: setcover[:ROWSxCOLS[:DENSITY]] (setcover alone: Ecole's 500x1000).")
        String instanceClass;

        @Option(names = "--train-samples", paramLabel = "N", defaultValue = "10000", description = "Training samples.")
        long trainSamples;

        @Option(names = "--valid-samples", paramLabel = "N", defaultValue = "1000", description = "Validation samples.")
        long validSamples;

        @Option(names = "--test-samples", paramLabel = "N", defaultValue = "1000", description = "Test samples.")
        long testSamples;

        @Option(names = "--work", paramLabel = "DIR", defaultValue = "results/gcnn", description = "Work folder.")
        Path work;

        @Option(names = "--fresh", description = "Retrain even when WORK/gcnn.json exists.")
        boolean fresh;

        @Mixin
        CollectOptions collect;

        @Mixin
        FitOptions fit;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            InstanceClass c = InstanceClass.parse(instanceClass);
            List<String> summary = new ArrayList<>();
            summary.add("class " + c.id() + ", probability " + collect.probability + ", behaviour "
                    + collect.behaviour + ", node limit " + collect.nodeLimit + ", collection threads "
                    + collect.threads);
            SampleCollector collector = new SampleCollector();
            long[][] targets = {{trainSamples}, {validSamples}, {testSamples}};
            SeedSplit[] splits = {SeedSplit.TRAIN, SeedSplit.VALID, SeedSplit.TEST};
            for (int i = 0; i < splits.length; i++) {
                String name = splits[i].name().toLowerCase(Locale.ROOT);
                CollectReport r = collector.collect(collect.settings(c, splits[i], targets[i][0]), work.resolve(name));
                summary.add(collectLine(name, r));
                out.println(summary.getLast());
                out.flush();
            }
            Path model = work.resolve("gcnn.json");
            if (fresh || !Files.exists(model)) {
                GcnnPipeline.Fitted f = GcnnPipeline.fit(work.resolve("train"), work.resolve("valid"), fit.config(),
                        fit.maxSamples, model, epochPrinter(out));
                summary.add(fitLine(f.result(), model));
            } else {
                summary.add("model " + model + " exists (kept; --fresh retrains)");
            }
            out.println(summary.getLast());
            ImitationAccuracy a = GcnnPipeline.accuracy(model, work.resolve("test"), 32);
            summary.add(accuracyLine("test", a));
            out.println(summary.getLast());
            Files.write(work.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
            return 0;
        }
    }

    private static ImitationTraining.EpochListener epochPrinter(PrintWriter out) {
        return (epoch, trainLoss, valid, wall) -> {
            out.printf(Locale.ROOT, "epoch %d: train loss %.4f, valid loss %.4f, top-1 %.3f, top-5 %.3f, %.0f s%n", epoch,
                    trainLoss, valid.loss(), valid.top1(), valid.top5(), wall);
            out.flush();
        };
    }

    private static String collectLine(String split, CollectReport r) {
        return String.format(Locale.ROOT, "collect %s: %d samples from %d instances (seeds %d..%d, %s), %d nodes, "
                        + "solve CPU %.1f s, wall %.1f s (%d instances resumed)", split, r.samples(), r.instances(),
                r.firstSeed(), r.lastSeed(), r.statuses(), r.nodes(), r.solveCpuSeconds(), r.wallSeconds(), r.resumed());
    }

    private static void printCollect(PrintWriter out, String split, CollectReport r) {
        out.println(collectLine(split, r));
    }

    private static String fitLine(ImitationResult r, Path model) {
        return String.format(Locale.ROOT, "fit: %d train / %d valid samples, %d epochs (best %d, %s), wall %.1f s, "
                        + "process CPU %.1f s; valid loss %.4f, top-1 %.3f, top-5 %.3f -> %s", r.trainSamples(),
                r.validSamples(), r.epochsRun(), r.bestEpoch(), r.stoppedEarly() ? "early stop"
                        : r.stoppedByTime() ? "time budget" : "epoch limit", r.wallSeconds(), r.cpuSeconds(),
                r.best().loss(), r.best().top1(), r.best().top5(), model);
    }

    private static void printFit(PrintWriter out, ImitationResult r, Path model) {
        out.println(fitLine(r, model));
    }

    private static String accuracyLine(String what, ImitationAccuracy a) {
        return String.format(Locale.ROOT, "accuracy on %s: %d samples, loss %.4f, top-1 %.3f, top-3 %.3f, top-5 %.3f, "
                + "top-10 %.3f", what, a.samples(), a.loss(), a.top1(), a.top3(), a.top5(), a.top10());
    }

    private static void printAccuracy(PrintWriter out, String what, ImitationAccuracy a) {
        out.println(accuracyLine(what, a));
    }
}
