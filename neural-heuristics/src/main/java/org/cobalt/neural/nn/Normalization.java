package org.cobalt.neural.nn;

/** Where a block normalises, which normalisation it uses. */
public enum Normalization {
    /** Gasse et al.'s frozen pre-normalisation ({@link PreNorm}), fitted once on data. */
    PRENORM,
    /** Learned layer normalisation ({@link LayerNorm}), as in the later PyTorch ports of the GCNN. */
    LAYERNORM;

    /** A normaliser of width {@code dim} named {@code name}, scale-only where PRENORM is used without shift. */
    public Normalizer create(String name, int dim, boolean shift) {
        return switch (this) {
            case PRENORM -> new Normalizer(new PreNorm(name, dim, shift), null);
            case LAYERNORM -> new Normalizer(null, new LayerNorm(name, dim));
        };
    }

    /** One of the two normalisers behind one forward method. */
    public record Normalizer(PreNorm preNorm, LayerNorm layerNorm) implements Layer {

        /** Normalises the last dimension of {@code x}. */
        public <T> T forward(TensorOps<T> ops, T x) {
            return preNorm != null ? preNorm.forward(ops, x) : layerNorm.forward(ops, x);
        }

        @Override
        public java.util.List<Parameter> parameters() {
            return preNorm != null ? preNorm.parameters() : layerNorm.parameters();
        }
    }
}
