package org.cobalt.instances.robust;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import org.cobalt.core.problem.Problem;
import org.cobalt.instances.InstanceFormat;
import org.cobalt.instances.InstanceFormatException;

/**
 * The robust capital budgeting with loans files of Arslan and Detienne
 * (shared/data/robust/capital-budgeting-loans): first {@code N B C1 C2 lambda1 lambda2 f rho M},
 * then per project {@code pbar_i c_i Q_i1 ... Q_iM}. Files this class writes use {@code .rcl}.
 */
public final class CapitalBudgetingLoansFormat implements InstanceFormat {

    /** Projects and risk factors a file may declare. */
    public static final int MAX_ITEMS = 1_000_000;
    public static final int MAX_FACTORS = 10_000;

    @Override
    public String id() {
        return "robust-cb-loans";
    }

    @Override
    public List<String> extensions() {
        return List.of("rcl");
    }

    @Override
    public boolean probe(String head) {
        return NumberStream.probeShape(head, 9, 3, MAX_FACTORS + 2);
    }

    @Override
    public List<Problem> read(BufferedReader in, String source, String name) throws IOException {
        NumberStream s = new NumberStream(in, source);
        int n = s.integer("the number of projects N", 1, MAX_ITEMS);
        double budget = nonNegative(s, "the budget B");
        double c1 = nonNegative(s, "the first-stage loan amount C1");
        double c2 = nonNegative(s, "the second-stage loan amount C2");
        double l1 = nonNegative(s, "the first-stage loan cost");
        double l2 = nonNegative(s, "the second-stage loan cost");
        double f = s.number("the late-investment factor f");
        if (f < 0 || f > 1) {
            throw s.error("the late-investment factor must lie in [0, 1], got " + NumberStream.format(f));
        }
        double rho = s.number("the generator value rho");
        int m = s.integer("the number of risk factors M", 1, MAX_FACTORS);
        int cap = Math.min(n, 1024);
        double[] profit = new double[cap];
        double[] cost = new double[cap];
        double[][] q = new double[cap][];
        for (int i = 0; i < n; i++) {
            if (i == profit.length) {
                int grown = Math.min(n, 2 * i);
                profit = Arrays.copyOf(profit, grown);
                cost = Arrays.copyOf(cost, grown);
                q = Arrays.copyOf(q, grown);
            }
            profit[i] = s.number("the nominal profit of project " + (i + 1));
            cost[i] = nonNegative(s, "the cost of project " + (i + 1));
            q[i] = new double[m];
            for (int j = 0; j < m; j++) {
                q[i][j] = s.number("risk factor " + (j + 1) + " of project " + (i + 1));
            }
        }
        s.expectEnd();
        try {
            return List.of(new CapitalBudgetingLoansProblem(NumberStream.instanceName(source, name, "rcl"), budget,
                    c1, c2, l1, l2, f, rho, profit, cost, q));
        } catch (IllegalArgumentException e) {
            throw new InstanceFormatException(source, 0, e.getMessage());
        }
    }

    private static double nonNegative(NumberStream s, String what) throws IOException {
        double v = s.number(what);
        if (v < 0) {
            throw s.error(what + " must be >= 0, got " + NumberStream.format(v));
        }
        return v;
    }

    @Override
    public boolean canWrite(Problem problem) {
        return problem instanceof CapitalBudgetingLoansProblem;
    }

    @Override
    public void write(Problem problem, Writer out) throws IOException {
        if (!(problem instanceof CapitalBudgetingLoansProblem p)) {
            throw new IllegalArgumentException(id() + " writes capital budgeting with loans problems only, not " + problem);
        }
        StringBuilder b = new StringBuilder();
        b.append(p.size());
        for (double v : new double[] {p.budget(), p.firstLoan(), p.secondLoan(), p.firstLoanCost(),
                p.secondLoanCost(), p.lateFactor(), p.rho()}) {
            b.append(' ').append(NumberStream.format(v));
        }
        b.append(' ').append(p.factors()).append('\n');
        for (int i = 0; i < p.size(); i++) {
            b.append(' ').append(NumberStream.format(p.profit(i))).append(' ').append(NumberStream.format(p.cost(i)));
            for (int j = 0; j < p.factors(); j++) {
                b.append(' ').append(NumberStream.format(p.factor(i, j)));
            }
            b.append('\n');
        }
        out.write(b.toString());
    }
}
