package org.cobalt.bench.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Writes a self-contained HTML report (charts embedded as PNG data URIs, no network needed). Table
 * cells use the same number formatting as the CSV files, so both show identical values.
 */
public final class HtmlReport {

    /** How many instances get a primal-bound-over-time chart by default. */
    public static final int DEFAULT_PRIMAL_PLOTS = 3;

    private HtmlReport() {
    }

    /**
     * @param comparisons  what to report
     * @param file         output HTML file
     * @param sources      the result files compared (listed in the header)
     * @param plotInstances instance names to draw primal curves for; empty picks the {@value #DEFAULT_PRIMAL_PLOTS}
     *                     with the widest time spread
     */
    public static void write(List<FamilyComparison> comparisons, Path file, List<Path> sources, Set<String> plotInstances)
            throws IOException {
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>cobalt solver comparison</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}")
                .append("table{border-collapse:collapse;margin:1em 0;font-size:13px}")
                .append("th,td{border:1px solid #ccc;padding:3px 7px;text-align:right}")
                .append("th{background:#f0f0f0}td.l,th.l{text-align:left}")
                .append(".bad{color:#b00;font-weight:bold}.ok{color:#070}")
                .append(".charts{display:flex;flex-wrap:wrap}img{border:1px solid #ddd;margin:6px}")
                .append("</style></head><body>\n");
        h.append("<h1>cobalt solver comparison</h1>\n<p>Generated ")
                .append(esc(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)))
                .append(" from ");
        for (int i = 0; i < sources.size(); i++) {
            h.append(i > 0 ? ", " : "").append("<code>").append(esc(sources.get(i).toString())).append("</code>");
        }
        h.append(". Times: shifted geometric means (shift 10 s; failed runs &mdash; errors, limits without a solution, rejected answers &mdash; count at the time limit). ")
                .append("Nodes: shift 100. Gap: primal gap of the final solution to the reference, in %. ")
                .append("Primal integral: seconds at gap 1 (Berthold 2013).</p>\n");
        for (FamilyComparison fc : comparisons) {
            family(h, fc, plotInstances);
        }
        h.append("<script>window.addEventListener('load',function(){var ok=0,imgs=document.images;")
                .append("for(var i=0;i<imgs.length;i++){if(imgs[i].complete&&imgs[i].naturalWidth>0)ok++;}")
                .append("document.body.setAttribute('data-charts-loaded',ok);")
                .append("document.body.setAttribute('data-charts-total',imgs.length);});</script>\n");
        h.append("</body></html>\n");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, h, StandardCharsets.UTF_8);
    }

    private static void family(StringBuilder h, FamilyComparison fc, Set<String> plotInstances) throws IOException {
        h.append("<h2>").append(esc(fc.family())).append(" &mdash; ").append(fc.rows().size()).append(" instances")
                .append(fc.baseline() != null ? ", baseline <code>" + esc(fc.baseline()) + "</code>" : "").append("</h2>\n");
        h.append("<table class=\"summary\"><tr><th class=\"l\">solver</th><th>runs</th><th>solved</th>")
                .append("<th>with solution</th><th>errors</th><th>verifier failures</th><th>optimum mismatches</th>")
                .append("<th>sgm time all [s]</th><th>sgm time common [s]</th><th>common</th><th>sgm nodes all</th>")
                .append("<th>sgm nodes common</th><th>mean gap %</th><th>median gap %</th><th>mean primal integral</th>")
                .append(fc.baseline() != null ? "<th>wins</th><th>ties</th><th>losses</th>" : "").append("</tr>\n");
        for (SolverSummary s : fc.summaries()) {
            h.append("<tr><td class=\"l\">").append(esc(s.solver())).append("</td>")
                    .append(td(s.runs())).append(td(s.solved())).append(td(s.withSolution()))
                    .append(bad(s.errors())).append(bad(s.verificationFailures())).append(bad(s.referenceMismatches()))
                    .append(td(s.sgmTimeAll())).append(td(s.sgmTimeCommon())).append(td(s.commonCount()))
                    .append(td(s.sgmNodesAll())).append(td(s.sgmNodesCommon())).append(td(s.meanGapPercent()))
                    .append(td(s.medianGapPercent())).append(td(s.meanPrimalIntegral()));
            if (fc.baseline() != null) {
                h.append(td(s.wins())).append(td(s.ties())).append(td(s.losses()));
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n<div class=\"charts\">\n");
        img(h, "performance profile " + fc.family(), Charts.performanceProfile(fc));
        if (fc.baseline() != null && fc.solvers().size() > 1) {
            img(h, "time scatter " + fc.family(), Charts.timeScatter(fc));
        }
        for (ProblemRow row : plotRows(fc, plotInstances)) {
            img(h, "primal bound " + row.instance(), Charts.primalOverTime(fc, row));
        }
        h.append("</div>\n<h3>Per instance</h3>\n<table class=\"instances\"><tr><th class=\"l\">instance</th>")
                .append("<th>seed</th><th>reference</th>");
        for (String s : fc.solvers()) {
            h.append("<th class=\"l\">").append(esc(s)).append(" status</th><th>objective</th><th>time [s]</th><th>nodes</th>");
        }
        h.append("</tr>\n");
        for (ProblemRow row : fc.rows()) {
            h.append("<tr><td class=\"l\">").append(esc(row.instance())).append("</td>").append(td(row.seed()))
                    .append("<td>").append(row.reference() == null ? "" : CsvReport.num(row.reference().value())
                            + " <small>" + esc(row.reference().kind()) + "</small>").append("</td>");
            for (String s : fc.solvers()) {
                Run r = row.runs().get(s);
                if (r == null) {
                    h.append("<td class=\"l\">&ndash;</td><td></td><td></td><td></td>");
                    continue;
                }
                boolean wrong = Boolean.FALSE.equals(r.verified()) || Boolean.FALSE.equals(r.referenceMatch());
                h.append("<td class=\"l").append(wrong ? " bad" : "").append("\">").append(esc(r.status()))
                        .append(wrong ? " (wrong)" : "").append("</td>").append(td(r.objective())).append(td(r.time()))
                        .append("<td>").append(r.nodes() < 0 ? "" : Long.toString(r.nodes())).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static List<ProblemRow> plotRows(FamilyComparison fc, Set<String> wanted) {
        List<ProblemRow> rows = new ArrayList<>();
        if (!wanted.isEmpty()) {
            for (ProblemRow r : fc.rows()) {
                if (wanted.contains(r.instance())) {
                    rows.add(r);
                }
            }
            return rows;
        }
        List<ProblemRow> candidates = new ArrayList<>(fc.rows());
        candidates.sort(Comparator.comparingDouble(HtmlReport::spread).reversed().thenComparing(ProblemRow::instance));
        return candidates.subList(0, Math.min(DEFAULT_PRIMAL_PLOTS, candidates.size()));
    }

    private static double spread(ProblemRow row) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (Run r : row.runs().values()) {
            lo = Math.min(lo, r.censoredTime());
            hi = Math.max(hi, r.censoredTime());
        }
        return hi - (Double.isInfinite(lo) ? 0 : lo);
    }

    private static void img(StringBuilder h, String alt, byte[] png) {
        h.append("<img alt=\"").append(esc(alt)).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png)).append("\">\n");
    }

    private static String td(double v) {
        return "<td>" + CsvReport.num(v) + "</td>";
    }

    private static String td(long v) {
        return "<td>" + v + "</td>";
    }

    private static String bad(int v) {
        return v == 0 ? "<td>0</td>" : "<td class=\"bad\">" + v + "</td>";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
