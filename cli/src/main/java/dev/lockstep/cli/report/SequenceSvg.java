package dev.lockstep.cli.report;

import static dev.lockstep.cli.report.Markup.abbreviate;
import static dev.lockstep.cli.report.Markup.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link SequenceDiagram} as inline SVG: node boxes and dashed lifelines across the top, a numbered row per
 * step with a dot on the acting node's lifeline and the action and its changes in a text column on the right,
 * message arrows between rows, the highlighted row on a red band, and a lasso's loop as a bracket on the left.
 * Elements carry classes and {@code data-} attributes ({@code lifeline}, {@code step}, {@code message},
 * {@code highlight}, {@code loop}) so that tests and stylesheets can find them.
 */
final class SequenceSvg {
    private static final int COLUMN = 150;
    private static final int LEFT = 72;
    private static final int HEAD = 44;
    private static final int LINE = 15;
    private static final int TEXT_WIDTH = 620;
    private static final int MAX_CHANGES = 12;
    private static final int NOTE_WIDTH = 80; // characters of the highlighted row's note per line

    private SequenceSvg() {}

    static String write(SequenceDiagram d) {
        int n = Math.max(1, d.lifelines().size());
        int textX = LEFT + n * COLUMN + 12;
        int width = textX + TEXT_WIDTH;
        int[] top = new int[d.steps().size() + 1];
        top[0] = HEAD + 16;
        for (int i = 0; i < d.steps().size(); i++) top[i + 1] = top[i] + rowHeight(d, i);
        int bottom = top[d.steps().size()] + 10;
        int height = bottom + (d.loopBack() >= 0 || d.ending() != null ? 36 : 14);

        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sequence\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"sequence diagram\">%n",
                width, height, width, height));
        b.append("<defs><marker id=\"head\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" "
                + "fill=\"#2b4c7e\"/></marker>"
                + "<marker id=\"loophead\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#b35c00\"/></marker>"
                + "</defs>\n");
        if (d.highlight() >= 0 && d.highlight() < d.steps().size()) {
            b.append(String.format(Locale.ROOT, "<rect class=\"highlight\" data-step=\"%d\" x=\"0\" y=\"%d\" "
                    + "width=\"%d\" height=\"%d\" fill=\"#fde2e1\"/>%n", d.highlight(), top[d.highlight()], width,
                    top[d.highlight() + 1] - top[d.highlight()]));
        }
        for (int l = 0; l < d.lifelines().size(); l++) {
            int x = x(l);
            String name = d.lifelines().get(l);
            b.append(String.format(Locale.ROOT, "<g class=\"lifeline\" data-node=\"%s\"><rect x=\"%d\" y=\"8\" "
                    + "width=\"%d\" height=\"28\" rx=\"4\" fill=\"#e8eef7\" stroke=\"#2b4c7e\"/><text x=\"%d\" "
                    + "y=\"27\" text-anchor=\"middle\" class=\"node\">%s</text><line x1=\"%d\" y1=\"36\" x2=\"%d\" "
                    + "y2=\"%d\" stroke=\"#8a9bb5\" stroke-dasharray=\"4 4\"/></g>%n", escape(name), x - COLUMN / 2 + 8,
                    COLUMN - 16, x, escape(abbreviate(name, 20)), x, x, bottom));
        }
        for (int i = 0; i < d.steps().size(); i++) step(b, d, i, top[i], textX);
        for (SequenceDiagram.Arrow a : d.arrows()) arrow(b, a, top, bottom);
        if (d.loopBack() >= 0 && d.loopBack() < d.steps().size() && !d.steps().isEmpty()) {
            int from = center(top, d.steps().size() - 1);
            int to = center(top, d.loopBack());
            b.append(String.format(Locale.ROOT, "<g class=\"loop\" data-step=\"%d\"><path d=\"M%d,%d H6 V%d H%d\" "
                    + "fill=\"none\" stroke=\"#b35c00\" stroke-width=\"2\" marker-end=\"url(#loophead)\"/></g>%n",
                    d.loopBack(), LEFT - 34, from, to, LEFT - 34));
        }
        String tail = d.loopBack() >= 0 && d.loopBack() < d.steps().size()
                ? "↻ after the last step the behaviour loops back to step " + d.steps().get(d.loopBack()).number()
                + (d.ending() == null ? "" : ": " + d.ending())
                : d.ending();
        if (tail != null) {
            b.append(String.format(Locale.ROOT, "<text class=\"loop-note\" x=\"12\" y=\"%d\">%s</text>%n",
                    bottom + 22, escape(tail)));
        }
        b.append("</svg>\n");
        return b.toString();
    }

    private static int x(int lifeline) { return LEFT + lifeline * COLUMN + COLUMN / 2; }

    private static int center(int[] top, int step) { return top[step] + 14; }

    private static int rowHeight(SequenceDiagram d, int i) {
        int lines = 1 + Math.min(MAX_CHANGES, d.steps().get(i).changes().size()) + noteLines(d, i).size();
        return Math.max(34, 10 + lines * LINE);
    }

    private static void step(StringBuilder b, SequenceDiagram d, int i, int top, int textX) {
        SequenceDiagram.Step s = d.steps().get(i);
        int y = top + 14;
        b.append(String.format(Locale.ROOT, "<g class=\"step\" data-step=\"%d\" data-lifeline=\"%d\">", i,
                s.lifeline()));
        b.append(String.format(Locale.ROOT, "<text class=\"num\" x=\"%d\" y=\"%d\" "
                + "text-anchor=\"end\">%s</text>", LEFT - 6, y + 4,
                escape(s.number())));
        if (s.lifeline() >= 0) {
            b.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"6\" fill=\"%s\"/>", x(s.lifeline()), y,
                    i == d.highlight() ? "#c62828" : "#2b4c7e"));
        }
        b.append(String.format(Locale.ROOT, "<text class=\"action\" x=\"%d\" y=\"%d\">%s</text>", textX, y + 4,
                escape(abbreviate(s.action(), 90))));
        int line = y + 4;
        List<String> changes = s.changes();
        for (int c = 0; c < Math.min(MAX_CHANGES, changes.size()); c++) {
            line += LINE;
            String text = c == MAX_CHANGES - 1 && changes.size() > MAX_CHANGES
                    ? "… and " + (changes.size() - c) + " more changes" : changes.get(c);
            b.append(String.format(Locale.ROOT, "<text class=\"change\" x=\"%d\" y=\"%d\">%s</text>", textX + 12, line,
                    escape(abbreviate(text, 96))));
        }
        for (String note : noteLines(d, i)) {
            line += LINE;
            b.append(String.format(Locale.ROOT, "<text class=\"note\" x=\"%d\" y=\"%d\">%s</text>", textX, line,
                    escape(note)));
        }
        b.append("</g>\n");
    }

    /** The highlighted row's note, wrapped at word boundaries to the text column (at most 4 lines). */
    private static List<String> noteLines(SequenceDiagram d, int i) {
        if (i != d.highlight() || d.highlightNote() == null) return List.of();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder("⚠");
        for (String word : d.highlightNote().split("\\s+")) {
            if (line.length() + 1 + word.length() > NOTE_WIDTH && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(abbreviate(word, NOTE_WIDTH));
        }
        lines.add(line.toString());
        if (lines.size() > 4) {
            lines = new ArrayList<>(lines.subList(0, 4));
            lines.set(3, abbreviate(lines.get(3) + " …", NOTE_WIDTH));
        }
        return lines;
    }

    private static void arrow(StringBuilder b, SequenceDiagram.Arrow a, int[] top, int bottom) {
        int x1 = x(a.from());
        int x2 = x(a.to());
        int y1 = a.fromStep() < 0 ? HEAD : center(top, a.fromStep());
        int y2 = a.toStep() < 0 ? bottom : center(top, a.toStep());
        boolean partial = a.fromStep() < 0 || a.toStep() < 0;
        String dash = partial ? " stroke-dasharray=\"6 4\"" : "";
        b.append(String.format(Locale.ROOT, "<g class=\"message\" data-from-step=\"%d\" data-to-step=\"%d\">",
                a.fromStep(), a.toStep()));
        if (x1 == x2) {
            b.append(String.format(Locale.ROOT, "<path class=\"arrow\" d=\"M%d,%d C%d,%d %d,%d %d,%d\" fill=\"none\" "
                    + "stroke=\"#2b4c7e\"%s marker-end=\"url(#head)\"/>", x1, y1, x1 + 50, y1, x2 + 50, y2, x2 + 6, y2,
                    dash));
        } else {
            int end = x2 + (x2 > x1 ? -6 : 6); // stop at the dot's edge
            b.append(String.format(Locale.ROOT, "<line class=\"arrow\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
                    + "stroke=\"#2b4c7e\" stroke-width=\"1.5\"%s marker-end=\"url(#head)\"/>", x1, y1, end, y2, dash));
        }
        // 60% along the arrow: arrows fanning out of one send keep their labels apart.
        int lx = x1 == x2 ? x1 + 40 : x1 + (x2 - x1) * 3 / 5;
        int ly = y1 + (y2 - y1) * 3 / 5 - 4;
        b.append(String.format(Locale.ROOT, "<text class=\"msg\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                lx, ly, escape(abbreviate(a.label(), 28))));
        b.append("</g>\n");
    }
}
