package dev.lockstep.cli.report;

import java.util.List;

/**
 * A run as a sequence diagram: one lifeline per node, one row per step (top to bottom), one arrow per message from
 * the step that sent it to the step that received it. {@code highlight} is the row of the violation or divergence
 * (-1: none) and {@code highlightNote} says what went wrong there. {@code loopBack} is the row a liveness lasso
 * returns to after the last row (-1: none); {@code ending} says how the behaviour goes on (e.g. "stutters forever"),
 * or is null. {@code omitted} counts the leading steps left out of a long run.
 */
public record SequenceDiagram(List<String> lifelines, List<Step> steps, List<Arrow> arrows, int highlight,
                              String highlightNote, int loopBack, String ending, int omitted) {

    public SequenceDiagram {
        lifelines = List.copyOf(lifelines);
        steps = List.copyOf(steps);
        arrows = List.copyOf(arrows);
    }

    /**
     * One row: the lifeline that took the step (-1 for a step of no node, such as the initial state), its number as
     * shown to users, the action, and the variables it changed ("r1.state: working → prepared").
     */
    public record Step(int lifeline, String number, String action, List<String> changes) {
        public Step {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A message from row {@code fromStep} on lifeline {@code from} to row {@code toStep} on lifeline {@code to};
     * {@code toStep} is -1 for a message still in flight at the end, {@code fromStep} -1 for one received but not
     * sent within the rows shown.
     */
    public record Arrow(int fromStep, int from, int toStep, int to, String label) {}
}
