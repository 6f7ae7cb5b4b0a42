package dev.lockstep.modelcheck;

import dev.lockstep.lang.ir.BinaryOp;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.value.BoolV;
import dev.lockstep.lang.value.EnumV;
import dev.lockstep.lang.value.FnV;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SeqV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.StrV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints checked expressions as TLA+. Compound operands are parenthesized, so TLA+'s precedence never changes the
 * meaning. Top-level names are spelled as {@link TlaNames} allocated them. Bound names are {@link TlaNames#ident}
 * of their spec spelling unless SANY would reject that (a reserved name, a name already bound in an enclosing
 * scope or defined at the top level): then they get a numeric suffix. Integers outside TLC's 32-bit range are
 * printed as they are and recorded ({@link #outOfRange}): TLC cannot evaluate them.
 */
final class TlaExprPrinter {
    private final TlaNames names;
    /** Active binders, innermost first: frame slot → the TLA+ name in use. */
    private final Deque<Map<Integer, String>> scopes = new ArrayDeque<>();
    private final List<Expr.Lit> outOfRange = new ArrayList<>();

    TlaExprPrinter(TlaNames names) {
        this.names = names;
    }

    /** The integer literals printed so far that TLC's 32-bit integers cannot hold. */
    List<Expr.Lit> outOfRange() { return outOfRange; }

    /** An integer inside {@code v} that TLC cannot hold, or null. */
    static Long beyondTlc(Value v) {
        return switch (v) {
            case IntV i -> fitsTlc(i.value()) ? null : i.value();
            case BoolV b -> null;
            case StrV s -> null;
            case EnumV e -> null;
            case NodeV n -> null;
            case SetV s -> firstBeyondTlc(s.elements());
            case SeqV s -> firstBeyondTlc(s.elements());
            case RecordV r -> {
                Long out = null;
                for (int i = 0; i < r.size() && out == null; i++) out = beyondTlc(r.value(i));
                yield out;
            }
            case FnV f -> {
                Long out = null;
                for (int i = 0; i < f.size() && out == null; i++) {
                    out = beyondTlc(f.key(i));
                    if (out == null) out = beyondTlc(f.value(i));
                }
                yield out;
            }
        };
    }

    private static Long firstBeyondTlc(Iterable<Value> values) {
        for (Value v : values) {
            Long out = beyondTlc(v);
            if (out != null) return out;
        }
        return null;
    }

    /** Whether TLC (32-bit integers) can hold {@code v}. */
    static boolean fitsTlc(long v) { return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE; }

    /** Binds {@code local} for the duration of a scope; returns the name to print. */
    String bind(Expr.Local local) {
        String name = fresh(local.name());
        scopes.peek().put(local.slot(), name);
        return name;
    }

    /** A name that is neither global nor bound in an enclosing scope. */
    String fresh(String base) {
        String ident = TlaNames.ident(base);
        String name = ident;
        for (int i = 1; names.symbols().contains(name) || TlaNames.reservedForBinders(name) || isBound(name); i++) {
            name = ident + "_" + i;
        }
        return name;
    }

    private boolean isBound(String name) {
        for (Map<Integer, String> s : scopes) if (s.containsValue(name)) return true;
        return false;
    }

    /** Binds a name the translator introduces itself (not a spec local), e.g. a send's destination. */
    String bindSynthetic(String base) {
        String name = fresh(base);
        scopes.peek().put(--synthetic, name);
        return name;
    }

    private int synthetic;

    /**
     * A received message the network stores without some of its fields, which the receiving action knows otherwise:
     * {@code src} (null: stored) and {@code dst} are TLA+ expressions for them. A fifo channel leaves out both (the
     * channel's key says them), a set network the destination. {@code scope} is the scope that binds the message
     * (a binder of the same slot in an inner scope is another variable).
     */
    private record ChannelMessage(Map<Integer, String> scope, String src, String dst, String type, List<String> fields) {
        String field(String name, String field) {
            return switch (field) {
                case "src" -> src != null ? src : name + ".src";
                case "dst" -> dst;
                default -> name + "." + TlaNames.field(field);
            };
        }

        /** The whole message, as a record with every field (as the spec sees it). */
        String full(String name) {
            StringBuilder b = new StringBuilder("[type |-> ").append(quote(type)).append(", src |-> ")
                    .append(field(name, "src")).append(", dst |-> ").append(dst);
            for (String f : fields) {
                String tla = TlaNames.field(f);
                b.append(", ").append(tla).append(" |-> ").append(name).append('.').append(tla);
            }
            return b.append(']').toString();
        }
    }

    private final Map<Integer, ChannelMessage> channelMessages = new HashMap<>();

    /**
     * Binds a received message the network stores without its source (unless {@code src} is null) and destination:
     * {@code m.src} prints as {@code src}, {@code m.dst} as {@code dst}, and {@code m} itself as the whole record
     * ({@code fields} are the message type's payload fields).
     */
    String bindHeldMessage(Expr.Local message, String src, String dst, String type, List<String> fields) {
        String name = bind(message);
        channelMessages.put(message.slot(), new ChannelMessage(scopes.peek(), src, dst, type, List.copyOf(fields)));
        return name;
    }

    private ChannelMessage channelMessage(Expr e) {
        if (!(e instanceof Expr.Local l)) return null;
        ChannelMessage cm = channelMessages.get(l.slot());
        if (cm == null) return null;
        for (Map<Integer, String> s : scopes) if (s.containsKey(l.slot())) return s == cm.scope() ? cm : null;
        return null;
    }

    void open() { scopes.push(new HashMap<>()); }

    /**
     * The text to print for reads of the acting node's variables, by {@code role.var} (empty: none). An {@code on
     * restart} action reads the state after the volatile reset, which the Crash action prints in place of the
     * reset variables (docs/language.md, "Crash and recovery").
     */
    private Map<String, String> varReads = Map.of();

    void readVarsAs(Map<String, String> reads) { this.varReads = Map.copyOf(reads); }

    void close() { scopes.pop(); }

    /** {@code body}'s result, computed in a fresh scope of bound names (opened before, closed after, even on error). */
    <T> T scoped(java.util.function.Supplier<T> body) {
        open();
        try {
            return body.get();
        } finally {
            close();
        }
    }

    /** Binds {@code @} of an EXCEPT clause to the slot the IR reads it from. */
    private void bindAt(int slot) { scopes.peek().put(slot, "@"); }

    String print(Expr e) {
        return switch (e) {
            case Expr.Lit l -> {
                if (beyondTlc(l.value()) != null) outOfRange.add(l);
                yield value(l.value());
            }
            case Expr.ConstRef c -> names.constant(c.name());
            case Expr.Local l -> channelMessage(l) instanceof ChannelMessage cm ? cm.full(local(l)) : local(l);
            case Expr.Self s -> TlaNames.SELF;
            case Expr.VarRef v -> varReads.getOrDefault(v.role() + "." + v.var(),
                    names.var(v.role(), v.var()) + "[" + TlaNames.SELF + "]");
            case Expr.RemoteVar r -> names.var(r.role(), r.var()) + "[" + print(r.node()) + "]";
            case Expr.NetworkView n -> TlaNames.MSGS + "(" + quote(n.messageType()) + ")";
            case Expr.NetworkRead n -> TlaNetworkReads.call(n, this::print);
            case Expr.InfiniteSet i -> i.name();
            case Expr.Unary u -> switch (u.op()) {
                case NOT -> "~" + operand(u.operand());
                case NEG -> "-" + operand(u.operand());
                case ALWAYS -> "[]" + operand(u.operand());
                case EVENTUALLY -> "<>" + operand(u.operand());
                case DOMAIN -> "DOMAIN " + operand(u.operand());
                case SUBSET -> "SUBSET " + operand(u.operand());
                case UNION -> "UNION " + operand(u.operand());
            };
            case Expr.Binary b -> binary(b);
            case Expr.Quant q -> binding(q.forall() ? "\\A " : "\\E ", q.vars(), q.domains(), " : ", q.body());
            case Expr.Choose c -> binding("CHOOSE ", List.of(c.var()), List.of(c.domain()), " : ", c.body());
            case Expr.SetLit s -> "{" + list(s.elements()) + "}";
            case Expr.SetFilter f -> "{" + binding("", List.of(f.var()), List.of(f.domain()), " : ", f.predicate())
                    + "}";
            case Expr.SetMap m -> setMap(m);
            case Expr.FnCtor f -> "[" + binding("", f.vars(), f.domains(), " |-> ", f.body()) + "]";
            case Expr.RecordCtor r -> {
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < r.names().size(); i++) fields.add(TlaNames.field(r.names().get(i)) + " |-> " + print(r.values().get(i)));
                yield "[" + String.join(", ", fields) + "]";
            }
            case Expr.TupleLit t -> "<<" + list(t.elements()) + ">>";
            case Expr.Apply a -> operand(a.function()) + "[" + print(a.arg()) + "]";
            case Expr.FieldAccess f -> channelMessage(f.target()) instanceof ChannelMessage cm ? cm.field(local(
                    (Expr.Local) f.target()), f.field()) : operand(f.target()) + "." + TlaNames.field(f.field());
            case Expr.Except x -> except(x);
            case Expr.If i -> "IF " + print(i.cond()) + " THEN " + print(i.then()) + " ELSE " + print(i.otherwise());
            case Expr.Case c -> {
                List<String> arms = new ArrayList<>();
                for (int i = 0; i < c.guards().size(); i++) arms.add(print(c.guards().get(i)) + " -> " + print(c.values().get(i)));
                if (c.other() != null) arms.add("OTHER -> " + print(c.other()));
                yield "CASE " + String.join(" [] ", arms);
            }
            case Expr.Let l -> let(l);
            case Expr.BuiltinCall b -> b.fn().spelling() + "(" + list(b.args()) + ")";
            case Expr.DefCall d -> d.args().isEmpty() ? names.def(d.name()) : names.def(d.name()) + "(" + list(d.args()) + ")";
            case Expr.Primed p -> operand(p.operand()) + "'";
        };
    }

    static boolean isRelation(BinaryOp op) { return RELATIONS.contains(op); }

    /** Operators TLA+ lets one chain without parentheses ({@code a + b + c}), grouping to the left. */
    private static final Set<BinaryOp> CHAINABLE = Set.of(BinaryOp.AND, BinaryOp.OR, BinaryOp.PLUS, BinaryOp.MINUS,
            BinaryOp.TIMES, BinaryOp.CUP, BinaryOp.CAP, BinaryOp.CONCAT);
    /** Of those, the associative ones: a long chain may be regrouped without changing its value. */
    private static final Set<BinaryOp> ASSOCIATIVE = Set.of(BinaryOp.AND, BinaryOp.OR, BinaryOp.PLUS, BinaryOp.TIMES,
            BinaryOp.CUP, BinaryOp.CAP, BinaryOp.CONCAT);
    /**
     * Longer chains of an associative operator are printed as a balanced tree of parenthesized halves: SANY and TLC
     * recurse once per operator of a flat chain and overflow their stack on a thousand terms; the tree keeps their
     * depth logarithmic. Evaluation order (left to right, short-circuiting for junctions) is unchanged.
     */
    static final int MAX_FLAT_CHAIN = 32;

    private String binary(Expr.Binary b) {
        if (b.op() == BinaryOp.FN_SET) return "[" + print(b.left()) + " -> " + print(b.right()) + "]";
        if (!CHAINABLE.contains(b.op())) {
            return operandOf(b.op(), b.left()) + " " + symbol(b.op()) + " " + operandOf(b.op(), b.right());
        }
        List<Expr> terms = chain(b);
        if (terms.size() > MAX_FLAT_CHAIN && ASSOCIATIVE.contains(b.op())) return balanced(b.op(), terms, 0, terms.size());
        return flat(b.op(), terms, 0, terms.size());
    }

    /**
     * The operands of a chain of {@code b}'s operator, left to right, found without recursion. Left operands of the
     * same operator always belong to the chain; right ones only for the junctions, which TLA+ also lets one write
     * without parentheses ({@code a /\\ (b /\\ c)} is {@code a /\\ b /\\ c}).
     */
    private static List<Expr> chain(Expr.Binary b) {
        List<Expr> out = new ArrayList<>();
        if (b.op() == BinaryOp.AND || b.op() == BinaryOp.OR) {
            Deque<Expr> todo = new ArrayDeque<>();
            todo.push(b);
            while (!todo.isEmpty()) {
                Expr e = todo.pop();
                if (e instanceof Expr.Binary x && x.op() == b.op()) {
                    todo.push(x.right());
                    todo.push(x.left());
                } else {
                    out.add(e);
                }
            }
            return out;
        }
        Expr e = b;
        while (e instanceof Expr.Binary x && x.op() == b.op()) {
            out.add(x.right());
            e = x.left();
        }
        out.add(e);
        java.util.Collections.reverse(out);
        return out;
    }

    private String flat(BinaryOp op, List<Expr> terms, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) out.append(' ').append(symbol(op)).append(' ');
            out.append(chainOperand(op, terms.get(i)));
        }
        return out.toString();
    }

    private String balanced(BinaryOp op, List<Expr> terms, int from, int to) {
        if (to - from <= MAX_FLAT_CHAIN) return flat(op, terms, from, to);
        int mid = (from + to) >>> 1;
        return "(" + balanced(op, terms, from, mid) + ") " + symbol(op) + " (" + balanced(op, terms, mid, to) + ")";
    }

    /** An operand inside a chain; a right operand with the chain's own operator keeps its parentheses. */
    private String chainOperand(BinaryOp op, Expr term) {
        if (term instanceof Expr.Binary b && b.op() == op) return "(" + print(term) + ")";
        return operandOf(op, term);
    }

    /** An expression as an operand: atoms as they are, anything else in parentheses. */
    String operand(Expr e) {
        String s = print(e);
        return isAtom(e) ? s : "(" + s + ")";
    }

    private static final Set<BinaryOp> LOGIC = Set.of(BinaryOp.AND, BinaryOp.OR, BinaryOp.IMPLIES, BinaryOp.EQUIV);
    private static final Set<BinaryOp> RELATIONS = Set.of(BinaryOp.EQ, BinaryOp.NEQ, BinaryOp.LT, BinaryOp.LE,
            BinaryOp.GT, BinaryOp.GE, BinaryOp.IN, BinaryOp.NOTIN, BinaryOp.SUBSETEQ);
    private static final Set<BinaryOp> TERMS = Set.of(BinaryOp.PLUS, BinaryOp.MINUS, BinaryOp.TIMES, BinaryOp.DIV,
            BinaryOp.MOD, BinaryOp.RANGE, BinaryOp.CUP, BinaryOp.CAP, BinaryOp.SETMINUS, BinaryOp.CONCAT);

    /**
     * An operand of a binary operator. Parentheses are dropped only where TLA+'s precedence makes them
     * redundant for sure: relations and terms under a logical operator, terms under a relation, and a chain of the
     * same associative junction ({@code a /\ b /\ c}).
     */
    private String operandOf(BinaryOp parent, Expr child) {
        if (child instanceof Expr.Binary b) {
            boolean bare = (LOGIC.contains(parent) && (RELATIONS.contains(b.op()) || TERMS.contains(b.op())))
                    || (RELATIONS.contains(parent) && TERMS.contains(b.op()))
                    || ((parent == BinaryOp.AND || parent == BinaryOp.OR) && b.op() == parent);
            if (bare) return print(child);
        }
        if (child instanceof Expr.Unary u && u.op() == dev.lockstep.lang.ir.UnaryOp.NOT && LOGIC.contains(parent)
                && isAtom(u.operand())) {
            return print(child);
        }
        return operand(child);
    }

    private static boolean isAtom(Expr e) {
        return switch (e) {
            case Expr.Lit l -> !(l.value() instanceof IntV i && i.value() < 0) && !(l.value() instanceof FnV f && f.size() > 0);
            case Expr.ConstRef c -> true;
            case Expr.Local l -> true;
            case Expr.Self s -> true;
            case Expr.VarRef v -> true;
            case Expr.RemoteVar r -> true;
            case Expr.NetworkView n -> true;
            case Expr.NetworkRead n -> true;
            case Expr.InfiniteSet i -> true;
            case Expr.SetLit s -> true;
            case Expr.SetFilter f -> true;
            case Expr.SetMap m -> true;
            case Expr.FnCtor f -> true;
            case Expr.RecordCtor r -> true;
            case Expr.TupleLit t -> true;
            case Expr.Apply a -> true;
            case Expr.FieldAccess f -> true;
            case Expr.Except x -> true;
            case Expr.BuiltinCall b -> true;
            case Expr.DefCall d -> true;
            case Expr.Primed p -> true;  // its operand is an atom or parenthesized
            // Operators and forms that extend to the right: parenthesized as operands.
            case Expr.Unary u -> false;
            case Expr.Binary b -> false;
            case Expr.Quant q -> false;
            case Expr.Choose c -> false;
            case Expr.If i -> false;
            case Expr.Case c -> false;
            case Expr.Let l -> false;
        };
    }

    private String local(Expr.Local l) {
        for (Map<Integer, String> s : scopes) {
            String name = s.get(l.slot());
            if (name != null) return name;
        }
        throw new IllegalStateException("unbound local " + l.name() + " (slot " + l.slot() + ") at " + l.span());
    }

    private String binding(String head, List<Expr.Local> vars, List<Expr> domains, String sep, Expr body) {
        StringBuilder b = new StringBuilder(head);
        // Domains are printed outside the new scope: they cannot see the variables being bound.
        List<String> printedDomains = domains.stream().map(this::operand).toList();
        open();
        try {
            for (int i = 0; i < vars.size(); i++) {
                if (i > 0) b.append(", ");
                b.append(bind(vars.get(i))).append(" \\in ").append(printedDomains.get(i));
            }
            return b.append(sep).append(print(body)).toString();
        } finally {
            close();
        }
    }

    private String setMap(Expr.SetMap m) {
        List<String> domains = m.domains().stream().map(this::operand).toList();
        open();
        try {
            List<String> binders = new ArrayList<>();
            for (int i = 0; i < m.vars().size(); i++) binders.add(bind(m.vars().get(i)) + " \\in " + domains.get(i));
            return "{" + print(m.body()) + " : " + String.join(", ", binders) + "}";
        } finally {
            close();
        }
    }

    private String except(Expr.Except x) {
        return "[" + print(x.base()) + " EXCEPT " + exceptClauses("", x) + "]";
    }

    /**
     * The clauses of {@code x}, each path behind {@code prefix}: {@code [f EXCEPT ![a] = [f[a] EXCEPT ![b] = v]]}
     * is {@code [f EXCEPT ![a][b] = v]}, in which {@code @} still means {@code f[a][b]}.
     */
    String exceptClauses(String prefix, Expr.Except x) {
        List<String> clauses = new ArrayList<>();
        for (Expr.Update u : x.updates()) {
            StringBuilder path = new StringBuilder("!").append(prefix);
            for (Expr.PathStep step : u.path()) {
                switch (step) {
                    case Expr.IndexStep i -> path.append('[').append(print(i.index())).append(']');
                    case Expr.FieldStep f -> path.append('.').append(TlaNames.field(f.field()));
                }
            }
            open();
            try {
                bindAt(u.atSlot());
                clauses.add(path + " = " + print(u.value()));
            } finally {
                close();
            }
        }
        return String.join(", ", clauses);
    }

    private String let(Expr.Let l) {
        StringBuilder b = new StringBuilder("LET ");
        open();
        try {
            for (int i = 0; i < l.vars().size(); i++) {
                if (i > 0) b.append(' ');
                String value = print(l.values().get(i));
                b.append(bind(l.vars().get(i))).append(" == ").append(value);
            }
            return b.append(" IN ").append(print(l.body())).toString();
        } finally {
            close();
        }
    }

    private String list(List<Expr> es) {
        List<String> out = new ArrayList<>();
        for (Expr e : es) out.add(print(e));
        return String.join(", ", out);
    }

    private static String symbol(BinaryOp op) {
        return switch (op) {
            case NEQ -> "/=";
            case MOD -> "%";
            default -> op.symbol();
        };
    }

    /** A value as a TLA+ expression: enum labels become strings, nodes their model value's name. */
    String value(Value v) {
        return switch (v) {
            case BoolV b -> b.value() ? "TRUE" : "FALSE";
            // TLC reads -2147483648 as the negation of 2147483648, a number it cannot hold.
            case IntV i when i.value() == Integer.MIN_VALUE -> "(-2147483647 - 1)";
            case IntV i -> i.value() < 0 ? "-" + (-i.value()) : Long.toString(i.value());
            case StrV s -> quote(s.value());
            case EnumV e -> quote(e.label());
            case NodeV n -> names.node(n.name());
            case SeqV s -> {
                List<String> out = new ArrayList<>();
                for (int i = 0; i < s.size(); i++) out.add(value(s.get(i)));
                yield "<<" + String.join(", ", out) + ">>";
            }
            case SetV s -> {
                List<String> out = new ArrayList<>();
                for (int i = 0; i < s.size(); i++) out.add(value(s.get(i)));
                yield "{" + String.join(", ", out) + "}";
            }
            case RecordV r -> {
                List<String> out = new ArrayList<>();
                for (int i = 0; i < r.size(); i++) out.add(TlaNames.field(r.name(i)) + " |-> " + value(r.value(i)));
                yield "[" + String.join(", ", out) + "]";
            }
            case FnV f -> {
                if (f.size() == 0) yield "<<>>";
                List<String> out = new ArrayList<>();
                for (int i = 0; i < f.size(); i++) out.add(atomic(f.key(i)) + " :> " + atomic(f.value(i)));
                yield "(" + String.join(" @@ ", out) + ")";
            }
        };
    }

    private String atomic(Value v) {
        String s = value(v);
        return (v instanceof IntV i && i.value() < 0) || (v instanceof FnV f && f.size() > 0) ? "(" + s + ")" : s;
    }

    /** A string literal (see {@link TlaStrings}). */
    static String quote(String s) { return TlaStrings.literal(s); }
}
