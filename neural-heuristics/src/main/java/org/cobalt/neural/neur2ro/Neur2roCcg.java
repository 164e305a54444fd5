package org.cobalt.neural.neur2ro;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.robust.Deadline;
import org.cobalt.robust.milp.LinearExpr;
import org.cobalt.robust.milp.MilpSolve;
import org.cobalt.robust.model.TwoStageModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neur2RO's column-and-constraint generation (Dumouchelle et al., ICLR 2024) with the trained
 * value network embedded exactly in both MILPs ({@link NetworkEmbedding}).
 * <ul>
 *   <li><b>Master</b> over the first stage {@code x} and the scenarios {@code xi_1..xi_S} found so
 *       far. The network's prediction {@code NN(x, xi_s)} is a MILP expression of {@code x} (the
 *       scenario embeddings are constants). With {@link Neur2roConfig.Objective#ARGMAX} binaries
 *       {@code sigma_s} select the scenario of largest prediction ({@code a >= NN_s},
 *       {@code a <= NN_s + M (1 - sigma_s)}, {@code sum sigma = 1}) and the master minimises the true
 *       cost {@code F(x, xi_s, y)} of that scenario over one recourse copy {@code y}; with
 *       {@link Neur2roConfig.Objective#VALUE} it minimises {@code max_s NN_s}.</li>
 *   <li><b>Adversary</b> for the master's {@code x}: {@code max_{xi in Xi} NN(x, xi)}, with the
 *       scenario set encoder embedded by ReLU big-M constraints.</li>
 * </ul>
 * It stops when the adversary's value does not exceed the master's largest prediction by more
 * than the tolerance, when the adversary repeats a scenario, or at the iteration or time limit;
 * the last master decision is returned. The caller evaluates it exactly.
 */
public final class Neur2roCcg {

    private static final Logger LOG = LoggerFactory.getLogger(Neur2roCcg.class);

    private final Neur2roModel model;
    private final Neur2roConfig config;
    private final MilpSolve engines;

    public Neur2roCcg(Neur2roModel model, Neur2roConfig config, MilpSolve engines) {
        this.model = model;
        this.config = config;
        this.engines = engines;
    }

    public Neur2roResult solve(TwoStageModel problem, Deadline deadline) {
        long t0 = System.nanoTime();
        Neur2roModel.Inputs in = model.inputs(Neur2roFeatures.of(problem.problem()));
        SetEncoderNetwork net = model.network();
        List<double[]> scenarios = new ArrayList<>();
        List<double[]> embeddings = new ArrayList<>();
        double[] first = problem.nominalScenario();
        scenarios.add(first);
        embeddings.add(net.embedScenario(in.scenario().evaluate(first)));
        boolean[] decision = null;
        double predicted = Double.NaN;
        double masterSeconds = 0;
        double adversarySeconds = 0;
        int iterations = 0;
        int binaries = 0;
        boolean converged = false;
        String message = "iteration limit";
        LpTightener tightener = new LpTightener(name -> name.contains("_post_"), engines);
        while (iterations < config.maxIterations()) {
            if (deadline.expired()) {
                message = "time limit";
                break;
            }
            iterations++;
            Master master = master(problem, in, scenarios, embeddings);
            binaries = master.binaries;
            MilpSolve.Outcome mo = engines.solve(master.model, Math.min(config.subproblemSeconds(), deadline.remainingSeconds()),
                    config.masterGap());
            masterSeconds += mo.seconds();
            if (!mo.hasSolution()) {
                message = "master " + mo.status() + " (" + mo.message() + ")";
                break;
            }
            decision = new boolean[master.x.length];
            double[] xv = new double[master.x.length];
            for (int i = 0; i < xv.length; i++) {
                decision[i] = mo.values()[master.x[i]] > 0.5;
                xv[i] = decision[i] ? 1 : 0;
            }
            // the network's own view of the decision over the scenarios so far (exact forward pass)
            double[] dEmb = net.embedDecision(in.decision().evaluate(xv));
            double best = Double.NEGATIVE_INFINITY;
            for (double[] e : embeddings) {
                best = Math.max(best, net.value(dEmb, e));
            }
            predicted = best * in.labelScale();
            if (deadline.expired()) {
                message = "time limit";
                break;
            }
            Adversary adv = adversary(problem, in, dEmb, tightener);
            MilpSolve.Outcome ao = engines.solve(adv.model, Math.min(config.subproblemSeconds(), deadline.remainingSeconds()),
                    config.adversaryGap());
            adversarySeconds += ao.seconds();
            if (!ao.hasSolution()) {
                message = "adversary " + ao.status() + " (" + ao.message() + ")";
                break;
            }
            double[] xi = new double[adv.xi.length];
            for (int j = 0; j < xi.length; j++) {
                xi[j] = snap(ao.values()[adv.xi[j]], problem.uncertainty().lower(j), problem.uncertainty().upper(j));
            }
            double[] emb = net.embedScenario(in.scenario().evaluate(xi));
            double advValue = net.value(dEmb, emb);
            LOG.debug("neur2ro round {}: master {} ({} s, {} binaries), predicted worst {}, adversary {} ({} s)",
                    iterations, mo.objective(), mo.seconds(), binaries, best, advValue, ao.seconds());
            if (advValue - best <= config.tolerance() * Math.max(1e-9, Math.abs(advValue))) {
                converged = true;
                message = "adversary found no worse scenario";
                break;
            }
            if (containsScenario(scenarios, xi)) {
                converged = true;
                message = "adversary repeated a scenario";
                break;
            }
            scenarios.add(xi);
            embeddings.add(emb);
        }
        return new Neur2roResult(decision, predicted, iterations, List.copyOf(scenarios), converged, masterSeconds,
                adversarySeconds, (System.nanoTime() - t0) / 1e9, binaries, message);
    }

    private record Master(MilpModel model, int[] x, int binaries) {
    }

    private record Adversary(MilpModel model, int[] xi) {
    }

    private Master master(TwoStageModel problem, Neur2roModel.Inputs in, List<double[]> scenarios, List<double[]> embeddings) {
        SetEncoderNetwork net = model.network();
        MilpModel.Builder b = MilpModel.builder("neur2ro-master").sense(ObjectiveSense.MINIMIZE);
        int[] x = problem.addFirstStage(b);
        NetworkEmbedding emb = new NetworkEmbedding(b, "nn_");
        LinearExpr[] dEmb = emb.setEncoder(net.xEmbed(), net.xPost(), net.poolFactor(in.decision().elements()),
                in.decision(), x, "x");
        List<LinearExpr> preds = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            LinearExpr[] input = new LinearExpr[dEmb.length + embeddings.get(s).length];
            System.arraycopy(dEmb, 0, input, 0, dEmb.length);
            System.arraycopy(NetworkEmbedding.constant(embeddings.get(s)), 0, input, dEmb.length, embeddings.get(s).length);
            LinearExpr out = emb.mlp(net.value(), input, "v" + s)[0];
            int p = b.addContinuous("pred_" + s, out.lowerBound(b), out.upperBound(b), 0);
            new LinearExpr().add(p, 1).add(out, -1).addEq(b, "pred_" + s + "_eq", 0);
            preds.add(new LinearExpr().add(p, 1));
        }
        int extra = 0;
        if (config.objective() == Neur2roConfig.Objective.VALUE) {
            int theta = b.addContinuous("theta", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1);
            double lo = Double.NEGATIVE_INFINITY;
            for (int s = 0; s < preds.size(); s++) {
                LinearExpr scaled = preds.get(s).copy();
                LinearExpr cost = new LinearExpr().add(scaled, in.labelScale());
                lo = Math.max(lo, cost.lowerBound(b));
                new LinearExpr().add(theta, 1).add(cost, -1).addGe(b, "theta_" + s, 0);
            }
            b.setBounds(theta, lo, Double.POSITIVE_INFINITY);
        } else {
            int[] y = problem.addRecourse(b, x, "y");
            double predUp = Double.NEGATIVE_INFINITY;
            double predLo = Double.POSITIVE_INFINITY;
            for (LinearExpr p : preds) {
                predUp = Math.max(predUp, p.upperBound(b));
                predLo = Math.min(predLo, p.lowerBound(b));
            }
            int a = b.addContinuous("argmax", predLo, predUp, 0);
            int[] sigma = new int[preds.size()];
            LinearExpr pick = new LinearExpr();
            List<LinearExpr> costs = new ArrayList<>();
            for (int s = 0; s < preds.size(); s++) {
                sigma[s] = b.addBinary("sigma_" + s, 0);
                extra++;
                pick.add(sigma[s], 1);
                new LinearExpr().add(a, 1).add(preds.get(s), -1).addGe(b, "argmax_ge_" + s, 0);
                double big = predUp - preds.get(s).lowerBound(b);
                new LinearExpr().add(a, 1).add(preds.get(s), -1).add(sigma[s], big).addLe(b, "argmax_le_" + s, big);
                costs.add(problem.linkScenario(b, x, y, scenarios.get(s), sigma[s], "s" + s));
            }
            pick.addEq(b, "argmax_one", 1);
            double thetaLo = Double.POSITIVE_INFINITY;
            double thetaUp = Double.NEGATIVE_INFINITY;
            for (LinearExpr c : costs) {
                thetaLo = Math.min(thetaLo, c.lowerBound(b));
                thetaUp = Math.max(thetaUp, c.upperBound(b));
            }
            int theta = b.addContinuous("theta", thetaLo, thetaUp, 1);
            for (int s = 0; s < costs.size(); s++) {
                // theta >= F_s - M (1 - sigma_s)
                double big = costs.get(s).upperBound(b) - thetaLo;
                new LinearExpr().add(theta, 1).add(costs.get(s), -1).add(sigma[s], -big).addGe(b, "theta_" + s, -big);
            }
        }
        int problemBinaries = 0;
        for (int j = 0; j < b.numVariables(); j++) {
            if (b.type(j).isIntegral()) {
                problemBinaries++;
            }
        }
        return new Master(b.build(), x, problemBinaries);
    }

    private Adversary adversary(TwoStageModel problem, Neur2roModel.Inputs in, double[] decisionEmbedding,
                                LpTightener tightener) {
        SetEncoderNetwork net = model.network();
        MilpModel.Builder b = MilpModel.builder("neur2ro-adversary").sense(ObjectiveSense.MAXIMIZE);
        int[] xi = problem.uncertainty().addTo(b, "xi");
        NetworkEmbedding emb = new NetworkEmbedding(b, "nn_").tightener(tightener);
        LinearExpr[] sEmb = emb.setEncoder(net.xiEmbed(), net.xiPost(), net.poolFactor(in.scenario().elements()),
                in.scenario(), xi, "xi");
        LinearExpr[] input = new LinearExpr[decisionEmbedding.length + sEmb.length];
        System.arraycopy(NetworkEmbedding.constant(decisionEmbedding), 0, input, 0, decisionEmbedding.length);
        System.arraycopy(sEmb, 0, input, decisionEmbedding.length, sEmb.length);
        LinearExpr out = emb.mlp(net.value(), input, "v")[0];
        out.setAsObjective(b);
        return new Adversary(b.build(), xi);
    }

    /** Engine values within 1e-6 of a bound are put on it, as scenario values are compared and reused. */
    private static double snap(double v, double lo, double hi) {
        if (Math.abs(v - lo) < 1e-6) {
            return lo;
        }
        if (Math.abs(v - hi) < 1e-6) {
            return hi;
        }
        return Math.min(hi, Math.max(lo, v));
    }

    private static boolean containsScenario(List<double[]> list, double[] xi) {
        for (double[] s : list) {
            double d = 0;
            for (int j = 0; j < xi.length; j++) {
                d += Math.abs(s[j] - xi[j]);
            }
            if (d < 1e-3) {
                return true;
            }
        }
        return false;
    }
}
