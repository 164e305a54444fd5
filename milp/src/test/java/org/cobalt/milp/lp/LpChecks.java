package org.cobalt.milp.lp;

import static org.assertj.core.api.Assertions.assertThat;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;

/** Assertions on a solved engine, checked against the original model independently of the engine. */
final class LpChecks {

    private LpChecks() {
    }

    /** Relative closeness used for objective comparisons. */
    static boolean close(double a, double b, double rel) {
        return Math.abs(a - b) <= rel * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }

    /**
     * Whatever the status, what it claims holds: OPTIMAL verifies (rows, bounds, objective), the
     * duals prove the objective; INFEASIBLE carries a valid Farkas certificate; UNBOUNDED a valid
     * ray from a feasible point.
     */
    static void assertProven(MilpModel model, LpSolver lp) {
        LpStatus st = lp.status();
        MilpModel relaxed = relax(model);
        switch (st) {
            case OPTIMAL -> {
                double[] x = lp.primalValues();
                Verification v = Verifiers.check(relaxed, new MilpSolution(x));
                assertThat(v.feasible()).as("%s: optimal point verifies: %s", model.name(), v.summary()).isTrue();
                assertThat(v.objectiveMatches(lp.objective(), 1e-9)).as("%s: objective %s vs recomputed %s",
                        model.name(), lp.objective(), v.objective()).isTrue();
                double bound = lp.dualBound();
                assertThat(close(bound, lp.objective(), 1e-6)).as("%s: dual bound %s vs objective %s", model.name(),
                        bound, lp.objective()).isTrue();
            }
            case INFEASIBLE -> {
                double[] y = lp.farkasCertificate();
                assertThat(y).as("%s: Farkas certificate", model.name()).isNotNull();
                double sup = Certificates.farkasSupremum(model, y);
                double scale = Certificates.farkasScale(model, y);
                assertThat(sup).as("%s: Farkas supremum (scale %s)", model.name(), scale).isLessThan(-1e-9 * scale);
            }
            case UNBOUNDED -> {
                double[] r = lp.primalRay();
                assertThat(r).as("%s: ray", model.name()).isNotNull();
                assertThat(Certificates.rayViolation(model, r)).as("%s: ray recession violation", model.name())
                        .isLessThan(1e-7);
                assertThat(Certificates.improvement(model, r)).as("%s: ray improves", model.name()).isLessThan(-1e-9);
                Verification v = Verifiers.check(relaxed, new MilpSolution(lp.primalValues()));
                assertThat(v.feasible()).as("%s: ray origin feasible: %s", model.name(), v.summary()).isTrue();
            }
            default -> {
            }
        }
    }

    /** The model with integrality dropped. */
    static MilpModel relax(MilpModel model) {
        if (model.isLp()) {
            return model;
        }
        MilpModel.Builder b = model.toBuilder();
        for (int j = 0; j < model.numVariables(); j++) {
            b.setType(j, org.cobalt.core.milp.VarType.CONTINUOUS);
        }
        return b.build();
    }
}
