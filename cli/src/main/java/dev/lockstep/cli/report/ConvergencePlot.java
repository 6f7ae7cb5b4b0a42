package dev.lockstep.lang.gossip;

import java.util.Locale;

/**
 * An SVG line chart of a {@link ConvergenceReport}: per layer, the share of live nodes whose state changed in each
 * round, with the disruptions marked. Self-contained (no script, no external style), so any browser shows it.
 */
public final class ConvergencePlot {
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"};
    private static final int WIDTH = 760;
    private static final int HEIGHT = 360;
    private static final int LEFT = 60;
    private static final int RIGHT = 200;
    private static final int TOP = 30;
    private static final int BOTTOM = 40;

    private ConvergencePlot() {}

    public static String svg(ConvergenceReport report, String title) {
        int rounds = Math.max(1, report.rounds());
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT));
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"14\">%s</text>%n", LEFT, escape(title)));
        // Axes, with the share from 0 to 1 and the rounds.
        out.append(String.format(Locale.ROOT, "<path d=\"M%d %d V%.1f H%.1f\" stroke=\"black\" fill=\"none\"/>%n",
                LEFT, TOP, TOP + plotH, LEFT + plotW));
        for (int k = 0; k <= 4; k++) {
            double y = TOP + plotH - plotH * k / 4;
            out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.2f</text>%n",
                    LEFT - 6, y + 4, k / 4.0));
        }
        for (int k = 0; k <= 5; k++) {
            int r = rounds * k / 5;
            double x = LEFT + plotW * r / rounds;
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d</text>%n",
                    x, TOP + plotH + 16, r));
        }
        out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">round</text>%n",
                LEFT + plotW / 2, HEIGHT - 6));
        out.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%.1f\" transform=\"rotate(-90 14 %.1f)\""
                + " text-anchor=\"middle\">share of nodes changed</text>%n", TOP + plotH / 2, TOP + plotH / 2));
        for (int d : report.disruptions()) {
            double x = LEFT + plotW * d / rounds;
            out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"grey\""
                    + " stroke-dasharray=\"4 3\"/>%n", x, TOP, x, TOP + plotH));
        }
        for (int l = 0; l < report.layers().size(); l++) {
            String colour = COLOURS[l % COLOURS.length];
            StringBuilder points = new StringBuilder();
            for (int r = 1; r <= report.rounds(); r++) {
                double x = LEFT + plotW * r / rounds;
                double y = TOP + plotH - plotH * Math.min(1, report.changed()[r][l]);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            out.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\""
                    + " stroke-width=\"1.5\"/>%n", points.toString().strip(), colour));
            double ly = TOP + 10 + 18 * l;
            out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                    + " stroke-width=\"3\"/>%n", LEFT + plotW + 12, ly, LEFT + plotW + 32, ly, colour));
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s</text>%n", LEFT + plotW + 38, ly + 4,
                    escape(report.layers().get(l))));
        }
        out.append("</svg>\n");
        return out.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
