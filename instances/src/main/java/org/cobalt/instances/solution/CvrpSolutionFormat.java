package org.cobalt.instances.solution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.solution.RoutesSolution;
import org.cobalt.instances.InstanceFormatException;
import org.cobalt.instances.tsplib.LineScanner;
import org.cobalt.instances.tsplib.NumberText;

/**
 * CVRPLIB solution files ({@code .sol}): lines {@code Route #1: 3 7 9} numbered 1, 2, ... and an
 * optional {@code Cost 27591}. Route entries are 0-based node indices, that is the node's id in the
 * {@code .vrp} file minus one; with the depot first (node 1, as in every CVRPLIB instance) customers
 * are numbered 1..n-1, which is the CVRPLIB convention. Every customer must appear exactly once and
 * no route may be empty or contain the depot; capacity and vehicle limits are left to the verifier.
 */
public final class CvrpSolutionFormat implements SolutionFormat<CvrpProblem, RoutesSolution> {

    private static final Pattern ROUTE = Pattern.compile("(?i)^route\\s*#\\s*(\\d{1,9})\\s*:(.*)$");
    private static final Pattern COST = Pattern.compile("(?i)^cost\\s*:?\\s*(\\S+)$");
    private static final int MAX_LISTED = 5;

    @Override
    public String id() {
        return "cvrplib-sol";
    }

    @Override
    public String extension() {
        return "sol";
    }

    @Override
    public Class<CvrpProblem> problemType() {
        return CvrpProblem.class;
    }

    @Override
    public Class<RoutesSolution> solutionType() {
        return RoutesSolution.class;
    }

    @Override
    public SolutionFile<RoutesSolution> read(CvrpProblem problem, BufferedReader in, String source) throws IOException {
        LineScanner sc = new LineScanner(in, source);
        int n = problem.size();
        int depot = problem.depot();
        long[] servedAt = new long[n];
        List<int[]> routes = new ArrayList<>();
        OptionalDouble cost = OptionalDouble.empty();
        long costLine = 0;
        String s;
        while ((s = sc.next()) != null) {
            String t = s.strip();
            if (t.isEmpty()) {
                continue;
            }
            Matcher r = ROUTE.matcher(t);
            if (r.matches()) {
                if (costLine > 0) {
                    throw sc.error("route after the Cost line (line " + costLine + ")");
                }
                int number = Integer.parseInt(r.group(1));
                if (number != routes.size() + 1) {
                    throw sc.error("expected Route #" + (routes.size() + 1) + ", got Route #" + number);
                }
                String[] ids = LineScanner.tokens(r.group(2));
                if (ids.length == 0) {
                    throw sc.error("Route #" + number + " is empty");
                }
                if (ids.length >= n) {
                    throw sc.error("Route #" + number + " lists " + ids.length + " nodes; the problem has " + (n - 1) + " customers");
                }
                int[] route = new int[ids.length];
                for (int k = 0; k < ids.length; k++) {
                    long v = sc.parseLong(ids[k], "customer");
                    if (v < 0 || v >= n) {
                        throw sc.error("customer " + v + " outside 0.." + (n - 1) + " (entries are node ids minus one)");
                    }
                    if (v == depot) {
                        throw sc.error("Route #" + number + " visits the depot " + v + " (routes list customers only)");
                    }
                    if (servedAt[(int) v] > 0) {
                        throw sc.error("customer " + v + " appears twice (first on line " + servedAt[(int) v] + ")");
                    }
                    servedAt[(int) v] = sc.line();
                    route[k] = (int) v;
                }
                routes.add(route);
                continue;
            }
            Matcher c = COST.matcher(t);
            if (c.matches()) {
                if (costLine > 0) {
                    throw sc.error("Cost given twice (first on line " + costLine + ")");
                }
                cost = OptionalDouble.of(sc.parseDouble(c.group(1), "Cost"));
                costLine = sc.line();
                continue;
            }
            throw sc.error("unexpected line '" + LineScanner.abbreviate(t) + "' (expected 'Route #k: ...' or 'Cost VALUE')");
        }
        if (routes.isEmpty()) {
            throw sc.error(0, "no 'Route #k:' lines");
        }
        List<Integer> missing = new ArrayList<>();
        int missingCount = 0;
        for (int v = 0; v < n; v++) {
            if (v != depot && servedAt[v] == 0) {
                missingCount++;
                if (missing.size() < MAX_LISTED) {
                    missing.add(v);
                }
            }
        }
        if (missingCount > 0) {
            throw sc.error(0, missingCount + " customer(s) in no route: " + missing + (missingCount > MAX_LISTED ? " ..." : ""));
        }
        return new SolutionFile<>(new RoutesSolution(routes.toArray(new int[0][])), cost);
    }

    @Override
    public void write(CvrpProblem problem, RoutesSolution solution, double objective, Writer out) throws IOException {
        int n = problem.size();
        boolean[] seen = new boolean[n];
        int served = 0;
        for (int r = 0; r < solution.routeCount(); r++) {
            int[] route = solution.route(r);
            if (route.length == 0) {
                throw new IllegalArgumentException("route " + (r + 1) + " is empty");
            }
            for (int v : route) {
                if (v < 0 || v >= n || v == problem.depot()) {
                    throw new IllegalArgumentException("route " + (r + 1) + " holds " + v + ", not a customer of 0.." + (n - 1));
                }
                if (seen[v]) {
                    throw new IllegalArgumentException("customer " + v + " appears twice");
                }
                seen[v] = true;
                served++;
            }
        }
        if (served != n - 1) {
            throw new IllegalArgumentException("the routes serve " + served + " of " + (n - 1) + " customers");
        }
        StringBuilder sb = new StringBuilder(256);
        for (int r = 0; r < solution.routeCount(); r++) {
            sb.setLength(0);
            sb.append("Route #").append(r + 1).append(':');
            for (int v : solution.route(r)) {
                sb.append(' ').append(v);
            }
            sb.append('\n');
            out.write(sb.toString());
        }
        if (Double.isFinite(objective)) {
            out.write("Cost " + NumberText.format(objective) + "\n");
        }
        out.flush();
    }
}
