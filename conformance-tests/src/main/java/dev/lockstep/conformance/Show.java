package dev.lockstep.conformance;

import dev.lockstep.lang.value.FnV;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.StrV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Readable renderings of values for reports: messages as {@code Prepared r1 -> tm {rm: r1}}, and what differs. */
final class Show {
    private Show() {}

    static String message(RecordV m) {
        StringBuilder b = new StringBuilder();
        Value type = m.messageType();
        b.append(type instanceof StrV s ? s.value() : String.valueOf(type)).append(' ')
                .append(m.src().show()).append(" -> ").append(m.dst().show());
        List<String> payload = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            String f = m.name(i);
            if (!f.equals("type") && !f.equals("src") && !f.equals("dst")) payload.add(f + ": " + m.value(i).show());
        }
        if (!payload.isEmpty()) b.append(" {").append(String.join(", ", payload)).append('}');
        return b.toString();
    }

    static String messages(Collection<RecordV> ms) {
        if (ms.isEmpty()) return "(none)";
        List<String> out = new ArrayList<>();
        for (RecordV m : ms) out.add(message(m));
        return String.join(", ", out);
    }

    /** What differs inside two values of the same kind (set elements, record fields, function keys), or null. */
    static String delta(Value expected, Value actual) {
        if (expected instanceof SetV e && actual instanceof SetV a) {
            SetV missing = e.minus(a), extra = a.minus(e);
            List<String> parts = new ArrayList<>();
            if (missing.size() > 0) parts.add("missing " + missing.show());
            if (extra.size() > 0) parts.add("extra " + extra.show());
            return String.join("; ", parts);
        }
        if (expected instanceof RecordV e && actual instanceof RecordV a && e.names().equals(a.names())) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < e.size(); i++) {
                if (!e.value(i).equals(a.value(i))) {
                    parts.add("field " + e.name(i) + ": " + e.value(i).show() + " vs " + a.value(i).show());
                }
            }
            return String.join("; ", parts);
        }
        if (expected instanceof FnV e && actual instanceof FnV a) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < e.size(); i++) {
                Value other = a.get(e.key(i));
                if (other == null) parts.add("key " + e.key(i).show() + " missing");
                else if (!other.equals(e.value(i))) {
                    parts.add("at " + e.key(i).show() + ": " + e.value(i).show() + " vs " + other.show());
                }
            }
            for (int i = 0; i < a.size(); i++) if (e.get(a.key(i)) == null) parts.add("extra key " + a.key(i).show());
            return String.join("; ", parts);
        }
        return null;
    }
}
