package dev.lockstep.spectojava;

import dev.lockstep.lang.ir.BinaryOp;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Exprs;
import dev.lockstep.lang.ir.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The may-read/may-modify analysis that splits one exchange into MiCA's f1/f2/f3 (docs/spec-to-java.md, "Exchanges:
 * f1/f2/f3"). The guard's longest prefix of conjuncts that read no peer variable is checked at the initiator; the
 * rest at the receiver. {@code msg1} carries the initiator's variables that the receiver-side conjuncts and the
 * peer's new values read; {@code msg2} the receiver's old variables that the initiator's new values read. Every
 * right-hand side reads the old state only, so this one round trip computes the atomic update exactly.
 *
 * @param initiatorGuard conjuncts evaluated by the initiator before sending (no peer variable read)
 * @param receiverGuard  the remaining conjuncts, evaluated by the receiver (empty: it always accepts)
 * @param own            the initiator's assignments, for a failing exchange their "both" outcome
 * @param peer           the peer's assignments, likewise
 * @param msg1           indices of the initiator's variables msg1 carries, in declaration order
 * @param msg2           indices of the receiver's variables msg2 carries, in declaration order
 * @param msg1Layers     the initiator's lower-layer reads ({@code L[self].x}, {@link LayerReads}) the receiver
 *                       evaluates, which msg1 carries too; one per layer variable, in spec order
 * @param msg2Layers     the receiver's lower-layer reads ({@code L[peer].x}) the initiator's new values read, in msg2
 */
record ExchangeSplit(CheckedSpec.Action action, CheckedSpec.Trigger.Exchange exchange, List<Expr> initiatorGuard,
                     List<Expr> receiverGuard, List<Stmt.Assign> own, List<Stmt.PeerAssign> peer, List<Integer> msg1,
                     List<Integer> msg2, List<Expr.RemoteVar> msg1Layers, List<Expr.RemoteVar> msg2Layers) {

    /** What the split cannot project, or null when {@code a} fits (then {@link #of} succeeds). */
    static String refusal(CheckedSpec spec, CheckedSpec.Action a) {
        CheckedSpec.Trigger.Exchange x = (CheckedSpec.Trigger.Exchange) a.trigger();
        List<Expr> all = new ArrayList<>(List.of(a.guard()));
        for (Stmt s : a.effects()) {
            switch (s) {
                case Stmt.Assign asg -> all.add(asg.value());
                case Stmt.PeerAssign p -> all.add(p.value());
                case Stmt.TimerControl t -> {
                    return "it restarts or cancels a timer, which has no place in the f1/f2/f3 messages";
                }
                case Stmt.Send send -> {
                    return "it sends a message"; // LS414 already; kept so the switch stays exhaustive
                }
            }
        }
        for (Expr e : all) {
            // The peer's variables, and a lower layer's (reads L) at self or at the peer.
            if (Exprs.anyMatch(e, r -> r instanceof Expr.RemoteVar rv
                    && !(rv.node() instanceof Expr.Local l && l.slot() == x.peer().slot())
                    && !(rv.node() instanceof Expr.Self && !rv.role().equals(a.role())))) {
                return "it reads a variable of a node other than self and the peer";
            }
            if (Exprs.readsNetwork(e)) return "it reads the network";
            if (Exprs.anyMatch(e, c -> c instanceof Expr.DefCall d && spec.defs().get(d.defIndex()).readsGlobalState())) {
                return "it calls a definition that reads global state";
            }
        }
        return null;
    }

    /** The split of exchange action {@code a}, which {@link #refusal} accepted. */
    static ExchangeSplit of(CheckedSpec.Action a) {
        CheckedSpec.Trigger.Exchange x = (CheckedSpec.Trigger.Exchange) a.trigger();
        int outcome = x.mayFail() ? a.params().get(1).local().slot() : -1;
        List<Expr> conjuncts = Exprs.conjuncts(a.guard());
        int cut = 0;
        while (cut < conjuncts.size() && !readsPeerVar(conjuncts.get(cut))) cut++;
        List<Expr> atInitiator = conjuncts.subList(0, cut);
        List<Expr> atReceiver = conjuncts.subList(cut, conjuncts.size());
        List<Stmt.Assign> own = new ArrayList<>();
        List<Stmt.PeerAssign> peer = new ArrayList<>();
        for (Stmt s : a.effects()) {
            switch (s) {
                case Stmt.Assign asg -> own.add(new Stmt.Assign(asg.var(), asg.varIndex(), committed(asg.value(), outcome), asg.span()));
                case Stmt.PeerAssign p -> peer.add(new Stmt.PeerAssign(p.var(), p.varIndex(), p.roleIndex(), p.peer(),
                        committed(p.value(), outcome), p.span()));
                case Stmt.TimerControl t -> throw new IllegalStateException("refused by ExchangeSplit.refusal");
                case Stmt.Send send -> throw new IllegalStateException("refused by ExchangeSplit.refusal");
            }
        }
        // msg1: what the receiver evaluates of the initiator (its own variables, read as VarRef).
        TreeSet<Integer> msg1 = new TreeSet<>();
        for (Expr e : atReceiver) ownReads(e, msg1);
        for (Stmt.PeerAssign p : peer) ownReads(p.value(), msg1);
        // msg2: what the initiator's new values read of the receiver's old state (RemoteVar on the peer).
        TreeSet<Integer> msg2 = new TreeSet<>();
        java.util.TreeMap<List<Integer>, Expr.RemoteVar> msg2Layers = new java.util.TreeMap<>(LAYER_ORDER);
        for (Stmt.Assign asg : own) {
            Exprs.forEach(asg.value(), e -> {
                if (e instanceof Expr.RemoteVar r && r.role().equals(a.role())) msg2.add(r.varIndex());
                else if (e instanceof Expr.RemoteVar r && !(r.node() instanceof Expr.Self)) msg2Layers.put(key(r), r);
            });
        }
        // msg1 also carries the initiator's lower layers that the receiver's side reads (L[self].x).
        java.util.TreeMap<List<Integer>, Expr.RemoteVar> msg1Layers = new java.util.TreeMap<>(LAYER_ORDER);
        List<Expr> atReceiverSide = new ArrayList<>(atReceiver);
        for (Stmt.PeerAssign p : peer) atReceiverSide.add(p.value());
        for (Expr root : atReceiverSide) {
            Exprs.forEach(root, e -> {
                if (e instanceof Expr.RemoteVar r && r.node() instanceof Expr.Self) msg1Layers.put(key(r), r);
            });
        }
        return new ExchangeSplit(a, x, List.copyOf(atInitiator), List.copyOf(atReceiver), own, peer,
                List.copyOf(msg1), List.copyOf(msg2), List.copyOf(msg1Layers.values()),
                List.copyOf(msg2Layers.values()));
    }

    private static final java.util.Comparator<List<Integer>> LAYER_ORDER = java.util.Comparator
            .<List<Integer>>comparingInt(k -> k.get(0)).thenComparingInt(k -> k.get(1));

    private static List<Integer> key(Expr.RemoteVar r) { return List.of(r.roleIndex(), r.varIndex()); }

    /** Whether {@code e} reads the peer's state: its variables or a lower layer at the peer (not one at self). */
    private static boolean readsPeerVar(Expr e) {
        return Exprs.anyMatch(e, r -> r instanceof Expr.RemoteVar rv && !(rv.node() instanceof Expr.Self));
    }

    private static void ownReads(Expr root, TreeSet<Integer> out) {
        Exprs.forEach(root, e -> {
            if (e instanceof Expr.VarRef v) out.add(v.varIndex());
        });
    }

    /**
     * A failing exchange's assignment {@code IF outcome /= "other" THEN e ELSE old} (ExchangeRules) as {@code e}: the
     * projection computes the outcome where both commit; the others are a side's rollback to its saved state.
     */
    private static Expr committed(Expr value, int outcomeSlot) {
        if (outcomeSlot >= 0 && value instanceof Expr.If i && i.cond() instanceof Expr.Binary b
                && b.op() == BinaryOp.NEQ && b.left() instanceof Expr.Local l && l.slot() == outcomeSlot) {
            return i.then();
        }
        if (outcomeSlot >= 0 && Exprs.anyMatch(value, e -> e instanceof Expr.Local l && l.slot() == outcomeSlot)) {
            throw new IllegalStateException("a failing exchange's assignment not in ExchangeRules' form: " + value);
        }
        return value;
    }
}
