package dev.lockstep.lang.transform;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.ir.BinaryOp;
import dev.lockstep.lang.ir.Stmt;
import dev.lockstep.lang.source.SourceFile;
import dev.lockstep.lang.syntax.Ast;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The part of {@link ReliableTransform} inside one role: a {@code pending} set and a retransmit timer per message
 * type the role sends, a {@code seen} set per type it receives; each send also records the message as pending,
 * each receive handles a message once, records it as seen and acknowledges it; a duplicate is acknowledged again.
 */
final class RoleRewrite {
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<BinaryOp> NO_PARENS_AFTER_AND = Set.of(BinaryOp.AND, BinaryOp.EQ, BinaryOp.NEQ,
            BinaryOp.LT, BinaryOp.LE, BinaryOp.GT, BinaryOp.GE, BinaryOp.IN, BinaryOp.NOTIN, BinaryOp.SUBSETEQ);

    private final ReliableTransform t;
    private final Ast.RoleDecl role;
    private final SourceFile source;
    private final TextEdits edits;
    private final String indent;

    RoleRewrite(ReliableTransform t, Ast.RoleDecl role) {
        this.t = t;
        this.role = role;
        this.source = t.source();
        this.edits = t.edits();
        int firstItem = !role.vars().isEmpty() ? role.vars().getFirst().span().start()
                : !role.actions().isEmpty() ? role.actions().getFirst().span().start() : -1;
        this.indent = firstItem < 0 ? "  " : " ".repeat(source.column(firstItem) - 1);
    }

    /** The variables and actions the transform adds to {@code role}. */
    static List<String> addedNames(ReliableTransform t, Ast.RoleDecl role) {
        List<String> names = new ArrayList<>();
        for (String m : sent(role)) names.addAll(List.of(pending(m), "Retransmit" + m, "Receive" + ReliableTransform.ackOf(m)));
        for (String m : received(role)) names.addAll(List.of(seen(m), "Duplicate" + m));
        return names;
    }

    void run() {
        variables();
        for (Ast.ActionDecl a : role.actions()) action(a);
        addedActions();
    }

    private static Set<String> sent(Ast.RoleDecl role) {
        Set<String> out = new LinkedHashSet<>();
        for (Ast.ActionDecl a : role.actions()) {
            for (Ast.Stmt s : a.body()) if (s instanceof Ast.Send send) out.add(send.messageType().name());
        }
        return out;
    }

    private static Set<String> received(Ast.RoleDecl role) {
        Set<String> out = new LinkedHashSet<>();
        for (Ast.ActionDecl a : role.actions()) {
            if (a.trigger() instanceof Ast.OnReceive r) out.add(r.messageType().name());
        }
        return out;
    }

    private static String pending(String message) { return "pending" + message; }

    private static String seen(String message) { return "seen" + message; }

    private void variables() {
        StringBuilder vars = new StringBuilder();
        for (String m : sent(role)) {
            vars.append('\n').append(indent).append("var ").append(pending(m)).append(": set<").append(recordType("dst", m))
                    .append("> = {}");
        }
        for (String m : received(role)) {
            vars.append('\n').append(indent).append("var ").append(seen(m)).append(": set<").append(recordType("src", m))
                    .append("> = {}");
        }
        if (vars.isEmpty()) return;
        int at = role.vars().isEmpty() ? source.text().indexOf('{', role.nodes().span().end()) + 1
                : role.vars().getLast().span().end();
        edits.insert(at, vars.toString());
    }

    /** {@code [end: node, f: T, ...]}, the pending or seen record of a message type. */
    private String recordType(String end, String message) {
        StringBuilder b = new StringBuilder("[").append(end).append(": node");
        for (String[] f : t.fieldsOf(message)) b.append(", ").append(f[0]).append(": ").append(f[1]);
        return b.append(']').toString();
    }

    /** {@code [end |-> var.end, f |-> var.f, ...]}: the record that identifies message {@code var}. */
    private String recordOf(String end, String message, String var) {
        StringBuilder b = new StringBuilder("[").append(end).append(" |-> ").append(var).append('.').append(end);
        for (String[] f : t.fieldsOf(message)) b.append(", ").append(f[0]).append(" |-> ").append(var).append('.').append(f[0]);
        return b.append(']').toString();
    }

    /** {@code { f: var.f, ... }}, the payload of {@code message} copied from {@code var}. */
    private String payloadFrom(String message, String var) {
        List<String[]> fs = t.fieldsOf(message);
        if (fs.isEmpty()) return " {}";
        List<String> parts = new ArrayList<>();
        for (String[] f : fs) parts.add(f[0] + ": " + var + "." + f[0]);
        return " { " + String.join(", ", parts) + " }";
    }

    private void action(Ast.ActionDecl a) {
        List<String> appended = new ArrayList<>();
        Map<String, List<String>> pendingAdds = new LinkedHashMap<>();
        for (Ast.Stmt s : a.body()) {
            if (s instanceof Ast.Send send) {
                pendingAdds.computeIfAbsent(send.messageType().name(), k -> new ArrayList<>()).add(pendingRecords(send));
            }
        }
        pendingAdds.forEach((m, adds) -> appended.add(pending(m) + "' = " + pending(m) + " \\cup "
                + String.join(" \\cup ", adds)));
        if (a.trigger() instanceof Ast.OnReceive rcv) {
            String m = rcv.messageType().name();
            String var = rcv.messageVar().name();
            String key = recordOf("src", m, var);
            if (a.fairness() == Ast.Fairness.WEAK) edits.insert(a.span().start(), "strong ");
            if (!guard(a, key + " \\notin " + seen(m))) return;
            appended.add(seen(m) + "' = " + seen(m) + " \\cup {" + key + "}");
            appended.add("send " + ReliableTransform.ackOf(m) + payloadFrom(m, var) + " to " + var + ".src");
        }
        if (appended.isEmpty()) return;
        String stmtIndent = " ".repeat(source.column(a.body().getFirst().span().start()) - 1);
        StringBuilder text = new StringBuilder();
        for (String s : appended) text.append('\n').append(stmtIndent).append(s);
        edits.insert(a.body().getLast().span().end(), text.toString());
    }

    /** The records a send adds to the pending set: one per destination. */
    private String pendingRecords(Ast.Send send) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Ast.FieldInit f : send.fields()) values.put(f.name().name(), f.value().span().text());
        String to = send.to().span().text();
        Stmt.Send ir = t.sendAt(send.span().start());
        boolean toSet = ir != null && ir.toSet();
        String dst = toSet ? freshName(values.values(), to) : to;
        StringBuilder rec = new StringBuilder("[dst |-> ").append(dst);
        for (String[] f : t.fieldsOf(send.messageType().name())) {
            rec.append(", ").append(f[0]).append(" |-> ").append(values.get(f[0]));
        }
        rec.append(']');
        return toSet ? "{" + rec + " : " + dst + " \\in " + parenthesized(to) + "}" : "{" + rec + "}";
    }

    /** A bound name that none of the texts uses. */
    private static String freshName(Iterable<String> texts, String to) {
        for (String candidate : List.of("d", "dest", "dest1", "dest2")) {
            Pattern word = Pattern.compile("\\b" + candidate + "\\b");
            boolean used = word.matcher(to).find();
            for (String text : texts) used |= word.matcher(text).find();
            if (!used) return candidate;
        }
        return "destination_";
    }

    private static String parenthesized(String text) {
        return IDENT.matcher(text).matches() ? text : "(" + text + ")";
    }

    /**
     * Adds {@code cond} to the action's guard, keeping its layout: a new bullet in a {@code /\} list, a conjunct
     * in front of a one-line guard, a new {@code when} where there was none. False when the guard's layout is not
     * one of these (the action is refused).
     */
    private boolean guard(Ast.ActionDecl a, String cond) {
        String text = source.text();
        if (a.guard() == null) {
            int doAt = text.lastIndexOf("do", a.body().getFirst().span().start());
            edits.insert(doAt, "when " + cond + " ");
            return true;
        }
        int start = a.guard().span().start();
        int bullet = start;
        while (bullet > 0 && text.charAt(bullet - 1) == ' ') bullet--;
        int at = text.startsWith("/\\", start) ? start
                : bullet >= 2 && text.startsWith("/\\", bullet - 2) ? bullet - 2 : -1;
        if (at >= 0) {
            edits.insert(at, "/\\ " + cond + "\n" + " ".repeat(source.column(at) - 1));
            return true;
        }
        String g = a.guard().span().text();
        if (g.contains("\n")) {
            t.refuse(Code.TRANSFORM_UNSUPPORTED, a.guard().span(), "transform reliable cannot add a conjunct to this"
                    + " guard of " + role.name().name() + "." + a.name().name() + " without changing its layout",
                    "write the guard on one line, or as a list of /\\ bullets");
            return false;
        }
        boolean parens = a.guard() instanceof Ast.Binary b && !NO_PARENS_AFTER_AND.contains(b.op());
        edits.replace(start, a.guard().span().end(), cond + " /\\ " + (parens ? "(" + g + ")" : g));
        return true;
    }

    private void addedActions() {
        Set<String> sent = sent(role);
        Set<String> received = received(role);
        if (sent.isEmpty() && received.isEmpty()) return;
        String in = indent + "  ";
        StringBuilder b = new StringBuilder("\n").append(indent)
                .append("\\* Added by the transform: retransmit until acknowledged; acknowledge a duplicate again.\n");
        for (String m : sent) {
            String ack = ReliableTransform.ackOf(m);
            b.append(indent).append("fair ").append(ReliableTransform.RETRANSMIT_TIMER).append(" action Retransmit")
                    .append(m).append("(out \\in ").append(pending(m)).append(")\n");
            b.append(in).append("do send ").append(m).append(payloadFrom(m, "out")).append(" to out.dst\n");
            b.append(indent).append("strong fair on receive ack: ").append(ack).append('\n');
            b.append(in).append("do ").append(pending(m)).append("' = ").append(pending(m)).append(" \\ {")
                    .append(recordOf("dst", m, "ack").replace("dst |-> ack.dst", "dst |-> ack.src")).append("}\n");
        }
        for (String m : received) {
            b.append(indent).append("strong fair on receive msg: ").append(m).append(" as Duplicate").append(m).append('\n');
            b.append(in).append("when ").append(recordOf("src", m, "msg")).append(" \\in ").append(seen(m)).append('\n');
            b.append(in).append("do send ").append(ReliableTransform.ackOf(m)).append(payloadFrom(m, "msg"))
                    .append(" to msg.src\n");
        }
        int close = role.span().end() - 1;
        edits.insert(close, b.toString());
    }
}
