package org.cobalt.neural.neur2ro;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.robust.milp.LinearExpr;

/**
 * Embeds trained networks in a MILP exactly. A ReLU unit {@code h = max(0, a)} whose
 * pre-activation {@code a} is known to lie in {@code [L, U]} becomes
 * <pre>
 *   U <= 0:        h = 0 (no variable)
 *   L >= 0:        h = a
 *   otherwise:     h >= a,  h >= 0,  h <= a - L (1 - z),  h <= U z,  z binary
 * </pre>
 * with the bounds from interval arithmetic over the variables' bounds, layer by layer (big-M
 * tightened by the exact structure below). Set encoders get two exact shortcuts that keep the
 * model small and its relaxation tight:
 * <ul>
 *   <li>an item whose features depend on one binary variable {@code v} has embedding
 *       {@code e(0) + v (e(1) - e(0))}, an affine function, so it needs no ReLU at all (the
 *       first-stage decision in the master problem);</li>
 *   <li>an item whose features do not depend on any variable is a constant.</li>
 * </ul>
 * The caller decides how far the embedded model reproduces the network: with the inputs fixed,
 * the only feasible values of the output expression are the forward pass (up to the engine's
 * feasibility tolerance), which the tests check.
 */
public final class NetworkEmbedding {

    /**
     * Tightens the big-M bounds of a ReLU unit beyond interval arithmetic (e.g. by LPs over the
     * model's relaxation). Returns {@code {lower, upper}} within the given ones, or null to keep them.
     */
    @FunctionalInterface
    public interface Tightener {
        double[] tighten(MilpModel.Builder b, LinearExpr pre, String name, double lower, double upper);
    }

    private final MilpModel.Builder b;
    private final String prefix;
    private Tightener tightener;
    private int binaries;
    private int units;
    private int stable;

    /**
     * @param b      the model under construction
     * @param prefix prefix of the names of added variables and rows
     */
    public NetworkEmbedding(MilpModel.Builder b, String prefix) {
        this.b = b;
        this.prefix = prefix;
    }

    /** Uses {@code t} for the units embedded from now on (null: interval arithmetic only). */
    public NetworkEmbedding tightener(Tightener t) {
        this.tightener = t;
        return this;
    }

    /** Binary variables added so far (one per unstable ReLU). */
    public int binaries() {
        return binaries;
    }

    /** ReLU units embedded so far (stable and unstable). */
    public int units() {
        return units;
    }

    /** Units whose sign was fixed by the bounds. */
    public int stableUnits() {
        return stable;
    }

    /**
     * Embeds {@code mlp} on affine inputs; returns the (linear) outputs as expressions.
     */
    public LinearExpr[] mlp(Mlp mlp, LinearExpr[] inputs, String tag) {
        if (inputs.length != mlp.inputSize()) {
            throw new IllegalArgumentException("network expects " + mlp.inputSize() + " inputs, got " + inputs.length);
        }
        LinearExpr[] h = inputs;
        for (int l = 0; l < mlp.layers(); l++) {
            LinearExpr[] next = new LinearExpr[mlp.size(l + 1)];
            boolean last = l == mlp.layers() - 1;
            for (int o = 0; o < next.length; o++) {
                LinearExpr pre = LinearExpr.constant(mlp.bias(l, o));
                for (int i = 0; i < h.length; i++) {
                    double w = mlp.weight(l, o, i);
                    if (w != 0) {
                        pre.add(h[i], w);
                    }
                }
                next[o] = last ? pre : relu(pre, tag + "_" + l + "_" + o);
            }
            h = next;
        }
        return h;
    }

    /** Embeds {@code mlp} on constant inputs: its forward pass as constant expressions. */
    public static LinearExpr[] constant(double[] values) {
        LinearExpr[] e = new LinearExpr[values.length];
        for (int k = 0; k < values.length; k++) {
            e[k] = LinearExpr.constant(values[k]);
        }
        return e;
    }

    /** {@code max(0, pre)} as an expression over a new variable (or a constant). */
    LinearExpr relu(LinearExpr pre, String name) {
        units++;
        pre = pre.merged();
        double lo = pre.lowerBound(b);
        double up = pre.upperBound(b);
        if (tightener != null && lo < 0 && up > 0 && pre.size() > 0) {
            double[] t = tightener.tighten(b, pre, prefix + name, lo, up);
            if (t != null) {
                lo = Math.max(lo, t[0]);
                up = Math.min(up, t[1]);
            }
        }
        if (up <= 0) {
            stable++;
            return LinearExpr.constant(0);
        }
        if (pre.size() == 0) {
            stable++;
            return LinearExpr.constant(Math.max(0, pre.constant()));
        }
        if (lo >= 0) {
            stable++;
            int h = b.addContinuous(prefix + name, lo, up, 0);
            new LinearExpr().add(h, 1).add(pre, -1).addEq(b, prefix + name + "_eq", 0);
            return new LinearExpr().add(h, 1);
        }
        int h = b.addContinuous(prefix + name, 0, up, 0);
        int z = b.addBinary(prefix + name + "_on", 0);
        binaries++;
        // h >= a
        new LinearExpr().add(h, 1).add(pre, -1).addGe(b, prefix + name + "_ge", 0);
        // h <= a - L (1 - z)  <=>  h - a - L z <= -L
        new LinearExpr().add(h, 1).add(pre, -1).add(z, -lo).addLe(b, prefix + name + "_le", -lo);
        // h <= U z
        new LinearExpr().add(h, 1).add(z, -up).addLe(b, prefix + name + "_off", 0);
        return new LinearExpr().add(h, 1);
    }

    /**
     * Embeds one set encoder branch, {@code post(pool_e embed(features_e))}, where the features
     * are the {@link SetInput} over the model variables {@code vars} (variable {@code k} of the
     * input is model variable {@code vars[k]}). Returns the branch's output expressions.
     */
    public LinearExpr[] setEncoder(Mlp embed, Mlp post, double poolFactor, SetInput input, int[] vars, String tag) {
        if (input.variables() != vars.length || input.features() != embed.inputSize()) {
            throw new IllegalArgumentException("set input does not match the variables or the network");
        }
        int out = embed.outputSize();
        LinearExpr[] pooled = new LinearExpr[out];
        for (int k = 0; k < out; k++) {
            pooled[k] = new LinearExpr();
        }
        for (int e = 0; e < input.elements(); e++) {
            int single = singleVariable(input, e);
            double[] base = base(input, e);
            if (input.terms(e) == 0) {
                double[] v = embed.forward(base);
                for (int k = 0; k < out; k++) {
                    pooled[k].addConstant(poolFactor * v[k]);
                }
            } else if (single >= 0 && !isBinary(vars[single]) && b.lower(vars[single]) > Double.NEGATIVE_INFINITY
                    && b.upper(vars[single]) < Double.POSITIVE_INFINITY) {
                LinearExpr[] v = piecewise(embed, input, e, single, vars[single], tag + "_e" + e);
                for (int k = 0; k < out; k++) {
                    pooled[k].add(v[k], poolFactor);
                }
            } else if (single >= 0 && isBinary(vars[single])) {
                double[] v0 = embed.forward(features(input, e, single, 0));
                double[] v1 = embed.forward(features(input, e, single, 1));
                for (int k = 0; k < out; k++) {
                    pooled[k].addConstant(poolFactor * v0[k]).add(vars[single], poolFactor * (v1[k] - v0[k]));
                }
            } else {
                LinearExpr[] f = new LinearExpr[input.features()];
                for (int d = 0; d < f.length; d++) {
                    f[d] = LinearExpr.constant(base[d]);
                }
                for (int t = 0; t < input.terms(e); t++) {
                    f[input.termFeature(e, t)].add(vars[input.termVariable(e, t)], input.termCoefficient(e, t));
                }
                LinearExpr[] v = mlp(embed, f, tag + "_e" + e);
                for (int k = 0; k < out; k++) {
                    pooled[k].add(v[k], poolFactor);
                }
            }
        }
        // Pooled expressions over the decision alone are short (one term per item) and their
        // interval bounds exact, so they feed the post network directly; others are pooled into
        // variables so later layers see short expressions.
        boolean direct = true;
        for (int k = 0; k < out; k++) {
            pooled[k] = pooled[k].merged();
            direct &= pooled[k].size() <= vars.length;
        }
        LinearExpr[] pooledVars = new LinearExpr[out];
        for (int k = 0; k < out; k++) {
            if (direct) {
                pooledVars[k] = pooled[k];
                continue;
            }
            double lo = pooled[k].lowerBound(b);
            double up = pooled[k].upperBound(b);
            if (pooled[k].size() == 0) {
                pooledVars[k] = pooled[k];
                continue;
            }
            int p = b.addContinuous(prefix + tag + "_pool_" + k, lo, up, 0);
            new LinearExpr().add(p, 1).add(pooled[k], -1).addEq(b, prefix + tag + "_pool_" + k + "_eq", 0);
            pooledVars[k] = new LinearExpr().add(p, 1);
        }
        LinearExpr[] emb = mlp(post, pooledVars, tag + "_post");
        LinearExpr[] result = new LinearExpr[emb.length];
        for (int k = 0; k < emb.length; k++) {
            if (emb[k].size() == 0) {
                result[k] = emb[k];
                continue;
            }
            int v = b.addContinuous(prefix + tag + "_out_" + k, emb[k].lowerBound(b), emb[k].upperBound(b), 0);
            new LinearExpr().add(v, 1).add(emb[k], -1).addEq(b, prefix + tag + "_out_" + k + "_eq", 0);
            result[k] = new LinearExpr().add(v, 1);
        }
        return result;
    }

    /**
     * An item whose features depend on one bounded continuous variable {@code v}: the embedding
     * is a piecewise-linear function of {@code v} with the breakpoints of {@link LineRegions},
     * modelled by the incremental formulation
     * {@code v = t_0 + sum_k d_k (t_{k+1} - t_k)}, {@code e = e(t_0) + sum_k d_k (e(t_{k+1}) - e(t_k))},
     * {@code 0 <= d_k <= 1}, {@code d_{k+1} <= z_k <= d_k}, {@code z_k} binary. This is exactly the
     * network on {@code [lo, hi]} and its LP relaxation is the convex hull of the function's graph,
     * far tighter than big-M ReLUs; it needs one binary per breakpoint instead of one per unstable unit.
     */
    private LinearExpr[] piecewise(Mlp embed, SetInput input, int e, int single, int var, String tag) {
        double lo = b.lower(var);
        double up = b.upper(var);
        double[] base = features(input, e, single, 0);
        double[] dir = features(input, e, single, 1);
        for (int d = 0; d < dir.length; d++) {
            dir[d] -= base[d];
        }
        double[] t = LineRegions.breakpoints(embed, base, dir, lo, up);
        int segments = t.length - 1;
        double[][] val = new double[t.length][];
        for (int k = 0; k < t.length; k++) {
            double[] f = base.clone();
            for (int d = 0; d < f.length; d++) {
                f[d] += t[k] * dir[d];
            }
            val[k] = embed.forward(f);
        }
        int out = embed.outputSize();
        LinearExpr[] result = new LinearExpr[out];
        for (int k = 0; k < out; k++) {
            result[k] = LinearExpr.constant(val[0][k]);
        }
        if (segments <= 0 || up <= lo) {
            return result;
        }
        if (segments == 1) {
            // affine on [lo, up]
            for (int k = 0; k < out; k++) {
                double slope = (val[1][k] - val[0][k]) / (t[1] - t[0]);
                result[k].addConstant(-slope * t[0]).add(var, slope);
            }
            return result;
        }
        LinearExpr link = new LinearExpr().add(var, 1);
        int previous = -1;
        for (int s = 0; s < segments; s++) {
            int d = b.addContinuous(prefix + tag + "_d" + s, 0, 1, 0);
            link.add(d, -(t[s + 1] - t[s]));
            for (int k = 0; k < out; k++) {
                result[k].add(d, val[s + 1][k] - val[s][k]);
            }
            if (previous >= 0) {
                int z = b.addBinary(prefix + tag + "_z" + (s - 1), 0);
                binaries++;
                new LinearExpr().add(d, 1).add(z, -1).addLe(b, prefix + tag + "_inc" + s, 0);
                new LinearExpr().add(z, 1).add(previous, -1).addLe(b, prefix + tag + "_ord" + s, 0);
            }
            previous = d;
        }
        link.addEq(b, prefix + tag + "_link", t[0]);
        units += embed.parameterCount() > 0 ? segments : 0;
        return result;
    }

    private boolean isBinary(int var) {
        return b.type(var).isIntegral() && b.lower(var) >= 0 && b.upper(var) <= 1;
    }

    private static int singleVariable(SetInput in, int e) {
        int v = -1;
        for (int t = 0; t < in.terms(e); t++) {
            int var = in.termVariable(e, t);
            if (v >= 0 && var != v) {
                return -1;
            }
            v = var;
        }
        return v;
    }

    private static double[] base(SetInput in, int e) {
        double[] f = new double[in.features()];
        for (int d = 0; d < f.length; d++) {
            f[d] = in.constant(e, d);
        }
        return f;
    }

    private static double[] features(SetInput in, int e, int var, double value) {
        double[] f = base(in, e);
        for (int t = 0; t < in.terms(e); t++) {
            if (in.termVariable(e, t) == var) {
                f[in.termFeature(e, t)] += in.termCoefficient(e, t) * value;
            }
        }
        return f;
    }

    /** Convenience: an expression for a single variable. */
    public static LinearExpr var(int v) {
        return new LinearExpr().add(v, 1);
    }
}
