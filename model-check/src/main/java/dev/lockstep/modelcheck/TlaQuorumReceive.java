package dev.lockstep.modelcheck;

import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.CheckedSpec.NetworkKind;
import dev.lockstep.lang.ir.CheckedSpec.Trigger.OnReceiveAll;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.value.BoolV;
import java.util.List;
import java.util.function.Consumer;

/**
 * The TLA+ of a quorum receive ({@code on receive all ms: T from Q where m: filter}), as a TLA+ spec over a message
 * set writes it:
 * <pre>
 *   LET ms == {m \in Deliverable : m.type = "T" /\ m.dst = self /\ m.src \in Q /\ filter} IN
 *   /\ Q \subseteq {x.src : x \in ms}
 * </pre>
 * printed after the action's parameters (which the senders and the filter may read). On a bag or fifo network the
 * action consumes the received messages with {@code RemoveAll}; on a set network nothing is consumed.
 */
final class TlaQuorumReceive {
    private TlaQuorumReceive() {}

    static boolean used(CheckedSpec spec) {
        return !spec.quorumReceives().isEmpty();
    }

    /** The helper that removes a received set from the network (none on a set network, which keeps them). */
    static List<String> helpers(NetworkKind kind) {
        String removeAll = TlaNames.REMOVE_ALL;
        return switch (kind) {
            case SET -> List.of();
            case BAG -> List.of(
                    "\\* A quorum receive consumed one copy of every message of S.",
                    removeAll + "(net, S) ==",
                    "  [x \\in {y \\in DOMAIN net : y \\notin S \\/ net[y] > 1} |-> IF x \\in S THEN net[x] - 1 ELSE net[x]]");
            case FIFO -> List.of(
                    "\\* A quorum receive consumed the heads of the channels S.",
                    removeAll + "(net, S) ==",
                    "  [c \\in {y \\in DOMAIN net : y \\notin S \\/ Len(net[y]) > 1} |-> IF c \\in S THEN Tail(net[c]) ELSE net[c]]");
        };
    }

    /**
     * Prints the LET binding the received set and the quorum condition, at {@code indent}; returns the name of the
     * received set. The caller's printer scope stays open for the guard and effects.
     */
    static String receive(OnReceiveAll trigger, TlaExprPrinter printer, String indent, Consumer<String> line) {
        String senders = printer.operand(trigger.from());
        printer.open();
        String m = printer.bind(trigger.each());
        String filter = trigger.filter() instanceof Expr.Lit l && l.value().equals(BoolV.TRUE)
                ? "" : " /\\ " + printer.operand(trigger.filter());
        printer.close();
        String ms = printer.bind(trigger.received());
        String x = printer.bindSynthetic("x");
        line.accept(indent + "LET " + ms + " == {" + m + " \\in " + TlaNames.DELIVERABLE + " : " + m + ".type = "
                + TlaExprPrinter.quote(trigger.messageType()) + " /\\ " + m + ".dst = " + TlaNames.SELF + " /\\ "
                + m + ".src \\in " + senders + filter + "} IN");
        // Not \A s \in Q : \E x \in ms : x.src = s, which TLC would take apart into one successor per witness.
        line.accept(indent + "/\\ " + senders + " \\subseteq {" + x + ".src : " + x + " \\in " + ms + "}");
        return ms;
    }

    /** The network term once the received set {@code ms} is consumed ({@code net} itself on a set network). */
    static String consume(NetworkKind kind, String net, String ms, TlaExprPrinter printer) {
        return switch (kind) {
            case SET -> net;
            case BAG -> TlaNames.REMOVE_ALL + "(" + net + ", " + ms + ")";
            case FIFO -> {
                String x = printer.bindSynthetic("x");
                yield TlaNames.REMOVE_ALL + "(" + net + ", {<<" + x + ".src, " + x + ".dst>> : " + x + " \\in " + ms
                        + "})";
            }
        };
    }
}
