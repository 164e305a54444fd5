package org.cobalt.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoordinateMetricTest {

    @Test
    void tsplibConventions() {
        double[] x = {0, 3.4};
        double[] y = {0, 4.4};
        assertThat(new CoordinateMetric(EdgeWeightType.EUC_2D, x, y).distance(0, 1)).isEqualTo(6.0); // 5.56
        assertThat(new CoordinateMetric(EdgeWeightType.CEIL_2D, x, y).distance(0, 1)).isEqualTo(6.0);
        assertThat(new CoordinateMetric(EdgeWeightType.EXACT_2D, x, y).distance(0, 1)).isCloseTo(5.5606, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(new CoordinateMetric(EdgeWeightType.MAN_2D, x, y).distance(0, 1)).isEqualTo(8.0); // 7.8
        // ATT: sqrt((100+100)/10) = 4.47 -> nint 4 < 4.47 -> 5
        assertThat(new CoordinateMetric(EdgeWeightType.ATT, new double[] {0, 10}, new double[] {0, 10}).distance(0, 1)).isEqualTo(5.0);
    }

    @Test
    void geoMatchesTsplibReferenceFormula() {
        // burma14 nodes 1 and 2: (16.47, 96.10) and (16.47, 94.44); TSPLIB distance 153
        CoordinateMetric m = new CoordinateMetric(EdgeWeightType.GEO, new double[] {16.47, 16.47}, new double[] {96.10, 94.44});
        assertThat(m.distance(0, 1)).isEqualTo(153.0);
        assertThat(m.distance(0, 0)).isZero();
    }
}
