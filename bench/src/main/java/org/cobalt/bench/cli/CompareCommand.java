package org.cobalt.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.cobalt.bench.compare.Comparison;
import org.cobalt.bench.compare.CsvReport;
import org.cobalt.bench.compare.FamilyComparison;
import org.cobalt.bench.compare.HtmlReport;
import org.cobalt.bench.compare.ObjectiveReference;
import org.cobalt.bench.compare.ReferenceSource;
import org.cobalt.bench.compare.Run;
import org.cobalt.bench.compare.RunReader;
import org.cobalt.bench.compare.SolverSummary;
import org.cobalt.bench.reference.ReferenceKind;
import org.cobalt.bench.reference.ReferenceValues;
import org.cobalt.bench.report.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cobalt compare}: metrics, CSV and an HTML report with charts from batch result files. */
@Command(name = "compare", mixinStandardHelpOptions = true, showDefaultValues = true, sortOptions = false,
        description = {"Compares the solvers in one or more batch result files (cobalt batch --out), per problem family:"
                + " solved counts, shifted geometric means of time (shift 10 s; failed runs count at the time limit)"
                + " and nodes (shift 100), over all instances and over those every solver solved; mean and median"
                + " primal gap to the known optimum or best known value; primal integral; Dolan-More performance"
                + " profiles; wins/ties/losses against a baseline; a per-instance table.",
                "",
                "Writes REPORT/summary.csv, REPORT/instances.csv, REPORT/profile.csv and REPORT/index.html (self-contained:"
                        + " charts embedded, viewable offline), and prints the summary.",
                "",
                "References: --optima FILE (MIPLIB .solu, CSV name,optimum / name,bks, or JSON-lines instance files),"
                        + " else those recorded by the batch, else the best verified objective among the runs."},
        footerHeading = "%nExamples:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:report written", "1:unreadable results or reference file", "2:usage error"},
        footer = {"  cobalt compare results/miplib3.jsonl --baseline scip --report results/miplib3-report",
            "  cobalt compare a.jsonl b.jsonl --optima data/miplib3.solu --report out --plot p0201,mas76"})
final class CompareCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "RESULTS", arity = "1..*", description = "Batch result files (JSON lines).")
    private List<Path> results = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "ID", description = "Solver to compare the others against (wins/ties/losses, time scatter).")
    private String baseline;

    @Option(names = "--optima", paramLabel = "FILE", description = "Known optima / best known values (.solu, .csv, .jsonl).")
    private Path optima;

    @Option(names = "--report", paramLabel = "DIR", defaultValue = "results/report", description = "Output folder.")
    private Path report;

    @Option(names = "--plot", paramLabel = "INSTANCE", split = ",",
            description = "Instances to draw primal-bound-over-time charts for (default: the "
                    + HtmlReport.DEFAULT_PRIMAL_PLOTS + " with the widest time spread per family).")
    private List<String> plot = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        for (Path f : results) {
            if (!Files.isRegularFile(f)) {
                throw new NoSuchFileException(f.toString());
            }
        }
        List<Run> runs = new RunReader().read(results);
        if (runs.isEmpty()) {
            throw CliFailure.failure("no result records in " + results);
        }
        ReferenceSource refs = ReferenceSource.NONE;
        if (optima != null) {
            ReferenceValues values = ReferenceValues.read(optima);
            refs = instance -> values.find(instance)
                    .filter(r -> r.kind() != ReferenceKind.INFEASIBLE)
                    .map(r -> new ObjectiveReference(r.value(), r.kind().id()))
                    .orElse(null);
        }
        if (baseline != null && runs.stream().noneMatch(r -> r.solver().equals(baseline))) {
            throw CliFailure.usage("--baseline " + baseline + " has no runs in " + results);
        }
        List<FamilyComparison> comparisons = Comparison.of(runs, baseline, refs);
        CsvReport.write(comparisons, report);
        Path html = report.resolve("index.html");
        HtmlReport.write(comparisons, html, results, new LinkedHashSet<>(plot));
        PrintWriter out = spec.commandLine().getOut();
        printSummary(comparisons, out);
        out.println("report: " + html.toAbsolutePath() + " (CSV files beside it)");
        out.flush();
        return CobaltCli.EXIT_OK;
    }

    /** Prints one text table per family: runs, solved, errors, wrong answers, means, gap, W/T/L. */
    static void printSummary(List<FamilyComparison> comparisons, PrintWriter out) {
        for (FamilyComparison fc : comparisons) {
            out.println(fc.family() + ": " + fc.rows().size() + " instances"
                    + (fc.baseline() == null ? "" : ", baseline " + fc.baseline()));
            TextTable t = new TextTable().left("solver").right("runs").right("solved").right("errors")
                    .right("wrong").right("sgm time").right("sgm time common").right("sgm nodes").right("mean gap %");
            if (fc.baseline() != null) {
                t.right("W/T/L");
            }
            for (SolverSummary s : fc.summaries()) {
                List<String> cells = new ArrayList<>(List.of(s.solver(), Integer.toString(s.runs()), Integer.toString(s.solved()),
                        Integer.toString(s.errors()), Integer.toString(s.verificationFailures() + s.referenceMismatches()),
                        CsvReport.format(s.sgmTimeAll()), CsvReport.format(s.sgmTimeCommon()), CsvReport.format(s.sgmNodesAll()),
                        CsvReport.format(s.meanGapPercent())));
                if (fc.baseline() != null) {
                    cells.add(s.solver().equals(fc.baseline()) ? "-" : s.wins() + "/" + s.ties() + "/" + s.losses());
                }
                t.row(cells.toArray(String[]::new));
            }
            out.println(t.render());
        }
    }
}
