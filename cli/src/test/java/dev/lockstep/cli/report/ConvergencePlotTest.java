package dev.lockstep.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.gossip.ConvergenceReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SVG chart of {@code simulate --report convergence --plot}: one line per layer, one mark per disruption. */
class ConvergencePlotTest {
    @Test
    void drawsEachLayerAndDisruptionWhereItsValuesLand() {
        double[][] changed = new double[11][2];
        changed[1] = new double[] {0.5, 1.0};
        changed[10] = new double[] {0.0, 2.0}; // more than all nodes cannot be drawn above the top
        double[] rates = {1, 1};
        var report = new ConvergenceReport(List.of("P"), List.of("leader", "a<b&c"), rates, rates, rates, rates,
                changed, List.of(4, 7, 9));
        String svg = ConvergencePlot.svg(report, "title 'q'");
        assertTrue(svg.startsWith("<svg"), svg);
        assertEquals(2, svg.split("<polyline").length - 1, "one line per layer");
        assertEquals(3, svg.split("stroke-dasharray").length - 1, "one mark per disruption");
        // Round 1 of 10 is a tenth along the 500-wide plot from x=60; share 0.5 is halfway up the 290-high plot.
        assertTrue(svg.contains("points=\"110.0,175.0 "), svg);
        assertTrue(svg.contains(" 560.0,30.0\" fill=\"none\" stroke=\"#d62728\""), "a share above 1 drawn at the top");
        // The disruption at round 4 is a dashed line 4/10 along, from the top of the plot to its bottom axis.
        assertTrue(svg.contains("<line x1=\"260.0\" y1=\"30\" x2=\"260.0\" y2=\"320.0\""), svg);
        assertTrue(svg.contains(">a&lt;b&amp;c</text>"), "layer names escaped");
        assertTrue(svg.contains(">title &#39;q&#39;</text>"), "the title escaped");
        assertFalse(svg.contains("a<b"), svg);
    }
}
