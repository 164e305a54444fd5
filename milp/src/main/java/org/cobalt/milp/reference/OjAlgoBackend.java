package org.cobalt.milp.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleConsumer;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.milp.SparseMatrix;
import org.cobalt.core.solver.SolveOptions;
import org.ojalgo.netio.BasicLogger;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerSolver;
import org.ojalgo.optimisation.integer.IntegerStrategy;
import org.ojalgo.type.context.NumberContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ojAlgo's {@link ExpressionsBasedModel} (pure Java simplex and branch-and-bound). The relative
 * gap becomes the integer strategy's gap tolerance (ojAlgo's default is 1e-4; gap 0 maps to about
 * 1e-9), threads its parallelism, the time limit {@code options.time_abort}. ojAlgo has no interrupt
 * call; lowering {@code time_abort} to zero from the watchdog stops it at its next check. It
 * takes no warm start. Its results are checked like every backend's and never trusted.
 */
final class OjAlgoBackend implements Backend {

    private static final Logger LOG = LoggerFactory.getLogger(OjAlgoBackend.class);

    /** Cobalt switch: turn ojAlgo's progress log into NewIncumbent events. */
    static final String EVENTS = "events";

    @Override
    public String id() {
        return "ojalgo";
    }

    @Override
    public String unavailableReason() {
        return null;
    }

    @Override
    public String version() {
        String v = ExpressionsBasedModel.class.getPackage().getImplementationVersion();
        return "ojAlgo " + (v == null ? "(unknown version)" : v);
    }

    @Override
    public boolean lpOnly() {
        return false;
    }

    @Override
    public boolean usesWarmStart() {
        // measured: ojAlgo 57.1 does not take variable values as a MIP start (a verified
        // objective-0 start on a planted instance still ended at 26)
        return false;
    }

    @Override
    public Set<String> ownParameters() {
        return Set.of(EVENTS);
    }

    @Override
    public boolean isNativeParameter(String name) {
        return false;
    }

    @Override
    public String nativeParameterHint() {
        return "ojalgo takes no engine parameters; cobalt's switches are ojalgo.events and ojalgo.probe";
    }

    @Override
    public List<String> ignoredOptions(SolveOptions options, boolean hasWarmStart) {
        List<String> notes = new ArrayList<>();
        if (options.nodeLimit() != Long.MAX_VALUE) {
            notes.add("node limit ignored (ojAlgo has none)");
        }
        if (options.iterationLimit() != Long.MAX_VALUE) {
            notes.add("iteration limit ignored (ojAlgo's limit would cut simplex and branch-and-bound alike)");
        }
        if (options.seed() != 0) {
            notes.add("seed ignored (ojAlgo takes none)");
        }
        if (hasWarmStart) {
            notes.add("warm start ignored (ojAlgo's ExpressionsBasedModel takes no MIP start)");
        }
        return notes;
    }

    /**
     * ojAlgo's gap tolerance for a relative gap: {@code NumberContext} precision p means a relative
     * tolerance of 10^(1-p); scale s an absolute one of about 10^-s.
     */
    static NumberContext gapTolerance(double relativeGap, double absoluteGap) {
        int precision = relativeGap > 0 ? clamp(1 + (int) Math.round(-Math.log10(relativeGap)), 2, 15) : 10;
        int scale = absoluteGap > 0 ? clamp((int) Math.round(-Math.log10(absoluteGap)), 0, 15) : 9;
        return NumberContext.of(precision, scale);
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    @Override
    public BackendRun prepare(RunRequest request) {
        MilpModel m = request.model();
        SolveOptions o = request.options();
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        int n = m.numVariables();
        Variable[] vars = new Variable[n];
        for (int j = 0; j < n; j++) {
            boolean integer = m.isIntegral(j) && !request.relax();
            double lb = integer ? ModelChecks.integerLower(m.lower(j)) : m.lower(j);
            double ub = integer ? ModelChecks.integerUpper(m.upper(j)) : m.upper(j);
            Variable v = model.newVariable(m.variableName(j));
            if (lb != Double.NEGATIVE_INFINITY) {
                v.lower(lb);
            }
            if (ub != Double.POSITIVE_INFINITY) {
                v.upper(ub);
            }
            v.integer(integer);
            if (request.withObjective() && m.cost(j) != 0.0) {
                v.weight(m.cost(j));
            }
            vars[j] = v;
        }
        SparseMatrix a = m.matrix();
        for (int i = 0; i < m.numRows(); i++) {
            if (ModelChecks.isSkippable(m, i)) {
                continue;
            }
            Expression e = model.newExpression(m.rowName(i));
            for (int k = a.rowStart(i); k < a.rowEnd(i); k++) {
                e.set(vars[a.rowColumn(k)], a.rowValue(k));
            }
            double lo = m.rowLower(i);
            double up = m.rowUpper(i);
            if (lo != Double.NEGATIVE_INFINITY) {
                e.lower(lo);
            }
            if (up != Double.POSITIVE_INFINITY) {
                e.upper(up);
            }
        }
        Optimisation.Options opts = model.options;
        opts.time_abort = Double.isFinite(request.timeLimitSeconds())
                ? Math.max(1L, (long) Math.ceil(request.timeLimitSeconds() * 1000)) : Long.MAX_VALUE;
        opts.integer(IntegerStrategy.DEFAULT.withParallelism(o::threads)
                .withGapTolerance(gapTolerance(o.relativeGap(), o.absoluteGap())));
        double constant = request.withObjective() ? m.objectiveConstant() : 0.0;
        OjAlgoProgressLog log = null;
        boolean events = request.parameters().flag(EVENTS, true) && request.incumbents() != null;
        if ((events || o.verbose()) && !request.relax() && !m.isLp()) {
            DoubleConsumer sink = events ? value -> request.incumbents().accept(value + constant) : value -> { };
            log = new OjAlgoProgressLog(sink, o.verbose() ? line -> LOG.info("ojalgo: {}", line) : line -> { });
            opts.progress(IntegerSolver.class);
            opts.logger_appender = new BasicLogger.BasicWriter(log);
        }
        return new OjAlgoRun(model, m.sense(), constant, n, log);
    }

    /** One ojAlgo solve. */
    private static final class OjAlgoRun implements BackendRun {

        private final ExpressionsBasedModel model;
        private final ObjectiveSense sense;
        private final double constant;
        private final int n;
        private final OjAlgoProgressLog log;
        private volatile BackendOutcome outcome;

        OjAlgoRun(ExpressionsBasedModel model, ObjectiveSense sense, double constant, int n, OjAlgoProgressLog log) {
            this.model = model;
            this.sense = sense;
            this.constant = constant;
            this.n = n;
            this.log = log;
        }

        @Override
        public void run() {
            Optimisation.Result r = sense == ObjectiveSense.MAXIMIZE ? model.maximise() : model.minimise();
            if (log != null) {
                log.flush();
            }
            Optimisation.State state = r.getState();
            BackendOutcome.Kind kind = switch (state) {
                case OPTIMAL, DISTINCT -> BackendOutcome.Kind.OPTIMAL;
                case FEASIBLE, APPROXIMATE -> BackendOutcome.Kind.FEASIBLE;
                case INFEASIBLE -> BackendOutcome.Kind.INFEASIBLE;
                case UNBOUNDED -> BackendOutcome.Kind.UNBOUNDED;
                case INVALID -> BackendOutcome.Kind.INVALID;
                default -> BackendOutcome.Kind.ABNORMAL;
            };
            double[] values = null;
            double objective = Double.NaN;
            if ((kind == BackendOutcome.Kind.OPTIMAL || kind == BackendOutcome.Kind.FEASIBLE) && r.size() == n) {
                values = new double[n];
                for (int j = 0; j < n; j++) {
                    values[j] = r.doubleValue(j);
                }
                objective = r.getValue() + constant;
            }
            long nodes = log == null ? -1 : log.iterations();
            outcome = new BackendOutcome(kind, objective, Double.NaN, values, nodes, -1, state.name());
            model.dispose();
        }

        @Override
        public boolean interrupt() {
            // no interrupt call: ojAlgo re-reads its time limit at every iteration check
            model.options.time_abort = 0L;
            return true;
        }

        @Override
        public BackendOutcome outcome() {
            return outcome;
        }

        @Override
        public void release() {
            model.dispose();
        }
    }
}
