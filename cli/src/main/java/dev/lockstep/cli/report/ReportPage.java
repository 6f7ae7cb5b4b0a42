package dev.lockstep.cli.report;

import java.util.List;
import java.util.Map;

/**
 * What an {@code --html} page shows, independent of how it is drawn: the command and its verdict, the figures of the
 * run, tables (a row per simulated seed, per pipeline stage, per conformance run), a sequence diagram of the
 * counterexample or divergence (null when there is none), the action coverage (null when not known), and the text
 * report's details. {@link HtmlPage} writes it.
 *
 * @param failed whether the verdict is a violation (drawn in red)
 */
public record ReportPage(String title, String verdict, boolean failed, List<Figure> figures, List<Table> tables,
                         SequenceDiagram diagram, Coverage coverage, String details) {

    public ReportPage {
        figures = List.copyOf(figures);
        tables = List.copyOf(tables);
    }

    /** One figure of the run, e.g. "distinct states" = "288". */
    public record Figure(String name, String value) {}

    /**
     * How often each action fired: {@code counts} by action name, with every action of the spec listed (those that
     * never fired count 0); {@code what} says what was counted (e.g. "successors generated per action").
     */
    public record Coverage(String what, Map<String, Long> counts) {}

    /** A table with an element {@code id} (e.g. "seeds"), a heading, column names and rows. */
    public record Table(String id, String title, List<String> columns, List<Row> rows) {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /** A row of a {@link Table}; a failed row is drawn in red. */
    public record Row(boolean failed, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }
}
