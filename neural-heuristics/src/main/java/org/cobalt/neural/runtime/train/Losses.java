package org.cobalt.neural.runtime.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.cobalt.neural.runtime.djl.DjlOps;

/** Differentiable losses on DJL arrays, numerically stable, each returning a scalar mean. */
public final class Losses {

    private Losses() {
    }

    /**
     * Binary cross-entropy on logits: mean of {@code max(x,0) - x·y + log(1 + exp(-|x|))}, stable for
     * large |x|.
     */
    public static NDArray bceWithLogits(NDArray logits, NDArray targets) {
        NDArray t = targets.toType(logits.getDataType(), false);
        return logits.maximum(0).sub(logits.mul(t)).add(logits.abs().neg().exp().add(1).log()).mean();
    }

    /**
     * Cross-entropy over candidate sets with a mask: {@code logits} [b, k], {@code mask} [b, k] (1 =
     * candidate), {@code target} [b] the index of the right candidate (which must be unmasked). Masked
     * entries take no part in the softmax.
     */
    public static NDArray maskedCrossEntropy(NDArray logits, NDArray mask, NDArray target) {
        NDArray keep = mask.neq(0);
        NDArray filled = NDArrays.where(keep, logits, logits.getManager().full(logits.getShape(), -1e9f,
                logits.getDataType()));
        NDArray logp = filled.logSoftmax(-1);
        NDArray picked = logp.gather(target.toType(DataType.INT64, false).reshape(-1, 1), 1);
        return picked.neg().mean();
    }

    /**
     * Cross-entropy where the candidates of sample {@code i} are the entries
     * {@code candidates[offsets[i] .. offsets[i+1])} of the flat score vector {@code scores} (as a GNN
     * gives one score per variable of a batch) and {@code targets[i]} is the position of the right one
     * within that range. Pads to the largest set internally and masks the padding.
     */
    public static NDArray candidateCrossEntropy(DjlOps ops, NDArray scores, int[] candidates, int[] offsets,
            int[] targets) {
        int b = offsets.length - 1;
        int k = 0;
        for (int i = 0; i < b; i++) {
            k = Math.max(k, offsets[i + 1] - offsets[i]);
            if (targets[i] < 0 || targets[i] >= offsets[i + 1] - offsets[i]) {
                throw new IllegalArgumentException("target " + targets[i] + " of sample " + i + " is not a candidate");
            }
        }
        int[] index = new int[b * k];
        float[] mask = new float[b * k];
        for (int i = 0; i < b; i++) {
            for (int j = 0; j < offsets[i + 1] - offsets[i]; j++) {
                index[i * k + j] = candidates[offsets[i] + j];
                mask[i * k + j] = 1;
            }
        }
        NDArray padded = scores.get(new NDIndex("{}", ops.indices(index))).reshape(b, k);
        NDManager m = padded.getManager();
        NDArray tgt = m.create(java.util.Arrays.stream(targets).asLongStream().toArray());
        return maskedCrossEntropy(padded, m.create(mask, new Shape(b, k)), tgt);
    }

    /**
     * InfoNCE (contrastive) loss: row {@code i} of {@code anchors} [b, d] should be most similar to row
     * {@code i} of {@code positives} [b, d] among all rows (the others are the negatives); similarity
     * is the dot product of L2-normalised rows divided by {@code temperature}.
     */
    public static NDArray infoNce(NDArray anchors, NDArray positives, float temperature) {
        NDArray a = anchors.div(anchors.norm(new int[] {1}, true).add(1e-12));
        NDArray p = positives.div(positives.norm(new int[] {1}, true).add(1e-12));
        NDArray logits = a.matMul(p.transpose()).div(temperature);
        long b = anchors.getShape().get(0);
        NDArray diag = logits.getManager().arange(0L, b, 1L, DataType.INT64);
        NDArray logp = logits.logSoftmax(-1);
        return logp.gather(diag.reshape(-1, 1), 1).neg().mean();
    }
}
