package dev.lockstep.cli.report;

import static dev.lockstep.cli.report.Markup.escape;

import dev.lockstep.lang.gossip.ConvergenceReport;
import java.util.Locale;

/**
 * An SVG line chart of a {@link ConvergenceReport}: per layer, the share of live nodes whose state changed in each
 * round, with the disruptions marked. Self-contained (no script, no external style), so any browser shows it.
 */
public final class ConvergencePlot {
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"};
    private static final int WIDTH = 760;
    private static final int HEIGHT = 360;
    /** The margins hold the axis labels (60 left, 40 below), the title (30 above) and the legend (200 right). */
    private static final Area AREA = new Area(60, 30, WIDTH - 60 - 200, HEIGHT - 30 - 40);

    /** Where the plot lies in the picture, and where a value lands in it. */
    private record Area(int left, int top, double width, double height) {
        /** The x of {@code part} out of {@code whole} along the horizontal axis. */
        double x(double part, double whole) { return left + width * part / whole; }

        /** The y of a share from 0 (the bottom axis) to 1 (the top). */
        double y(double share) { return top + height - height * share; }

        double right() { return left + width; }

        double bottom() { return top + height; }
    }

    private ConvergencePlot() {}

    public static String svg(ConvergenceReport report, String title) {
        int rounds = Math.max(1, report.rounds());
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT));
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"14\">%s</text>%n", AREA.left(),
                escape(title)));
        // Axes, with the share from 0 to 1 and the rounds.
        out.append(String.format(Locale.ROOT, "<path d=\"M%d %d V%.1f H%.1f\" stroke=\"black\" fill=\"none\"/>%n",
                AREA.left(), AREA.top(), AREA.bottom(), AREA.right()));
        for (int k = 0; k <= 4; k++) {
            out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.2f</text>%n",
                    AREA.left() - 6, AREA.y(k / 4.0) + 4, k / 4.0));
        }
        for (int k = 0; k <= 5; k++) {
            int r = rounds * k / 5;
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d</text>%n",
                    AREA.x(r, rounds), AREA.bottom() + 16, r));
        }
        out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">round</text>%n",
                AREA.x(1, 2), HEIGHT - 6));
        double middle = AREA.y(0.5);
        out.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%.1f\" transform=\"rotate(-90 14 %.1f)\""
                + " text-anchor=\"middle\">share of nodes changed</text>%n", middle, middle));
        for (int d : report.disruptions()) {
            double x = AREA.x(d, rounds);
            out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"grey\""
                    + " stroke-dasharray=\"4 3\"/>%n", x, AREA.top(), x, AREA.bottom()));
        }
        for (int l = 0; l < report.layers().size(); l++) {
            String colour = COLOURS[l % COLOURS.length];
            StringBuilder points = new StringBuilder();
            for (int r = 1; r <= report.rounds(); r++) {
                double share = Math.min(1, report.changed()[r][l]);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", AREA.x(r, rounds), AREA.y(share)));
            }
            out.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\""
                    + " stroke-width=\"1.5\"/>%n", points.toString().strip(), colour));
            double ly = AREA.top() + 10 + 18 * l;
            out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                    + " stroke-width=\"3\"/>%n", AREA.right() + 12, ly, AREA.right() + 32, ly, colour));
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s</text>%n", AREA.right() + 38, ly + 4,
                    escape(report.layers().get(l))));
        }
        out.append("</svg>\n");
        return out.toString();
    }
}
