package org.cobalt.scheduling.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.cobalt.scheduling.SharedSmtt;
import org.cobalt.scheduling.TestInstances;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The published EDDC and MDDC rules reproduce the mean % gaps that ../shared/data/README.md gives
 * for the shared subsets of the paper's sets (mean over instances with optimum > 0 of
 * 100 (T - opt) / opt), to 0.01 points, and are deterministic.
 */
class PaperGapsTest {

    @ParameterizedTest(name = "{0}: EDDC {2} %, MDDC {3} %")
    @CsvSource({
        "n20-paper.jsonl, 542, 13.31, 1.64",
        "n100.jsonl, 131, 28.93, 1.48",
        "n200.jsonl, 128, 50.29, 2.05",
    })
    void meanGapsMatchTheReadme(String file, int positive, double eddc, double mddc) {
        Optional<List<SharedSmtt.Instance>> set = SharedSmtt.load(file);
        Assumptions.assumeTrue(set.isPresent(), "shared data scheduling/smtt/" + file + " not found (set -Dcobalt.shared.dir)");
        double sumE = 0;
        double sumM = 0;
        int count = 0;
        for (SharedSmtt.Instance in : set.get()) {
            int[] eddcSequence = new EddChallenger().sequence(in.problem());
            int[] mddcSequence = new MddChallenger().sequence(in.problem());
            // deterministic: a second run (fresh rule objects) gives the identical sequence
            assertThat(new EddChallenger().sequence(in.problem())).isEqualTo(eddcSequence);
            assertThat(new MddChallenger().sequence(in.problem())).isEqualTo(mddcSequence);
            long e = TestInstances.verifiedCost(in.problem(), eddcSequence);
            long m = TestInstances.verifiedCost(in.problem(), mddcSequence);
            assertThat(e).isGreaterThanOrEqualTo(in.optimum());
            assertThat(m).isGreaterThanOrEqualTo(in.optimum());
            if (in.optimum() > 0) {
                sumE += 100.0 * (e - in.optimum()) / in.optimum();
                sumM += 100.0 * (m - in.optimum()) / in.optimum();
                count++;
            }
        }
        assertThat(count).isEqualTo(positive);
        assertThat(sumE / count).isCloseTo(eddc, within(0.01));
        assertThat(sumM / count).isCloseTo(mddc, within(0.01));
    }
}
