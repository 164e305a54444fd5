package org.cobalt.neural.pas;

import java.nio.file.Path;

/**
 * Turns a model file into a {@link SolutionPredictor}. Failures are reported as exceptions with a
 * message naming the file and the problem; predict-and-search then falls back to its inner solver.
 */
@FunctionalInterface
public interface PredictorLoader {

    /** Loads the predictor stored in {@code modelFile}. */
    SolutionPredictor load(Path modelFile) throws Exception;
}
