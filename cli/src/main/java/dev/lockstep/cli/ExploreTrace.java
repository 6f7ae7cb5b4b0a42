package dev.lockstep.cli;

import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Trace;
import java.io.PrintWriter;
import java.util.List;

/** How explore's search and its random walks print what they found: the fault, then the trace in spec terms. */
final class ExploreTrace {
    private ExploreTrace() {}

    /** The fault's diagnostic (if any), and the trace as a counterexample, or as the path to a faulting state. */
    static void text(PrintWriter out, LoadedModel loaded, ExploreResult.Status status, Diagnostic fault,
                     List<Trace.Step> trace) {
        if (fault != null) out.print(DiagnosticPrinter.render(fault));
        if (trace.isEmpty()) return;
        String what = status == ExploreResult.Status.EVALUATION_ERROR ? "Path to the failing state" : "Counterexample";
        out.println();
        out.println(what + " (" + trace.size() + " states):");
        out.print(Trace.render(loaded.instance(), trace));
    }
}
