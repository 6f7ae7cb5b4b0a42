package dev.lockstep.conformance.partial;

import dev.lockstep.conformance.partial.PartialResult.PartialFailure;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.value.NodeV;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link PartialResult}: the matched prefix, the event that could not be matched (file:line and the raw
 * line), the closest misses, and the candidate states just before it, the "graph of traces" at the point of failure
 * (text: the count and a few samples; JSON: every kept candidate).
 */
public final class PartialReport {
    /** Candidate states shown in the text report. */
    public static final int SHOWN_IN_TEXT = 3;

    private PartialReport() {}

    public static String text(ModelInstance model, PartialResult r) {
        StringBuilder b = new StringBuilder();
        String spec = model.spec().name() + " model " + model.model().name();
        PartialFailure f = r.failure();
        switch (r.status()) {
            case MATCHES -> b.append(String.format(Locale.ROOT, "Result: matches (%,d events of %s, a behaviour of %s;"
                    + " %,d candidate states at most)%n", r.matched(), r.file(), spec, r.maxCandidates()));
            case NO_MATCH -> b.append(String.format(Locale.ROOT, "Result: no behaviour of %s matches %s: %s, event %,d"
                    + " does not%n", spec, r.file(), r.matched() == 0 ? "no event matches"
                    : String.format(Locale.ROOT, "the first %,d events match", r.matched()), f.index()));
            case BAD_INPUT -> b.append("Result: bad input\n");
        }
        if (f == null) return b.toString();
        b.append(f.origin().location()).append(": ").append(f.code() != null ? f.code() + " " : "").append(f.reason())
                .append('\n');
        if (f.origin().raw() != null) b.append("  line:  ").append(f.origin().raw()).append('\n');
        for (String d : f.details()) b.append("  - ").append(d).append('\n');
        if (r.status() == PartialResult.Status.NO_MATCH) {
            b.append(String.format(Locale.ROOT, "  candidates before this event: %,d spec state%s (%,d with the"
                    + " unlogged steps)%n", f.candidateCount(), f.candidateCount() == 1 ? "" : "s", f.hiddenClosure()));
            for (int i = 0; i < Math.min(SHOWN_IN_TEXT, f.candidates().size()); i++) {
                b.append("  candidate ").append(i + 1).append(":\n");
                for (var e : view(model, f.candidates().get(i)).entrySet()) {
                    b.append("    ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
                }
            }
            if (f.candidateCount() > SHOWN_IN_TEXT) {
                b.append("  ... ").append(f.candidateCount() - SHOWN_IN_TEXT).append(" more (--format json lists up to ")
                        .append(PartialTraceChecker.KEPT_CANDIDATES).append(")\n");
            }
        }
        return b.toString();
    }

    public static Map<String, Object> json(ModelInstance model, PartialResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", r.status().id());
        out.put("file", r.file());
        out.put("matched", r.matched());
        out.put("statesVisited", r.statesVisited());
        out.put("maxCandidates", r.maxCandidates());
        PartialFailure f = r.failure();
        if (f != null) {
            Map<String, Object> fj = new LinkedHashMap<>();
            fj.put("event", f.index());
            fj.put("file", f.origin().file());
            fj.put("line", f.origin().line());
            if (f.origin().raw() != null) fj.put("raw", f.origin().raw());
            if (f.code() != null) fj.put("code", f.code());
            fj.put("reason", f.reason());
            fj.put("details", f.details());
            fj.put("candidateCount", f.candidateCount());
            fj.put("hiddenClosure", f.hiddenClosure());
            List<Object> states = new ArrayList<>();
            for (State s : f.candidates()) states.add(view(model, s));
            fj.put("candidates", states);
            out.put("failure", fj);
        }
        out.put("seconds", r.elapsed().toNanos() / 1e9);
        return out;
    }

    /** A global state as people read it: each node's variables, then the network. */
    static Map<String, String> view(ModelInstance model, State s) {
        Map<String, String> out = new LinkedHashMap<>();
        for (CheckedSpec.Role role : model.spec().roles()) {
            NodeV[] nodes = model.nodes(role.index());
            for (int n = 0; n < nodes.length; n++) {
                int base = model.nodeBase(role.index(), n);
                List<String> vars = new ArrayList<>();
                for (CheckedSpec.Var v : role.vars()) vars.add(v.name() + " = " + s.slot(base + v.index()).show());
                out.put(nodes[n].name(), String.join(", ", vars));
            }
        }
        out.put("network", s.slot(model.networkSlot()).show());
        return out;
    }
}
