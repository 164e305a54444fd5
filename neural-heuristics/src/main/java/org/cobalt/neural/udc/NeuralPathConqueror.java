package org.cobalt.neural.udc;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.cobalt.core.routing.Metric;
import org.cobalt.neural.runtime.InferenceBackend;
import org.cobalt.neural.runtime.ModelOutput;
import org.cobalt.neural.udc.model.PathBatch;
import org.cobalt.neural.udc.model.PathPolicy;
import org.cobalt.neural.udc.model.PathRolloutModel;

/**
 * The learned conquer: every path is normalised ({@link NormalizedPath}), the paths are batched, and the
 * {@link PathPolicy} decodes each from both ends (one greedy rollout per direction, plus
 * {@code samplesPerDirection − 1} sampled ones); the shortest rollout of each path is its proposal.
 * Not thread-safe (it holds the backend and a random generator).
 */
public final class NeuralPathConqueror implements PathConqueror {

    /** Sub-problems per forward pass: bounds the decoder's memory on very large instances. */
    public static final int MAX_BATCH = 64;
    private final PathRolloutModel model;
    private final InferenceBackend backend;
    private final int perDirection;
    private final SplittableRandom random;

    /**
     * @param policy              the trained policy
     * @param backend             where it runs (the caller closes it)
     * @param samplesPerDirection rollouts per path and direction (1 = greedy only)
     * @param seed                seed of the sampled rollouts
     */
    public NeuralPathConqueror(PathPolicy policy, InferenceBackend backend, int samplesPerDirection, long seed) {
        if (samplesPerDirection < 1) {
            throw new IllegalArgumentException("at least one rollout per direction, got " + samplesPerDirection);
        }
        this.model = new PathRolloutModel(policy);
        this.backend = backend;
        this.perDirection = samplesPerDirection;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public String id() {
        return "neural";
    }

    @Override
    public List<int[]> propose(List<int[]> paths, Metric metric, PlanarPoints points, BooleanSupplier stop) {
        List<int[]> out = new ArrayList<>(paths.size());
        for (int from = 0; from < paths.size(); from += MAX_BATCH) {
            List<int[]> chunk = paths.subList(from, Math.min(paths.size(), from + MAX_BATCH));
            if (stop.getAsBoolean()) {
                chunk.forEach(p -> out.add(p.clone()));
                continue;
            }
            List<NormalizedPath> norm = new ArrayList<>(chunk.size());
            for (int[] p : chunk) {
                norm.add(NormalizedPath.of(points, p));
            }
            PathBatch batch = PathBatch.of(norm);
            ModelOutput o = backend.infer(model, new PathRolloutModel.Request(batch, perDirection, random.nextLong(), stop));
            int m = batch.nodes();
            int per = 2 * perDirection;
            for (int s = 0; s < chunk.size(); s++) {
                NormalizedPath np = norm.get(s);
                int size = np.size();
                int[] best = null;
                double bestLen = Double.POSITIVE_INFINITY;
                for (int k = 0; k < per; k++) {
                    int row = (s * per + k) * m;
                    int[] order = new int[size];
                    for (int j = 0; j < size; j++) {
                        order[j] = Math.round(o.values()[row + j]);
                    }
                    double len = np.pathLength(order);
                    if (len < bestLen) {
                        bestLen = len;
                        best = order;
                    }
                }
                int[] p = chunk.get(s);
                int[] mapped = new int[size];
                for (int j = 0; j < size; j++) {
                    mapped[j] = p[best[j]];
                }
                out.add(mapped);
            }
        }
        return out;
    }
}
