package org.cobalt.neural.pas;

import java.nio.file.Path;
import java.util.Optional;
import org.cobalt.core.solver.ParameterKey;
import org.cobalt.core.solver.SolveOptions;

/**
 * The parameters every {@code pas-<solver>} reads (shared prefix {@code pas.}, so one
 * {@code --param pas.model=...} configures all of them in a batch). Unset sizes come from the model
 * file's suggestion, else from {@link #DEFAULT_REGION}.
 */
public final class PasParameters {

    /** Model file of the predictor ({@code name.json}); empty = none, the solver then runs its inner solver alone. */
    public static final ParameterKey<String> MODEL = ParameterKey.ofString("pas.model", "");
    /** Binaries predicted 0 that enter the region: a count or a share of the binaries ({@code 60%}). */
    public static final ParameterKey<String> K0 = ParameterKey.ofString("pas.k0", "");
    /** Binaries predicted 1 that enter the region: a count or a share of the binaries. */
    public static final ParameterKey<String> K1 = ParameterKey.ofString("pas.k1", "");
    /** Flip budget: a count or a share of k0 + k1. */
    public static final ParameterKey<String> DELTA = ParameterKey.ofString("pas.delta", "");
    /** {@code full} (default) or {@code region}; see {@link FinishMode}. */
    public static final ParameterKey<FinishMode> FINISH = new ParameterKey<>("pas.finish", FinishMode::parse, FinishMode.FULL);

    /** Used when neither the parameters nor the model file give sizes: 50 % predicted 0, none predicted 1, 10 % flips. */
    public static final RegionSettings DEFAULT_REGION = RegionSettings.parse("50%", "0", "10%");

    private PasParameters() {
    }

    /** The model file, if one is configured. */
    public static Optional<Path> modelFile(SolveOptions options) {
        String s = options.get(MODEL).trim();
        return s.isEmpty() ? Optional.empty() : Optional.of(Path.of(s));
    }

    /** The parameter naming the model of a variant solver: {@code pas.model.<variant>}. */
    public static ParameterKey<String> modelKey(String variant) {
        return ParameterKey.ofString(MODEL.name() + "." + variant, "");
    }

    /**
     * The model file of a variant solver ({@code pas-<inner>-<variant>}): {@code pas.model.<variant>},
     * else {@link #MODEL}; for {@code variant == null} just {@link #MODEL}.
     */
    public static Optional<Path> modelFile(SolveOptions options, String variant) {
        if (variant != null) {
            String s = options.get(modelKey(variant)).trim();
            if (!s.isEmpty()) {
                return Optional.of(Path.of(s));
            }
        }
        return modelFile(options);
    }

    /**
     * The region settings: each size from its parameter when set, else from {@code suggested} (the
     * predictor's, may be null), else from {@link #DEFAULT_REGION}.
     *
     * @throws IllegalArgumentException for a malformed size, naming the parameter
     */
    public static RegionSettings region(SolveOptions options, RegionSettings suggested) {
        RegionSettings base = suggested == null ? DEFAULT_REGION : suggested;
        return new RegionSettings(size(options, K0, base.k0()), size(options, K1, base.k1()), size(options, DELTA, base.delta()));
    }

    private static RegionSize size(SolveOptions options, ParameterKey<String> key, RegionSize fallback) {
        String raw = options.get(key).trim();
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            return RegionSize.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parameter " + key.name() + ": " + e.getMessage(), e);
        }
    }
}
