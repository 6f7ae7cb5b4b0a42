package dev.lockstep.lang.ir;

import dev.lockstep.lang.source.SourceFile;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.types.Type;
import java.util.List;
import java.util.Optional;

/**
 * A spec that passed name resolution and type checking. Backends accept only this type. Every evaluation root
 * (action, invariant, definition, initializer) records the number of local slots its frame needs.
 */
public record CheckedSpec(String name, SourceFile file, List<Const> consts, List<EnumDecl> enums,
                          List<MessageDecl> messages, Network network, List<Role> roles, List<Def> defs,
                          List<Invariant> invariants, List<Property> properties, List<Model> models,
                          List<Invariant> inits, List<FairGroup> fairGroups) {

    public record Const(String name, int index, Type type, Span span) {}

    public record EnumDecl(String name, Type.Enum type, Span span) {}

    public record MessageDecl(String name, Type.Message type, Span span) {}

    public enum NetworkKind { SET, BAG, FIFO }

    /**
     * {@code losesAny}: a {@code fifo lossy any} network, whose Drop loses a message at any position of a channel
     * (a plain lossy fifo loses channel heads only).
     */
    public record Network(NetworkKind kind, boolean lossy, boolean duplicating, boolean losesAny, Span span) {
        public Network(NetworkKind kind, boolean lossy, boolean duplicating, Span span) {
            this(kind, lossy, duplicating, false, span);
        }
    }

    /**
     * The nodes expression is evaluated once per model (it may use constants only). {@code crashes}: the role's
     * nodes may crash (docs/language.md, "Crash and recovery"). {@code restart} is the role's {@code on restart}
     * (null when absent): an action without parameters whose guard is TRUE, never enumerated on its own (it is
     * not among {@code actions}); its effects run inside the node's Crash step, over the state after the
     * volatile reset.
     */
    public record Role(String name, int index, Expr nodes, int nodesFrame, boolean crashes, List<Var> vars,
                       List<Action> actions, Action restart, List<Composition> compositions, Span span) {
        public Role(String name, int index, Expr nodes, int nodesFrame, boolean crashes, List<Var> vars,
                    List<Action> actions, Action restart, Span span) {
            this(name, index, nodes, nodesFrame, crashes, vars, actions, restart, List.of(), span);
        }
    }

    /**
     * {@code compose kind name(first, second)} (docs/gossip.md), already desugared into plain exchanges among
     * {@link Role#actions()} (lang.syntax.Compositions names them); kept for the simulator, which runs a composite
     * with MiCA's view, rate and choice of sub-protocols. {@code kind} is correlated, independent or roundrobin.
     */
    public record Composition(String kind, String name, String first, String second, long firstRate,
                              long secondRate, List<Member> members, Span span) {
        public Composition(String kind, String name, String first, String second, long firstRate, long secondRate,
                           Span span) {
            this(kind, name, first, second, firstRate, secondRate, List.of(), span);
        }

        /** Whether this is a correlated merge of more than two exchanges (its parts are in {@link #members()}). */
        public boolean nAry() { return !members.isEmpty(); }
    }

    /**
     * One exchange of a correlated merge of more than two (docs/gossip.md, "Stacks"): its name, rate, the variables
     * its update writes, and the desugared exchanges that run its update.
     */
    public record Member(String name, long rate, List<String> writes, List<String> parts) {}

    /**
     * Initial value {@code = init} or, when {@code initFromSet}, any element of {@code init}. A crash of the node
     * resets the variable to {@code init} unless it is {@code durable}. A {@code ghost} variable is part of the
     * model (explorer, TLA+, prover) but not of the generated node; conformance derives it from the trace.
     */
    public record Var(String name, int index, Type type, boolean initFromSet, Expr init, boolean durable,
                      boolean ghost, int frameSize, Span span) {}

    public enum Fairness { NONE, WEAK, STRONG }

    public sealed interface Trigger {
        record OnReceive(String messageType) implements Trigger {}

        /**
         * A quorum receive, {@code on receive all received: T from from where each: filter}. With the parameters
         * bound, {@code received} (a set of messages) is every deliverable message of type {@code messageType}
         * to self whose sender is in {@code from} and that passes {@code filter} (with the message in
         * {@code each}); the action is enabled only if every node of {@code from} sent one of them. The action's
         * {@code message} is null. {@code span} is the trigger's.
         */
        record OnReceiveAll(String messageType, Expr.Local received, Expr from, Expr.Local each, Expr filter,
                            Span span) implements Trigger {}

        record Auto() implements Trigger {}

        record Timer(long lowMillis, long highMillis) implements Trigger {}

        record Input() implements Trigger {}

        /**
         * An exchange (docs/language.md, "Exchange actions"): one atomic step of the acting node and a peer of the
         * same role, the action's first parameter ({@code peer}), drawn from the view (that parameter's domain). The
         * checker adds the guard {@code peer /= self} (and {@code weight > 0}: the view's support). When {@code mayFail}, the action has a second parameter,
         * {@code outcome} \in {"both", "initiator", "receiver"}, and each side's assignments apply only in the outcomes
         * where that side commits (the checker writes them as IF outcome ... THEN e ELSE the old value). The
         * {@code weight} (an int over the peer; null when uniform) and {@code rate} (exchanges per round; null when
         * not given) are for the simulator: a model step is a choice over the view's support, whatever the weights.
         */
        record Exchange(Expr.Local peer, Expr weight, Expr rate, boolean mayFail, Span span) implements Trigger {
            /** The outcomes of a failing exchange; "neither" changes nothing, so it is no step (a stutter). */
            public static final java.util.List<String> OUTCOMES = java.util.List.of("both", "initiator", "receiver");
        }
    }

    public record Param(Expr.Local local, Expr domain) {}

    /**
     * A guarded action. {@code message} is the received message's slot for {@code on receive} actions, else null.
     * Parameters are enumerated in order, each domain evaluated after the previous parameters are bound.
     */
    public record Action(String role, String name, Trigger trigger, Fairness fairness, List<Param> params,
                         Expr.Local message, Expr guard, List<Stmt> effects, int frameSize, Span span) {
        public String qualifiedName() { return role + "." + name; }
    }

    /** A top-level definition; {@code readsGlobalState} when it reads other nodes or the network. */
    public record Def(String name, int index, List<Expr.Local> params, Expr body, boolean readsGlobalState,
                      int frameSize, Span span) {}

    public record Invariant(String name, Expr body, int frameSize, Span span) {}

    /**
     * A temporal property. A <em>transition property</em> is {@code [](P)} with primed reads in {@code P}: every
     * step that changes the state satisfies {@code P} over its before and after states (TLA+'s
     * {@code [][P]_vars}); {@link #transition()} is then {@code P}, else null.
     */
    public record Property(String name, Expr body, int frameSize, Span span) {
        public Expr transition() {
            return body instanceof Expr.Unary u && u.op() == UnaryOp.ALWAYS && Exprs.anyMatch(u.operand(),
                    e -> e instanceof Expr.Primed) ? u.operand() : null;
        }
    }

    /** {@code [strong] fair group}: weak (strong) fairness of the disjunction of {@code actions}, any node's. */
    public record FairGroup(String name, boolean strong, List<Action> actions, Span span) {}

    /**
     * Bindings are indexed like {@link #consts()}. {@code constraint} may be null. {@code symmetric} are the
     * constants (each a {@code set<node>}) whose nodes the search may permute (docs/language.md, section 13).
     * {@code crashes} is the most crash steps of a run (0 when no role crashes; the checker requires a bound when
     * one does).
     */
    public record Model(String name, List<Expr> bindings, List<String> invariants, List<String> properties,
                        List<Symmetric> symmetric, Expr constraint, int crashes, int frameSize, Span span) {}

    /** {@code symmetric C} in a model: constant {@code C} (by its index in {@link #consts()}), where it is named. */
    public record Symmetric(String constant, int index, Span span) {}

    /** The properties that are transition properties ({@link Property#transition()}), in spec order. */
    public List<Property> transitionProperties() {
        return properties.stream().filter(p -> p.transition() != null).toList();
    }

    /** Whether some role has a ghost variable. */
    public boolean hasGhosts() {
        return roles.stream().anyMatch(r -> r.vars().stream().anyMatch(Var::ghost));
    }

    public Optional<Model> model(String name) {
        return models.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public Optional<MessageDecl> message(String name) {
        return messages.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The actions triggered by a quorum receive ({@code on receive all}), in spec order. */
    public List<Action> quorumReceives() {
        return roles.stream().flatMap(r -> r.actions().stream())
                .filter(a -> a.trigger() instanceof Trigger.OnReceiveAll).toList();
    }

    /** The exchange actions, in spec order. */
    public List<Action> exchanges() {
        return roles.stream().flatMap(r -> r.actions().stream())
                .filter(a -> a.trigger() instanceof Trigger.Exchange).toList();
    }

    /** Whether some role's nodes may crash; then every model bounds the crashes and its states count them. */
    public boolean crashes() {
        return roles.stream().anyMatch(Role::crashes);
    }

    public Optional<Role> role(String name) {
        return roles.stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
