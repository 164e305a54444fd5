package org.cobalt.neural.udc.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cobalt.neural.nn.FeatureSchema;
import org.cobalt.neural.nn.Linear;
import org.cobalt.neural.nn.NeuralModel;
import org.cobalt.neural.nn.Parameter;
import org.cobalt.neural.nn.PointerDecoder;
import org.cobalt.neural.nn.TensorOps;
import org.cobalt.neural.nn.TransformerEncoder;

/**
 * UDC's conquer policy for open paths with fixed ends (the shortest Hamiltonian path problem between
 * two given nodes), in the attention-model family (Kool et al. 2019) with the distance bias of ICAM,
 * which UDC's TSP conquer uses:
 * <ul>
 *   <li>encoder: linear embedding of (x, y, endpoint flag), then a masked {@link TransformerEncoder};</li>
 *   <li>decoder step: query = W<sub>c</sub>·h<sub>current</sub> + W<sub>t</sub>·h<sub>target</sub>,
 *       a multi-head glimpse over the selectable nodes, then single-head pointer logits
 *       {@code C·tanh(q·k/√d) − α·log2(m)·dist(current, j)} with a learned α, masked to the
 *       selectable nodes.</li>
 * </ul>
 * The glimpse and pointer keys and values are computed once per sub-problem and shared by all its
 * rollouts ({@link #decoder}); a decoding step then costs O(rollouts · m · d). The two decoding
 * directions (first end → last end and back) share one encoding because both ends carry the same flag.
 */
public final class PathPolicy implements NeuralModel<PathStep> {

    /** Architecture name in model files. */
    public static final String ARCHITECTURE = "udc-path-policy";
    private final PathPolicyConfig config;
    private final Linear embed;
    private final TransformerEncoder encoder;
    private final Linear queryCurrent;
    private final Linear queryTarget;
    private final Linear glimpseKey;
    private final Linear glimpseValue;
    private final Linear glimpseOut;
    private final Linear pointerQuery;
    private final Linear pointerKey;
    private final Parameter distanceBias;

    /** A freshly initialised policy. */
    public PathPolicy(PathPolicyConfig config, long seed) {
        this.config = config;
        SplittableRandom rng = new SplittableRandom(seed);
        int d = config.dim();
        embed = new Linear("embedding", PathBatch.FEATURES, d, true, rng);
        encoder = new TransformerEncoder("encoder", config.layers(), d, config.heads(), config.feedForward(), rng);
        queryCurrent = new Linear("decoder.query_current", d, d, false, rng);
        queryTarget = new Linear("decoder.query_target", d, d, false, rng);
        glimpseKey = new Linear("decoder.glimpse_k", d, d, false, rng);
        glimpseValue = new Linear("decoder.glimpse_v", d, d, false, rng);
        glimpseOut = new Linear("decoder.glimpse_o", d, d, true, rng);
        pointerQuery = new Linear("decoder.pointer_q", d, d, false, rng);
        pointerKey = new Linear("decoder.pointer_k", d, d, false, rng);
        distanceBias = new Parameter("decoder.distance_bias", new int[] {1, 1}, new float[] {config.distanceBiasInit()},
                true);
    }

    @Override
    public String architecture() {
        return ARCHITECTURE;
    }

    @Override
    public PathPolicyConfig config() {
        return config;
    }

    @Override
    public FeatureSchema features() {
        return FeatureSchema.of("node", PathBatch.FEATURES);
    }

    /** The encoded nodes of a batch: [batch, nodes, dim]. */
    public <T> T encode(TensorOps<T> ops, PathBatch batch) {
        T x = embed.forward(ops, ops.input(batch.features(), batch.batch(), batch.nodes(), PathBatch.FEATURES));
        T h = encoder.forward(ops, x, ops.input(batch.valid(), batch.batch(), batch.nodes()));
        ops.release(x);
        return h;
    }

    /**
     * Precomputes what every decoding step of a set of rollouts needs.
     *
     * @param encoded {@link #encode} of {@code batch}
     * @param owner   sub-problem of each rollout
     * @param target  local index of the end each rollout must finish at
     */
    public <T> Decoder<T> decoder(TensorOps<T> ops, PathBatch batch, T encoded, int[] owner, int[] target) {
        return new Decoder<>(ops, batch, encoded, owner, target);
    }

    /** The per-step part of the decoder for a fixed set of rollouts. */
    public final class Decoder<T> {

        private final TensorOps<T> ops;
        private final PathBatch batch;
        private final int[] owner;
        private final int rollouts;
        private final int m;
        private final T flat;
        private final T glimpseK;
        private final T glimpseV;
        private final T pointerK;
        private final T targetQuery;

        private Decoder(TensorOps<T> ops, PathBatch batch, T encoded, int[] owner, int[] target) {
            if (owner.length != target.length) {
                throw new IllegalArgumentException("one target per rollout");
            }
            this.ops = ops;
            this.batch = batch;
            this.owner = owner.clone();
            this.rollouts = owner.length;
            this.m = batch.nodes();
            int d = config.dim();
            int b = batch.batch();
            this.flat = ops.reshape(encoded, b * m, d);
            T ownerIndex = ops.indices(owner);
            this.glimpseK = ops.splitHeads(perRollout(glimpseKey.forward(ops, encoded), ownerIndex), config.heads());
            this.glimpseV = ops.splitHeads(perRollout(glimpseValue.forward(ops, encoded), ownerIndex), config.heads());
            this.pointerK = perRollout(pointerKey.forward(ops, encoded), ownerIndex);
            int[] t = new int[rollouts];
            for (int r = 0; r < rollouts; r++) {
                t[r] = owner[r] * m + target[r];
            }
            T ht = ops.gatherRows(flat, ops.indices(t));
            this.targetQuery = queryTarget.forward(ops, ht);
            ops.release(ht);
        }

        /** [b, m, d] per sub-problem → [rollouts, m, d] per rollout. */
        private T perRollout(T perProblem, T ownerIndex) {
            int d = config.dim();
            T rows = ops.reshape(perProblem, batch.batch(), m * d);
            T g = ops.gatherRows(rows, ownerIndex);
            return ops.reshape(g, rollouts, m, d);
        }

        /** Rollouts this decoder serves. */
        public int rollouts() {
            return rollouts;
        }

        /**
         * Logits [rollouts, nodes] of the next node.
         *
         * @param current    local index of each rollout's current node
         * @param selectable [rollouts, nodes]: 1 = may come next
         */
        public T step(int[] current, float[] selectable) {
            int d = config.dim();
            int heads = config.heads();
            int[] at = new int[rollouts];
            float[] dist = new float[rollouts * m];
            for (int r = 0; r < rollouts; r++) {
                int s = owner[r];
                at[r] = s * m + current[r];
                float logScale = (float) (Math.log(batch.sizes()[s]) / Math.log(2));
                for (int j = 0; j < batch.sizes()[s]; j++) {
                    dist[r * m + j] = logScale * batch.distance(s, current[r], j);
                }
            }
            T mask = ops.input(selectable, rollouts, m);
            T hc = ops.gatherRows(flat, ops.indices(at));
            T qc = queryCurrent.forward(ops, hc);
            ops.release(hc);
            T q = ops.add(qc, targetQuery);
            ops.release(qc);
            T qh = ops.splitHeads(ops.reshape(q, rollouts, 1, d), heads);
            T raw = ops.batchMatmulTransposed(qh, glimpseK);
            T scores = ops.scale(raw, (float) (1 / Math.sqrt(d / (double) heads)));
            ops.release(raw);
            T att = ops.maskedSoftmax(scores, mask, heads);
            ops.release(scores);
            T mixed = ops.batchMatmul(att, glimpseV);
            ops.release(att);
            T g = glimpseOut.forward(ops, ops.mergeHeads(mixed, heads));
            ops.release(mixed);
            T pq = pointerQuery.forward(ops, g);
            ops.release(g);
            T compat = ops.batchMatmulTransposed(pq, pointerK);
            ops.release(pq);
            T scaled = ops.scale(compat, (float) (1 / Math.sqrt(d)));
            ops.release(compat);
            T th = ops.tanh(scaled);
            ops.release(scaled);
            T clipped = ops.reshape(ops.scale(th, config.clip()), rollouts, m);
            ops.release(th);
            T bias = ops.reshape(ops.matmul(ops.input(dist, rollouts * m, 1), ops.param(distanceBias)), rollouts, m);
            T logits = ops.sub(clipped, bias);
            ops.release(clipped);
            ops.release(bias);
            T out = ops.maskFill(logits, mask, PointerDecoder.MASKED);
            ops.release(logits);
            ops.release(mask);
            return out;
        }
    }

    /** Encodes and scores one next node per sub-problem: logits [batch, nodes]. */
    @Override
    public <T> T forward(TensorOps<T> ops, PathStep in) {
        PathBatch b = in.paths();
        int[] owner = new int[b.batch()];
        for (int i = 0; i < owner.length; i++) {
            owner[i] = i;
        }
        T h = encode(ops, b);
        return decoder(ops, b, h, owner, in.target()).step(in.current(), in.selectable());
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> ps = new ArrayList<>(embed.parameters());
        ps.addAll(encoder.parameters());
        for (Linear l : List.of(queryCurrent, queryTarget, glimpseKey, glimpseValue, glimpseOut, pointerQuery,
                pointerKey)) {
            ps.addAll(l.parameters());
        }
        ps.add(distanceBias);
        return List.copyOf(ps);
    }
}
