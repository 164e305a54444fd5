package org.cobalt.instances.robust;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.cobalt.core.problem.Problem;
import org.cobalt.instances.InstanceFormat;
import org.cobalt.instances.InstanceFormatException;

/**
 * The two-stage robust knapsack files of Arslan and Detienne (shared/data/robust/knapsack): first
 * {@code n C Gamma}, then per item {@code pbar_i phat_i t_i c_i f_i}, all whitespace-separated.
 * The public files have no extension (and dots in their names, which are kept in the instance
 * name); files this class writes use {@code .rkp}.
 */
public final class RobustKnapsackFormat implements InstanceFormat {

    /** Items a file may declare; far above the public sets (80). */
    public static final int MAX_ITEMS = 1_000_000;

    @Override
    public String id() {
        return "robust-knapsack";
    }

    @Override
    public List<String> extensions() {
        return List.of("rkp");
    }

    @Override
    public boolean probe(String head) {
        return NumberStream.probeShape(head, 3, 5, 5);
    }

    @Override
    public List<Problem> read(BufferedReader in, String source, String name) throws IOException {
        NumberStream s = new NumberStream(in, source);
        int n = s.integer("the number of items", 1, MAX_ITEMS);
        double capacity = s.number("the capacity");
        if (capacity < 0) {
            throw s.error("the capacity must be >= 0, got " + NumberStream.format(capacity));
        }
        double gamma = s.number("the uncertainty budget Gamma");
        if (gamma < 0 || gamma > n) {
            throw s.error("Gamma must lie in [0, " + n + "], got " + NumberStream.format(gamma));
        }
        // Arrays grow with the data, so a huge declared n in a short file costs nothing.
        double[][] cols = new double[5][Math.min(n, 1024)];
        String[] what = {"nominal profit", "profit degradation", "repair weight", "weight", "outsourcing cost"};
        for (int i = 0; i < n; i++) {
            if (i == cols[0].length) {
                for (int k = 0; k < 5; k++) {
                    cols[k] = java.util.Arrays.copyOf(cols[k], Math.min(n, 2 * i));
                }
            }
            for (int k = 0; k < 5; k++) {
                double v = s.number(what[k] + " of item " + (i + 1));
                if (k > 0 && v < 0) {
                    throw s.error(what[k] + " of item " + (i + 1) + " must be >= 0, got " + NumberStream.format(v));
                }
                cols[k][i] = v;
            }
        }
        s.expectEnd();
        try {
            return List.of(new RobustKnapsackProblem(NumberStream.instanceName(source, name, "rkp"), capacity, gamma,
                    cols[0], cols[1], cols[2], cols[3], cols[4]));
        } catch (IllegalArgumentException e) {
            throw new InstanceFormatException(source, 0, e.getMessage());
        }
    }

    @Override
    public boolean canWrite(Problem problem) {
        return problem instanceof RobustKnapsackProblem;
    }

    @Override
    public void write(Problem problem, Writer out) throws IOException {
        if (!(problem instanceof RobustKnapsackProblem p)) {
            throw new IllegalArgumentException(id() + " writes robust knapsack problems only, not " + problem);
        }
        StringBuilder b = new StringBuilder();
        b.append(p.size()).append(' ').append(NumberStream.format(p.capacity())).append(' ')
                .append(NumberStream.format(p.gamma())).append('\n');
        for (int i = 0; i < p.size(); i++) {
            b.append(' ').append(NumberStream.format(p.nominalProfit(i)))
                    .append(' ').append(NumberStream.format(p.degradation(i)))
                    .append(' ').append(NumberStream.format(p.repairWeight(i)))
                    .append(' ').append(NumberStream.format(p.weight(i)))
                    .append(' ').append(NumberStream.format(p.outsourcingCost(i))).append('\n');
        }
        out.write(b.toString());
    }
}
