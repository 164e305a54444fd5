package org.cobalt.submodular.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders run summaries as a Markdown table or CSV. */
public final class SummaryTable {

    private SummaryTable() {
    }

    /** A Markdown table, one row per run. */
    public static String markdown(List<RunSummary> runs) {
        StringBuilder b = new StringBuilder();
        b.append("| dataset | workload | algorithm | k | updates | calls/update | max calls | recompute calls | "
                + "fewer calls | value / lazy greedy | min ratio | us/update |\n");
        b.append("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (RunSummary s : runs) {
            RunLabel l = s.label();
            b.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %d | %.1f | %d | %.0f | %.1fx | %.3f | %.3f | %.1f |%n",
                    l.dataset(), l.workload(), l.algorithm(), l.k(), s.updates(), s.amortizedCalls(), s.maxUpdateCalls(),
                    s.meanReferenceCalls(), s.callReduction(), s.valueRatio(), s.minRatio(), s.microsPerUpdate()));
        }
        return b.toString();
    }

    /** CSV header of {@link #csv}. */
    public static final String CSV_HEADER = "dataset,workload,algorithm,k,eps,seed,updates,total_calls,calls_per_update,"
            + "max_update_calls,seconds,mean_value,reference_points,mean_value_at_reference,mean_reference,value_ratio,"
            + "mean_ratio,min_ratio,recompute_calls,call_reduction";

    /** One CSV row per run. */
    public static List<String> csv(List<RunSummary> runs) {
        List<String> lines = new ArrayList<>();
        lines.add(CSV_HEADER);
        for (RunSummary s : runs) {
            RunLabel l = s.label();
            lines.add(String.format(Locale.ROOT, "%s,%s,%s,%d,%s,%d,%d,%d,%.4f,%d,%.4f,%.4f,%d,%.4f,%.4f,%.5f,%.5f,%.5f,%.2f,%.2f",
                    l.dataset(), '"' + l.workload() + '"', l.algorithm(), l.k(), l.eps(), l.seed(), s.updates(), s.totalCalls(),
                    s.amortizedCalls(), s.maxUpdateCalls(), s.totalSeconds(), s.meanValue(), s.referencePoints(),
                    s.meanValueAtReference(), s.meanReference(), s.valueRatio(), s.meanRatio(), s.minRatio(),
                    s.meanReferenceCalls(), s.callReduction()));
        }
        return lines;
    }

    /** Writes {@link #csv} to a file (parent folders created). */
    public static void writeCsv(List<RunSummary> runs, Path path) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(path, csv(runs));
    }
}
