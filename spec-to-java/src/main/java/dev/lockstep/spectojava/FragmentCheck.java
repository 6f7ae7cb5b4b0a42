package dev.lockstep.spectojava;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.ir.BinaryOp;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Exprs;
import dev.lockstep.lang.ir.Stmt;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.types.Type;
import dev.lockstep.lang.value.BoolV;
import dev.lockstep.lang.value.EnumV;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.StrV;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The fragment of the language the Java backend translates, checked before generating so that what falls outside
 * is an LS850 diagnostic at its span and never broken Java. Also collects the record types the spec uses.
 * Outside the fragment: tuples whose elements differ in type, functions of several variables (tuple keys),
 * EXCEPT on a record field, {@code @@} on sequences, and definitions that read the global state called from a model
 * binding or a role's node set.
 */
final class FragmentCheck {
    private final List<Diagnostic> problems = new ArrayList<>();
    private final java.util.Map<Type.Record, Span> records = new java.util.LinkedHashMap<>();
    private final Set<Type.Tuple> reportedTuples = new java.util.HashSet<>();

    /** With {@code projectExchanges}, exchange actions are checked for their f1/f2/f3 projection, not refused. */
    private final boolean projectExchanges;
    /** True while checking an exchange, whose projection reads the peer's variables (from a message). */
    private boolean inExchange;
    /** The role whose actions are being checked, or null outside them. */
    private CheckedSpec.Role inRole;

    private FragmentCheck(boolean projectExchanges) { this.projectExchanges = projectExchanges; }

    static FragmentCheck run(CheckedSpec spec) { return run(spec, false); }

    static FragmentCheck run(CheckedSpec spec, boolean projectExchanges) {
        FragmentCheck c = new FragmentCheck(projectExchanges);
        c.check(spec);
        return c;
    }

    List<Diagnostic> problems() { return problems; }

    List<Type.Record> recordTypes() { return List.copyOf(records.keySet()); }

    /** Where a record type is first used. */
    Span recordSpan(Type.Record r) { return records.get(r); }

    /**
     * Pure definitions and model factories all become methods of the one constants record. A class file holds at most
     * 65,535 methods and 65,535 constant-pool entries, and each method takes one or more entries; this bound keeps
     * well below both (40,000 one-line definitions still compile).
     */
    static final int MAX_CONSTANTS_METHODS = 30_000;

    private void check(CheckedSpec spec) {
        long methods = spec.models().size() + spec.defs().stream().filter(d -> !d.readsGlobalState()).count();
        if (methods > MAX_CONSTANTS_METHODS) {
            Span at = spec.defs().isEmpty() ? spec.models().get(0).span() : spec.defs().get(0).span();
            error(at, "the spec has " + methods + " definitions and models, more than the " + MAX_CONSTANTS_METHODS
                    + " the Java backend can put in one class", "the class file format limits a class to 65,535 "
                    + "methods and constants; split the protocol, or write repetitive definitions as one "
                    + "definition with a parameter");
            return;
        }
        for (CheckedSpec.Const c : spec.consts()) type(c.type(), c.span());
        for (CheckedSpec.MessageDecl m : spec.messages()) {
            for (Type.Field f : m.type().fields()) type(f.type(), m.span());
        }
        for (CheckedSpec.Def d : spec.defs()) {
            if (d.readsGlobalState()) continue; // only invariants and properties can call it; they are not generated
            for (Expr.Local p : d.params()) type(p.type(), p.span());
            expr(d.body());
        }
        for (CheckedSpec.Role r : spec.roles()) {
            inRole = null;
            expr(r.nodes());
            for (CheckedSpec.Var v : r.vars()) {
                if (v.ghost()) continue;  // not generated: the model keeps it, the node does not
                type(v.type(), v.span());
                expr(v.init());
            }
            List<CheckedSpec.Action> actions = new ArrayList<>(r.actions());
            if (r.restart() != null) actions.add(r.restart()); // its effects are generated into restart()
            inRole = r;
            for (CheckedSpec.Action a : actions) {
                inExchange = a.trigger() instanceof CheckedSpec.Trigger.Exchange;
                if (inExchange && !projectExchanges) {
                    error(a.span(), "exchange " + a.qualifiedName() + " is not supported by the Java backend: an"
                            + " exchange runs on two nodes; its projection into messages (f1/f2/f3) is built"
                            + " (JavaGenerator.projection), but generated machines do not run it yet", "explore, check"
                            + " (TLC) and prove the spec; generate and run only specs without exchange actions");
                    continue;
                }
                String refusal = inExchange ? ExchangeSplit.refusal(spec, a) : null;
                if (refusal != null) {
                    error(a.span(), "exchange " + a.qualifiedName() + " has no f1/f2/f3 projection: " + refusal);
                    continue;
                }
                if (a.trigger() instanceof CheckedSpec.Trigger.OnReceiveAll all) {
                    expr(all.from());
                    expr(all.filter());
                }
                for (CheckedSpec.Param p : a.params()) {
                    type(p.local().type(), p.local().span());
                    expr(p.domain());
                }
                expr(a.guard());
                for (Stmt s : a.effects()) {
                    switch (s) {
                        case Stmt.Assign asg -> {
                            if (!r.vars().get(asg.varIndex()).ghost()) expr(asg.value());
                        }
                        case Stmt.Send send -> {
                            send.values().forEach(this::expr);
                            expr(send.to());
                        }
                        case Stmt.TimerControl timer -> { }
                        case Stmt.PeerAssign peer -> {
                            if (!r.vars().get(peer.varIndex()).ghost()) expr(peer.value());
                        }
                    }
                }
            }
        }
        inExchange = false;
        inRole = null;
        layerNameClashes(spec);
        for (CheckedSpec.Model m : spec.models()) {
            for (Expr b : m.bindings()) {
                if (b == null) continue;
                expr(b);
                if (Exprs.callsDefinition(b)) {
                    error(b.span(), "a model binding that calls a definition is not supported by the Java backend",
                            "write the value out, or bind it in a constant the definition does not need");
                }
            }
        }
    }

    /**
     * A layered role and a role it reads run on the same nodes, as one machine whose trace names an action without
     * its role (docs/runtime.md, "Roles on one node"): their action names must differ (LS853).
     */
    private void layerNameClashes(CheckedSpec spec) {
        for (CheckedSpec.Role upper : spec.roles()) {
            for (String lowerName : LayerReads.of(upper)) {
                CheckedSpec.Role lower = spec.role(lowerName).orElseThrow();
                for (CheckedSpec.Action a : upper.actions()) {
                    if (lower.actions().stream().anyMatch(b -> b.name().equals(a.name()))) {
                        problems.add(Diagnostic.error(Code.JAVA_LAYER_NAME_CLASH, a.span(), "role " + upper.name()
                                + " reads role " + lowerName + " and both have an action " + a.name() + "; generated"
                                + " Java runs them as one machine per node, whose trace names actions without their"
                                + " role", "rename one of them"));
                    }
                }
            }
        }
    }

    private void type(Type t, Span span) {
        switch (t) {
            case Type.SetOf s -> type(s.element(), span);
            case Type.SeqOf s -> type(s.element(), span);
            case Type.MapOf m -> {
                type(m.key(), span);
                type(m.value(), span);
            }
            case Type.Tuple tu -> {
                if (TypeMapper.seqElement(tu) == null) {
                    if (!reportedTuples.add(tu)) return; // once per type, at its first use
                    error(span, "tuples whose elements have different types (" + tu + ") are not supported by the Java "
                            + "backend", "use a record with named fields instead");
                } else {
                    tu.elements().forEach(e -> type(e, span));
                }
            }
            case Type.Record r -> {
                for (Type.Field f : r.fields()) type(f.type(), span);
                records.putIfAbsent(r, span);
            }
            default -> { }
        }
    }

    private void expr(Expr e) {
        type(e.type(), e.span());
        switch (e) {
            case Expr.Lit l -> {
                if (!(l.value() instanceof BoolV || l.value() instanceof IntV || l.value() instanceof StrV
                        || l.value() instanceof EnumV || l.value() instanceof NodeV)) {
                    error(e.span(), "a literal value " + l.value().show() + " is not supported by the Java backend");
                }
            }
            case Expr.RemoteVar r -> {
                // An exchange's projection reads its peer's variables from a message (ExchangeSplit checks the node);
                // a layered role reads a lower layer on its own node (reads L, LayerReads).
                boolean layer = inRole != null && LayerReads.isLayerRead(inRole, r) && r.node() instanceof Expr.Self;
                if (!inExchange && !layer) error(e.span(), "generated code cannot read another node's variable");
            }
            case Expr.NetworkView n -> error(e.span(), "generated code cannot read the network");
            case Expr.Primed p -> error(e.span(), "a primed read (a transition property's next state) has no Java"
                    + " translation");
            case Expr.NetworkRead n -> error(e.span(), "generated code cannot read the network ("
                    + n.query().spelling() + ")");
            case Expr.InfiniteSet i -> error(e.span(), i.name() + " can only appear on the right of \\in or \\notin "
                    + "in generated code");
            case Expr.Unary u -> {
                if (u.op().isTemporal()) error(e.span(), "temporal operators have no Java translation");
            }
            case Expr.Binary b -> {
                if (b.op().isTemporal()) error(e.span(), "temporal operators have no Java translation");
                if (b.op() == BinaryOp.MERGE_MAP && (!(b.left().type() instanceof Type.MapOf)
                        || !(b.right().type() instanceof Type.MapOf))) {
                    error(e.span(), "@@ on sequences is not supported by the Java backend");
                }
                if ((b.op() == BinaryOp.IN || b.op() == BinaryOp.NOTIN) && b.right() instanceof Expr.InfiniteSet) {
                    expr(b.left());
                    return;
                }
            }
            case Expr.FnCtor f -> {
                if (f.vars().size() > 1) {
                    error(e.span(), "functions of several variables (tuple keys) are not supported by the Java backend");
                }
            }
            case Expr.Apply a -> {
                Type f = a.function().type();
                if (!(f instanceof Type.MapOf) && TypeMapper.seqElement(f) == null) {
                    error(e.span(), "indexing a tuple whose elements differ in type is not supported by the Java backend");
                }
            }
            case Expr.Except x -> {
                for (Expr.Update u : x.updates()) {
                    for (Expr.PathStep s : u.path()) {
                        if (s instanceof Expr.FieldStep) {
                            error(e.span(), "EXCEPT on a record field is not supported by the Java backend",
                                    "build the record anew: [r EXCEPT !.f = v] is [f |-> v, g |-> r.g]");
                        }
                    }
                }
            }
            // Translated whenever their sub-expressions and type are; listed so that a new kind must be placed.
            case Expr.ConstRef c -> { }
            case Expr.Local l -> { }
            case Expr.Self x -> { }
            case Expr.VarRef v -> { }
            case Expr.Quant q -> { }
            case Expr.Choose c -> { }
            case Expr.SetLit x -> { }
            case Expr.SetFilter f -> { }
            case Expr.SetMap m -> { }
            case Expr.RecordCtor r -> { }
            case Expr.TupleLit t -> { }
            case Expr.FieldAccess f -> { }
            case Expr.If i -> { }
            case Expr.Case c -> { }
            case Expr.Let l -> { }
            case Expr.BuiltinCall b -> { }
            case Expr.DefCall d -> { }
        }
        for (Expr child : Exprs.children(e)) expr(child);
    }

    private void error(Span span, String message, String... notes) {
        problems.add(Diagnostic.error(Code.JAVA_UNSUPPORTED, span, message, notes));
    }
}
