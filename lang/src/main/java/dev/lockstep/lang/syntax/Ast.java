package dev.lockstep.lang.syntax;

import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.ir.BinaryOp;
import dev.lockstep.lang.ir.UnaryOp;
import java.util.List;

/** The syntax tree as parsed, before names and types are checked. Every node keeps its span. */
public final class Ast {
    private Ast() {}

    public record Ident(String name, Span span) {}

    public record Spec(Ident name, List<Decl> decls, Span span) {}

    // ---- declarations -------------------------------------------------------------------------

    public sealed interface Decl permits ConstDecl, EnumDecl, MessageDecl, NetworkDecl, RoleDecl, DefDecl,
            InvariantDecl, PropertyDecl, ModelDecl, InitDecl, FairGroupDecl,
            InstanceDecl {
        Ident name();
        Span span();
    }

    public record ConstDecl(Ident name, TypeExpr type, Span span) implements Decl {}

    public record EnumDecl(Ident name, List<Ident> labels, Span span) implements Decl {}

    public record FieldDecl(Ident name, TypeExpr type) {}

    public record MessageDecl(Ident name, List<FieldDecl> fields, Span span) implements Decl {}

    /** {@code network set|bag|fifo [lossy] [duplicating]}; {@code name} is the kind word. */
    public record NetworkDecl(Ident name, List<Ident> faults, Span span) implements Decl {}

    /**
     * {@code crashes} when the role is declared {@code role R at S crashes} (its nodes may crash and recover);
     * {@code restart} is its {@code on restart do ...} (null when absent).
     */
    public record RoleDecl(Ident name, Expr nodes, boolean crashes, List<VarDecl> vars, List<ActionDecl> actions,
                           RestartDecl restart, List<ComposeDecl> composes, List<Ident> layersRead, Span span)
            implements Decl {
        public RoleDecl(Ident name, Expr nodes, boolean crashes, List<VarDecl> vars, List<ActionDecl> actions,
                        RestartDecl restart, Span span) {
            this(name, nodes, crashes, vars, actions, restart, List.of(), List.of(), span);
        }
    }

    /**
     * {@code compose correlated|independent|roundrobin Name(A, B)}: two exchanges of the role run as one gossip
     * protocol (docs/gossip.md). The parser has already replaced A and B by the plain exchanges of the composite
     * ({@link Compositions}), and filled in the two exchanges' rates (0 until then); this record stays for the
     * checker and the simulator. A correlated merge may name more than two exchanges ({@code more}); the parser then
     * fills in {@code members} with their parts.
     */
    public record ComposeDecl(Ident kind, Ident name, Ident first, Ident second, long firstRate, long secondRate,
                              List<Ident> more, List<dev.lockstep.lang.ir.CheckedSpec.Member> members, Span span) {
        /** Every exchange it names, in order. */
        public List<Ident> exchanges() {
            List<Ident> out = new java.util.ArrayList<>(List.of(first, second));
            out.addAll(more);
            return out;
        }
    }

    /** {@code on restart do body}: what a node of a crashing role does as it recovers, in its Crash step. */
    public record RestartDecl(List<Stmt> body, Span span) {}

    public record ParamDecl(Ident name, TypeExpr type) {}

    public record DefDecl(Ident name, List<ParamDecl> params, Expr body, Span span) implements Decl {}

    public record InvariantDecl(Ident name, Expr body, Span span) implements Decl {}

    public record PropertyDecl(Ident name, Expr body, Span span) implements Decl {}

    /** {@code init Name == p}: the initial states are those of the initializers where {@code p} holds. */
    public record InitDecl(Ident name, Expr body, Span span) implements Decl {}

    /** {@code Role.Action}, a member of a fairness group. */
    public record ActionRef(Ident role, Ident action) {}

    /** {@code [strong] fair group Name { R.A, S.B }}: WF (or SF) of the disjunction of the listed actions. */
    public record FairGroupDecl(Ident name, boolean strong, List<ActionRef> actions, Span span) implements Decl {}

    public record Binding(Ident name, Expr value) {}

    /**
     * {@code instance Name = "file.lstep" with C <- e, ...}: the roles, messages and definitions of another spec,
     * with its constants bound to this spec's expressions and its names qualified by {@code Name}. Replaced by
     * those declarations before checking ({@code lang.instance.Instances}), so no later stage sees it.
     */
    public record InstanceDecl(Ident name, StrLit file, List<Binding> with, Span span, Partition partition)
            implements Decl {
        public InstanceDecl(Ident name, StrLit file, List<Binding> with, Span span) {
            this(name, file, with, span, null);
        }
    }

    /**
     * {@code instance I[g \in Groups] = "file" over Nodes with C <- e(g)}: one instance per group of the model's
     * {@code Groups} (a partition of {@code Nodes}, which may be absent); unrolled per model before expansion
     * ({@code lang.instance.Partitions}).
     */
    public record Partition(Ident var, Ident groups, Ident over) {}

    /**
     * {@code symmetric} lists the constants declared symmetric (node sets whose nodes may be permuted);
     * {@code crashes} is the model's {@code crashes N} (the most crash steps of a run), null when absent.
     */
    public record ModelDecl(Ident name, List<Binding> bindings, List<Ident> checks, List<Ident> symmetric,
                            Expr constraint, IntLit crashes, Span span) implements Decl {}

    /**
     * {@code var x: T = e} (one initial value) or {@code var x: T \in S} (any element of S); {@code durable var}
     * survives a crash of its node, any other variable is reset to its initial value. A {@code ghost var} is
     * part of the model but not of the generated node (docs/language.md, "Ghost variables"). {@code stable} is its
     * {@code stable} qualifier, null when it has none.
     */
    public record VarDecl(Ident name, TypeExpr type, boolean initFromSet, Expr init, boolean durable, boolean ghost,
                          Stable stable, Span span) {}

    /**
     * {@code stable var x} or {@code stable(<=) var x}: once {@code x} has left its initial value it stays equal
     * ({@code order} null) or moves only in {@code order} ({@code <=}, {@code >=} or {@code \subseteq}) on every
     * step (docs/language.md, "Stable variables").
     */
    public record Stable(dev.lockstep.lang.ir.BinaryOp order, Span span) {}

    public enum Fairness { NONE, WEAK, STRONG }

    /** An action parameter {@code p \in S}. */
    public record ActionParam(Ident name, Expr domain) {}

    public record ActionDecl(Ident name, Trigger trigger, Fairness fairness, List<ActionParam> params, Expr guard,
                             List<Stmt> body, Span span) {}

    public sealed interface Trigger permits OnReceive, OnReceiveAll, Auto, Timer, Input, Exchange {}

    public record OnReceive(Ident messageVar, Ident messageType) implements Trigger {}

    /**
     * {@code on receive all ms: T from Q [where m: filter]}: {@code ms} is the set of every deliverable message of
     * type {@code T} to self, from the nodes of {@code Q}, that passes {@code filter} (each message named {@code m};
     * {@code filter} is null when omitted). {@code span} covers the trigger, from {@code on} to the filter.
     */
    public record OnReceiveAll(Ident setVar, Ident messageType, Expr from, Ident each, Expr filter, Span span)
            implements Trigger {}

    public record Auto() implements Trigger {}

    /** Delay bounds in milliseconds. */
    public record Timer(long lowMillis, long highMillis, Span span) implements Trigger {}

    public record Input() implements Trigger {}

    /**
     * {@code exchange Name with peer \in view [weighted w] [rate r] [may fail]}: a pairwise step of self and a peer of
     * the same role (docs/language.md, "Exchange actions"). The peer is the action's one parameter, its domain the
     * view; {@code weight} and {@code rate} are null when omitted. {@code span} covers the header.
     */
    public record Exchange(Expr weight, Expr rate, boolean mayFail, Span span) implements Trigger {}

    // ---- statements ---------------------------------------------------------------------------

    public sealed interface Stmt permits Assign, PeerAssign, Send, Skip, TimerControl {
        Span span();
    }

    public record Assign(Ident var, Expr value, Span span) implements Stmt {}

    /** {@code peer.x' = e}: an assignment to the exchange peer's variable {@code x} (exchange actions only). */
    public record PeerAssign(Ident peer, Ident var, Expr value, Span span) implements Stmt {}

    public record Send(Ident messageType, List<FieldInit> fields, Expr to, Span span) implements Stmt {}

    public record Skip(Span span) implements Stmt {}

    public enum TimerOp { RESTART, CANCEL }

    /** {@code restart T} or {@code cancel T}, for a timer action {@code T} of the same role. */
    public record TimerControl(TimerOp op, Ident action, Span span) implements Stmt {}

    // ---- types --------------------------------------------------------------------------------

    public sealed interface TypeExpr permits NamedType, SetType, SeqType, MapType, RecordType, TupleType,
            InlineEnum {
        Span span();
    }

    public record NamedType(Ident name, Span span) implements TypeExpr {}

    public record SetType(TypeExpr element, Span span) implements TypeExpr {}

    public record SeqType(TypeExpr element, Span span) implements TypeExpr {}

    public record MapType(TypeExpr key, TypeExpr value, Span span) implements TypeExpr {}

    public record RecordType(List<FieldDecl> fields, Span span) implements TypeExpr {}

    public record TupleType(List<TypeExpr> elements, Span span) implements TypeExpr {}

    public record InlineEnum(List<Ident> labels, Span span) implements TypeExpr {}

    // ---- expressions --------------------------------------------------------------------------

    public sealed interface Expr permits Name, IntLit, StrLit, BoolLit, SelfExpr, Unary, Binary, Quant, Choose,
            SetLit, SetFilter, SetMap, FnCtor, RecordCtor, MsgCtor, TupleLit, Apply, Call, Field, Except, If, Case,
            Let, AtExpr, Primed {
        Span span();
    }

    public record Name(String name, Span span) implements Expr {}

    public record IntLit(long value, Span span) implements Expr {}

    public record StrLit(String value, Span span) implements Expr {}

    public record BoolLit(boolean value, Span span) implements Expr {}

    public record SelfExpr(Span span) implements Expr {}


    public record Unary(UnaryOp op, Expr operand, Span span) implements Expr {}

    public record Binary(BinaryOp op, Expr left, Expr right, Span span) implements Expr {}

    /** {@code x, y \in S} in a quantifier, set map or function constructor. */
    public record Bound(List<Ident> names, Expr domain) {}

    public record Quant(boolean forall, List<Bound> bounds, Expr body, Span span) implements Expr {}

    public record Choose(Ident var, Expr domain, Expr body, Span span) implements Expr {}

    public record SetLit(List<Expr> elements, Span span) implements Expr {}

    public record SetFilter(Ident var, Expr domain, Expr predicate, Span span) implements Expr {}

    public record SetMap(Expr body, List<Bound> bounds, Span span) implements Expr {}

    public record FnCtor(List<Bound> bounds, Expr body, Span span) implements Expr {}

    public record FieldInit(Ident name, Expr value) {}

    public record RecordCtor(List<FieldInit> fields, Span span) implements Expr {}

    public record MsgCtor(Ident type, List<FieldInit> fields, Span span) implements Expr {}

    public record TupleLit(List<Expr> elements, Span span) implements Expr {}

    public record Apply(Expr function, List<Expr> args, Span span) implements Expr {}

    public record Call(Ident name, List<Expr> args, Span span) implements Expr {}

    public record Field(Expr target, Ident field, Span span) implements Expr {}

    /** One step of an EXCEPT path: {@code [e]} (index non-null) or {@code .f} (field non-null). */
    public record PathStep(Expr index, Ident field) {}

    public record Update(List<PathStep> path, Expr value) {}

    public record Except(Expr base, List<Update> updates, Span span) implements Expr {}

    public record If(Expr cond, Expr then, Expr otherwise, Span span) implements Expr {}

    public record CaseArm(Expr guard, Expr value) {}

    public record Case(List<CaseArm> arms, Expr other, Span span) implements Expr {}

    public record LetDef(Ident name, Expr value) {}

    public record Let(List<LetDef> defs, Expr body, Span span) implements Expr {}

    /** {@code @} inside an EXCEPT update: the old value at that path. */
    public record AtExpr(Span span) implements Expr {}

    /** {@code e'}: {@code e} in the step's next state (transition properties only). */
    public record Primed(Expr operand, Span span) implements Expr {}
}
