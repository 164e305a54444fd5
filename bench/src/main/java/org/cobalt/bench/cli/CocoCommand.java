package org.cobalt.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cobalt.bench.report.TextTable;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.SolverRegistry;
import org.cobalt.instances.Instances;
import org.cobalt.neural.coco.BatchResults;
import org.cobalt.neural.coco.CocoModels;
import org.cobalt.neural.coco.FirstSolve;
import org.cobalt.neural.coco.GnnSolutionPredictor;
import org.cobalt.neural.coco.InstanceClass;
import org.cobalt.neural.coco.LabelCollection;
import org.cobalt.neural.coco.NoGoodPoolCollector;
import org.cobalt.neural.coco.PoolSettings;
import org.cobalt.neural.coco.PredictionQuality;
import org.cobalt.neural.coco.PredictorTraining;
import org.cobalt.neural.coco.ScipStoredSolutions;
import org.cobalt.neural.coco.Split;
import org.cobalt.neural.coco.TrainingWorkflow;
import org.cobalt.neural.coco.Variant;
import org.cobalt.neural.pas.Prediction;
import org.cobalt.neural.pas.RegionSettings;
import org.cobalt.neural.runtime.train.TrainConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cobalt coco}: the CoCo-MILP / predict-and-search workflow (docs/coco.md): generate test
 * instances, collect solution pools, train the predictors, measure prediction quality, and prepare batch
 * results for {@code cobalt compare}. The work is done in {@code org.cobalt.neural.coco}; this class
 * parses options and prints. Runs standalone through {@link #main} as well.
 */
@Command(name = "coco", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = {"CoCo-MILP and predict-and-search (Han et al. 2023): generate instances, collect solution pools,"
                + " train the plain and CoCo-MILP predictors, evaluate predictions, prepare benchmark results.",
                "The solvers are pas-scip, pas-cbc, pas-cobalt-bb (model: --param pas.model=FILE) and, to run several"
                        + " predictors in one batch, pas-scip-plain, pas-scip-coco, pas-scip-coco-no-competition,"
                        + " pas-scip-coco-no-contrastive (model: --param pas.model.<variant>=FILE).",
                "docs/coco.md describes the method and the experiment."},
        subcommands = {CocoCommand.Generate.class, CocoCommand.Collect.class, CocoCommand.Train.class,
            CocoCommand.Evaluate.class, CocoCommand.BestKnown.class},
        footerHeading = "%nExamples:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:failure (unreadable labels, model or results)", "2:usage error"},
        footer = {"  cobalt coco generate --class sc --split test --count 50 --out data/coco/sc",
            "  cobalt coco collect --class sc --split train --count 70 --labels data/coco/labels --jobs 2",
            "  cobalt coco train --class sc --variant coco --labels data/coco/labels --out models/sc-coco.json",
            "  cobalt batch data/coco/sc --solvers scip,pas-scip-plain,pas-scip-coco --param pas.model.plain=models/sc-plain.json"
                    + " --param pas.model.coco=models/sc-coco.json --time-limit 10"})
public final class CocoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Runs {@code coco ARGS} without the rest of the CLI (e.g. before the command is registered). */
    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new CocoCommand());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof CliFailure f) {
                cmd.getErr().println("cobalt coco: " + f.getMessage());
                return f.exitCode();
            }
            if (e instanceof IOException) {
                cmd.getErr().println("cobalt coco: " + e.getMessage());
                return CobaltCli.EXIT_FAILURE;
            }
            throw e;
        });
        System.exit(cl.execute(args));
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CobaltCli.EXIT_USAGE;
    }

    static InstanceClass instanceClass(String spec) {
        try {
            return InstanceClass.parse(spec);
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(e.getMessage());
        }
    }

    static Split split(String s) {
        try {
            return Split.parse(s);
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(e.getMessage());
        }
    }

    /** {@code coco generate}: instance files of a split. */
    @Command(name = "generate", mixinStandardHelpOptions = true, showDefaultValues = true,
            description = {"Writes instances 0 .. COUNT-1 of a split of an instance class as files (named <class>-<seed>),"
                    + " for cobalt batch. Seeds: train 1.., valid 100001.., test 200001.. (never overlapping)."},
            footerHeading = "%nExamples:%n",
            footer = {"  cobalt coco generate --class sc --split test --count 50 --out data/coco/sc",
                "  cobalt coco generate --class ca100x500 --split test --count 50 --out data/coco/ca --format lp"})
    static final class Generate implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Option(names = "--class", required = true, description = "Instance class: sc, ca, is, or with sizes (sc500x1000, ca100x500, is500x4).")
        private String cls;
        @Option(names = "--split", defaultValue = "test", description = "train, valid or test.")
        private String split;
        @Option(names = "--count", defaultValue = "50", description = "Number of instances.")
        private int count;
        @Option(names = "--out", required = true, description = "Output folder.")
        private Path out;
        @Option(names = "--format", defaultValue = "mps.gz", description = "File extension: mps, mps.gz, lp.")
        private String format;

        @Override
        public Integer call() throws IOException {
            InstanceClass c = instanceClass(cls);
            Split s = split(split);
            Files.createDirectories(out);
            for (int i = 0; i < count; i++) {
                MilpModel m = c.instance(s.seed(i));
                Instances.write(m, out.resolve(m.name() + "." + format));
            }
            spec.commandLine().getOut().println("wrote " + count + " " + c + " instances (" + s.folder() + ") to " + out);
            spec.commandLine().getOut().flush();
            return CobaltCli.EXIT_OK;
        }
    }

    /** {@code coco collect}: solution pools. */
    @Command(name = "collect", mixinStandardHelpOptions = true, showDefaultValues = true,
            description = {"Collects a pool of good feasible solutions for instances 0 .. COUNT-1 of a split: a first solve"
                    + " (SCIP's whole solution store, through OR-Tools' proto API), then rounds with no-good cuts, a local-"
                    + "branching ball around the best and an objective cutoff. Solutions are verified and stored as"
                    + " bitsets in LABELS/<class>/<split>/<instance>.pool. Resumable: existing pools are skipped."},
            footerHeading = "%nExamples:%n",
            footer = {"  cobalt coco collect --class sc --split train --count 70 --labels data/coco/labels --jobs 2",
                "  cobalt coco collect --class ca --split valid --count 15 --labels data/coco/labels --main-time 20"})
    static final class Collect implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Option(names = "--class", required = true, description = "Instance class (see coco generate).")
        private String cls;
        @Option(names = "--split", defaultValue = "train", description = "train, valid or test.")
        private String split;
        @Option(names = "--count", required = true, description = "Number of instances.")
        private int count;
        @Option(names = "--labels", required = true, description = "Label folder.")
        private Path labels;
        @Option(names = "--jobs", defaultValue = "1", description = "Instances collected at once (one thread each).")
        private int jobs;
        @Option(names = "--solver", defaultValue = "scip", description = "Solver of the rounds (and of the first solve unless it is scip).")
        private String solver;
        @Option(names = "--main-time", defaultValue = "20", description = "Time limit of the first solve (s).")
        private double mainTime;
        @Option(names = "--rounds", defaultValue = "8", description = "No-good rounds after the first solve.")
        private int rounds;
        @Option(names = "--round-time", defaultValue = "5", description = "Time limit of each round (s).")
        private double roundTime;
        @Option(names = "--radius", defaultValue = "20", description = "Local-branching radius of the rounds (0 = none).")
        private int radius;
        @Option(names = "--max-size", defaultValue = "20", description = "Solutions kept per instance.")
        private int maxSize;
        @Option(names = "--max-gap", defaultValue = "0.10", description = "Largest primal gap to the best solution kept (and the rounds' cutoff).")
        private double maxGap;
        @Option(names = "--seed", defaultValue = "0", description = "Base seed (instance seed is added).")
        private long seed;

        @Override
        public Integer call() throws IOException, InterruptedException {
            InstanceClass c = instanceClass(cls);
            Split s = split(split);
            SolverRegistry registry = SolverRegistry.load();
            // unavailableReason() is null for an available solver, so Optional.map cannot carry it
            var provider = registry.find(solver);
            String why = provider.isEmpty() ? "unknown solver " + solver : provider.get().unavailableReason();
            if (why != null) {
                throw CliFailure.usage("solver " + solver + " cannot run: " + why);
            }
            Solver<MilpModel> rounds = registry.get(solver, MilpModel.class);
            FirstSolve first = solver.equals("scip") && ScipStoredSolutions.unavailableReason() == null
                    ? new ScipStoredSolutions(100) : FirstSolve.of(rounds);
            PoolSettings ps = new PoolSettings(seconds(mainTime), this.rounds, seconds(roundTime), radius, maxSize, maxGap, seed);
            PrintWriter out = spec.commandLine().getOut();
            List<LabelCollection.Outcome> done = new LabelCollection(new NoGoodPoolCollector(first, rounds), ps)
                    .run(c, s, count, labels, jobs, o -> {
                        synchronized (out) {
                            out.printf(Locale.ROOT, "%-14s %3d solutions  best %-12s %6.1f s%s%n", o.instance(), o.solutions(),
                                    o.best(), o.seconds(), o.skipped() ? "  (existing)" : "");
                            out.flush();
                        }
                    });
            int empty = 0;
            double secs = 0;
            long sols = 0;
            for (LabelCollection.Outcome o : done) {
                empty += o.solutions() == 0 ? 1 : 0;
                secs += o.seconds();
                sols += o.solutions();
            }
            out.printf(Locale.ROOT, "%d pools in %s (%d without a solution), %.1f solutions per pool, %.0f s of collection%n",
                    done.size(), LabelCollection.folder(labels, c, s), empty, done.isEmpty() ? 0 : (double) sols / done.size(), secs);
            out.flush();
            return CobaltCli.EXIT_OK;
        }
    }

    static Duration seconds(double s) {
        if (!(s > 0)) {
            throw CliFailure.usage("time limits must be positive, got " + s);
        }
        return Duration.ofNanos((long) (s * 1e9));
    }

    /** {@code coco train}: one predictor. */
    @Command(name = "train", mixinStandardHelpOptions = true, showDefaultValues = true,
            description = {"Trains one predictor on the training pools of a class (best epoch by validation loss),"
                    + " chooses its trust region (k0, k1, delta) on the validation instances, and writes the model file"
                    + " (OUT and OUT's .params) with the region in its metadata. Variants: plain (predict-and-search:"
                    + " cross-entropy, no competitive layer), coco (competitive layer + contrastive loss), and the"
                    + " ablations coco-no-competition and coco-no-contrastive."},
            footerHeading = "%nExamples:%n",
            footer = {"  cobalt coco train --class sc --variant coco --labels data/coco/labels --out models/sc-coco.json",
                "  cobalt coco train --class sc --variant plain --labels data/coco/labels --out models/sc-plain.json --epochs 20"})
    static final class Train implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Option(names = "--class", required = true, description = "Instance class (see coco generate).")
        private String cls;
        @Option(names = "--variant", required = true, description = "plain, coco, coco-no-competition or coco-no-contrastive.")
        private String variant;
        @Option(names = "--labels", required = true, description = "Label folder (coco collect).")
        private Path labels;
        @Option(names = "--out", required = true, description = "Model config file to write (name.json).")
        private Path out;
        @Option(names = "--train-count", defaultValue = "70", description = "Training instances used at most.")
        private int trainCount;
        @Option(names = "--valid-count", defaultValue = "15", description = "Validation instances used at most.")
        private int validCount;
        @Option(names = "--epochs", defaultValue = "15", description = "Epochs at most.")
        private int epochs;
        @Option(names = "--patience", defaultValue = "5", description = "Epochs without validation improvement before stopping.")
        private int patience;
        @Option(names = "--batch", defaultValue = "4", description = "Instances per optimiser step.")
        private int batch;
        @Option(names = "--lr", defaultValue = "0.001", description = "Adam learning rate.")
        private float lr;
        @Option(names = "--solution-temperature", defaultValue = "0.02", description = "Gap temperature of the pool solution weights.")
        private double solutionTemperature;
        @Option(names = "--coverage", defaultValue = "0.9", description = "Validation instances whose best solution the tuned region must contain.")
        private double coverage;
        @Option(names = "--seed", defaultValue = "1", description = "Seed of initialisation, shuffling and pair sampling.")
        private long seed;

        @Override
        public Integer call() throws IOException {
            InstanceClass c = instanceClass(cls);
            Variant v;
            try {
                v = Variant.parse(variant);
            } catch (IllegalArgumentException e) {
                throw CliFailure.usage(e.getMessage());
            }
            TrainConfig tc = new TrainConfig(lr, epochs, batch, seed, patience, 0, null);
            TrainingWorkflow.Outcome o = TrainingWorkflow.run(new TrainingWorkflow.Settings(c, labels, v, trainCount, validCount, tc,
                    solutionTemperature, coverage, seed), out);
            PrintWriter w = spec.commandLine().getOut();
            PredictorTraining.Result r = o.training();
            w.printf(Locale.ROOT, "%s %s: %d epochs in %.0f s, best epoch %d (validation loss %.5f)%n", c, v.id(),
                    r.training().epochsRun(), r.seconds(), r.training().bestEpoch(), r.training().bestValidLoss());
            w.printf(Locale.ROOT, "trust region %s; on the validation instances: accuracy of k0 %.4f, of k1 %s, rounding %.4f,"
                    + " best solution inside %.0f %%%n", o.region(), o.quality().acc0(), fmt(o.quality().acc1()),
                    o.quality().rounding(), 100 * o.quality().inside());
            w.println("model: " + out.toAbsolutePath());
            w.flush();
            return CobaltCli.EXIT_OK;
        }
    }

    static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }

    /** {@code coco evaluate}: prediction quality. */
    @Command(name = "evaluate", mixinStandardHelpOptions = true, showDefaultValues = true,
            description = {"Prediction quality of models on the pools of a split: accuracy of the k0 binaries predicted most"
                    + " confidently 0 and of the k1 predicted most confidently 1 against the best known solution (the"
                    + " best of the pool), rounding accuracy over all binaries, mean flips and how often the best"
                    + " solution lies inside the region. The region is each model's own unless --k0/--k1/--delta are given."},
            footerHeading = "%nExamples:%n",
            footer = {"  cobalt coco evaluate --class sc --split test --labels data/coco/labels models/sc-plain.json models/sc-coco.json",
                "  cobalt coco evaluate --class ca --split valid --labels data/coco/labels --k0 80% --k1 0 --delta 10% models/ca-*.json"})
    static final class Evaluate implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Parameters(arity = "1..*", paramLabel = "MODEL", description = "Model files (name.json).")
        private List<Path> models = new ArrayList<>();
        @Option(names = "--class", required = true, description = "Instance class.")
        private String cls;
        @Option(names = "--split", defaultValue = "test", description = "train, valid or test (pools must exist).")
        private String split;
        @Option(names = "--labels", required = true, description = "Label folder.")
        private Path labels;
        @Option(names = "--count", defaultValue = "1000", description = "Instances at most.")
        private int count;
        @Option(names = "--k0", description = "Override k0 (count or share, e.g. 80%%).")
        private String k0;
        @Option(names = "--k1", description = "Override k1.")
        private String k1;
        @Option(names = "--delta", description = "Override delta.")
        private String delta;

        @Override
        public Integer call() throws IOException {
            InstanceClass c = instanceClass(cls);
            List<PredictorTraining.Labelled> data = PredictorTraining.labelled(labels, c, split(split), count);
            TextTable t = new TextTable().left("model").left("region").right("instances").right("acc k0").right("acc k1")
                    .right("rounding").right("mean flips").right("inside");
            CocoModels files = new CocoModels();
            for (Path f : models) {
                CocoModels.Loaded l = files.load(f);
                RegionSettings own = l.region().orElse(org.cobalt.neural.pas.PasParameters.DEFAULT_REGION);
                RegionSettings region = k0 == null && k1 == null && delta == null ? own
                        : RegionSettings.parse(k0 == null ? own.k0().toString() : k0, k1 == null ? own.k1().toString() : k1,
                                delta == null ? own.delta().toString() : delta);
                List<PredictionQuality.Row> rows = new ArrayList<>();
                try (GnnSolutionPredictor p = new GnnSolutionPredictor(f.getFileName().toString(), l.model(), null)) {
                    for (PredictorTraining.Labelled d : data) {
                        Prediction pr = p.predict(d.model());
                        rows.add(PredictionQuality.row(d.model(), pr, d.pool().values(0), region));
                    }
                }
                PredictionQuality.Report r = PredictionQuality.report(rows);
                t.row(f.getFileName().toString(), region.toString(), Integer.toString(rows.size()), fmt(r.acc0()), fmt(r.acc1()),
                        fmt(r.rounding()), String.format(Locale.ROOT, "%.1f", r.meanFlips()),
                        String.format(Locale.ROOT, "%.0f%%", 100 * r.inside()));
            }
            PrintWriter w = spec.commandLine().getOut();
            w.println(t.render());
            w.flush();
            return CobaltCli.EXIT_OK;
        }
    }

    /** {@code coco bks}: best known values from batch results. */
    @Command(name = "bks", mixinStandardHelpOptions = true, showDefaultValues = true,
            description = {"Writes the best verified objective per instance over batch result files (and the best solution"
                    + " of the solution pools in the --pools folders, e.g. reference solves of the test instances) as"
                    + " name,bks CSV, the reference for cobalt compare --optima (primal gaps and integrals against the"
                    + " best known value)."},
            footerHeading = "%nExamples:%n",
            footer = {"  cobalt coco bks results/sc-*.jsonl --out results/sc-bks.csv",
                "  cobalt coco bks results/*.jsonl --pools data/coco/labels/sc/test --out results/bks.csv"})
    static final class BestKnown implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Parameters(arity = "0..*", paramLabel = "RESULTS", description = "Batch result files.")
        private List<Path> results = new ArrayList<>();
        @Option(names = "--pools", paramLabel = "FOLDER", description = "Folder of solution pools (*.pool), repeatable.")
        private List<Path> pools = new ArrayList<>();
        @Option(names = "--out", required = true, description = "CSV file to write.")
        private Path out;

        @Override
        public Integer call() throws IOException {
            if (results.isEmpty() && pools.isEmpty()) {
                throw CliFailure.usage("give batch result files, --pools folders or both");
            }
            Map<String, Double> best = BatchResults.bestKnown(results, pools);
            BatchResults.writeCsv(best, out);
            spec.commandLine().getOut().println("best known values of " + best.size() + " instances written to " + out);
            spec.commandLine().getOut().flush();
            return CobaltCli.EXIT_OK;
        }
    }
}
