package dev.lockstep.invariants.lower;

import dev.lockstep.invariants.smt.Smt;
import dev.lockstep.invariants.smt.Sort;
import dev.lockstep.invariants.smt.Term;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.CheckedSpec.NetworkKind;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Exprs;
import dev.lockstep.lang.ir.Stmt;
import dev.lockstep.lang.types.Type;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lowers a model's transition system: the initial-state predicate, the model constraint, invariants split into
 * their conjuncts, and one transition relation per step, where a step is an action of one node for one
 * parameter binding (or a network fault). Parameters are enumerated when their domain is a constant or ranges
 * over a small finite type; only parameters over infinite types stay symbolic constants.
 */
public final class SpecLowering {
    /** One top-level conjunct of an invariant; {@code index} counts from 1. */
    public record Conjunct(CheckedSpec.Invariant invariant, int index, Expr expr) {
        public String label() { return invariant.name() + "#" + index; }
    }

    /**
     * A step: {@code relation} holds between the pre- and the post-state exactly when this step leads from one to
     * the other. {@code params} holds each parameter's concrete value, or null where it is symbolic.
     */
    public record Step(CheckedSpec.Action action, String name, NodeV node, List<String> paramNames,
                       List<Value> params, Term message, Term relation) {
        public boolean isEnvironment() { return action == null; }

        public boolean isCrash() { return action == null && node != null; }

        /** e.g. {@code ResourceManager[r1].Prepare}, {@code Proposer[p1].Propose(v = 1)} or {@code Crash(a1)}. */
        public String show() {
            if (isCrash()) return name + "(" + node.name() + ")";
            StringBuilder b = new StringBuilder(action == null ? "network" : action.role() + "[" + node.name() + "]");
            b.append('.').append(name);
            if (!paramNames.isEmpty()) {
                b.append('(');
                for (int i = 0; i < paramNames.size(); i++) {
                    if (i > 0) b.append(", ");
                    b.append(paramNames.get(i)).append(" = ").append(params.get(i) == null ? "?" : params.get(i).show());
                }
                b.append(')');
            }
            return b.toString();
        }
    }

    /** The name of the crash steps, as the explorer labels them. */
    public static final String CRASH = dev.lockstep.lang.explore.Transitions.CRASH;

    private final ModelInstance model;
    private final CheckedSpec spec;
    private final SpecSorts sorts;
    private final ExprLowering exprs;
    private final NetworkKind kind;
    /** Numbers the bound variables of quorum receives apart (Z3Terms names a bound variable by its name). */
    private int freshBound;

    public SpecLowering(ModelInstance model) { this(model, null); }

    /**
     * With {@code intDomain}, ints range over that finite domain: only sound once {@link IntDomain#typeOk} is
     * proved inductive, and then every query also assumes its quantifier-free part in the pre-state.
     */
    public SpecLowering(ModelInstance model, List<Value> intDomain) {
        this.model = model;
        this.spec = model.spec();
        this.sorts = new SpecSorts(model, intDomain);
        this.exprs = new ExprLowering(model, sorts);
        this.kind = spec.network().kind();
    }

    public ModelInstance model() { return model; }

    public SpecSorts sorts() { return sorts; }

    public ExprLowering exprs() { return exprs; }

    public Vocabulary vocabulary(String suffix) { return Vocabulary.of(model, sorts, suffix); }

    // ---- states ---------------------------------------------------------------------------------

    /** A node of the model: its role, the node, and its index among the role's nodes. */
    private record RoleNode(CheckedSpec.Role role, NodeV node, int n) {}

    /** Every node of the model, role by role, in the order of the vocabulary. */
    private List<RoleNode> roleNodes() {
        List<RoleNode> out = new ArrayList<>();
        for (CheckedSpec.Role role : spec.roles()) {
            NodeV[] nodes = model.nodes(role.index());
            for (int n = 0; n < nodes.length; n++) out.add(new RoleNode(role, nodes[n], n));
        }
        return out;
    }

    public Term initial(Vocabulary s) {
        List<Term> parts = new ArrayList<>();
        for (RoleNode at : roleNodes()) {
            int role = at.role().index();
            for (CheckedSpec.Var v : at.role().vars()) {
                Scope scope = Scope.atNode(s, at.node(), role, at.n(), v.frameSize());
                Term var = s.var(role, at.n(), v.index());
                if (v.initFromSet()) {
                    parts.add(exprs.lowerSet(v.init(), scope).member().apply(var));
                } else {
                    parts.add(Smt.eq(var, exprs.lower(v.init(), v.type(), scope)));
                }
            }
        }
        if (s.network() != null) parts.add(Smt.eq(s.network(), s.emptyNetwork()));
        if (s.crashes() != null) parts.add(Smt.eq(s.crashes(), Smt.integer(0)));
        // The spec's init predicates restrict the initial states (docs/language.md, "Init predicates").
        for (CheckedSpec.Invariant p : spec.inits()) parts.add(exprs.lower(p.body(), Scope.global(s, p.frameSize())));
        return Smt.and(parts);
    }

    /**
     * The model constraint, the crash count's range (0 to the bound: inductive by construction, as only a crash
     * below the bound adds one), and under an int domain the quantifier-free part of TypeOK.
     */
    public Term constraint(Vocabulary s) {
        CheckedSpec.Model m = model.model();
        Term c = m.constraint() == null ? Smt.TRUE : exprs.lower(m.constraint(), Scope.global(s, m.frameSize()));
        if (s.crashes() != null) {
            c = Smt.and(c, Smt.le(Smt.integer(0), s.crashes()), Smt.le(s.crashes(), Smt.integer(m.crashes())));
        }
        c = Smt.and(c, canonicalMaps(s));
        if (sorts.intDomain() == null) return c;
        return Smt.and(c, IntDomain.typeOk(model, sorts, s, sorts.intDomain(), true));
    }

    /**
     * Every map variable holds {@link Smt#someValue} outside its domain (SpecSorts#map), as every map term the
     * lowering builds does: inductive by construction, and it keeps counterexamples free of maps that are equal
     * as spec values but not as terms.
     */
    private Term canonicalMaps(Vocabulary s) {
        List<Term> parts = new ArrayList<>();
        for (RoleNode at : roleNodes()) {
            for (CheckedSpec.Var v : at.role().vars()) {
                if (!(v.type() instanceof Type.MapOf mt)) continue;
                Sort.Datatype d = (Sort.Datatype) sorts.sortOf(mt, v.span());
                Term map = s.var(at.role().index(), at.n(), v.index());
                Term dom = Smt.field(d, 0, "dom", map);
                Term val = Smt.field(d, 0, "val", map);
                Term none = Smt.someValue(((Sort.Array) val.sort()).range());
                List<Value> keys = sorts.universe(mt.key());
                if (keys != null) {
                    for (Value k : keys) {
                        Term kt = sorts.valueTerm(k, mt.key(), v.span());
                        parts.add(Smt.or(Smt.select(dom, kt), Smt.eq(Smt.select(val, kt), none)));
                    }
                } else {
                    Term.Bound k = new Term.Bound("key" + (freshBound++), sorts.sortOf(mt.key(), v.span()));
                    parts.add(Smt.forall(List.of(k), Smt.or(Smt.select(dom, k), Smt.eq(Smt.select(val, k), none))));
                }
            }
        }
        return Smt.and(parts);
    }

    public List<Conjunct> conjuncts(CheckedSpec.Invariant inv) {
        List<Expr> parts = Exprs.conjuncts(inv.body());
        List<Conjunct> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) out.add(new Conjunct(inv, i + 1, parts.get(i)));
        return out;
    }


    public Term conjunct(Conjunct c, Vocabulary s) {
        return exprs.lower(c.expr(), Scope.global(s, c.invariant().frameSize()));
    }

    public Term invariant(CheckedSpec.Invariant inv, Vocabulary s) {
        return exprs.lower(inv.body(), Scope.global(s, inv.frameSize()));
    }

    /** Transition property {@code [](P)}'s {@code P} over a step from {@code pre} to {@code post}. */
    public Term transition(CheckedSpec.Property p, Vocabulary pre, Vocabulary post) {
        return exprs.lower(p.transition(), Scope.step(pre, post, p.frameSize()));
    }

    // ---- steps ----------------------------------------------------------------------------------

    /** Every step from {@code pre} to {@code post}; {@code tag} keeps the names of their free constants apart. */
    public List<Step> steps(Vocabulary pre, Vocabulary post, String tag) {
        List<Step> out = new ArrayList<>();
        for (RoleNode at : roleNodes()) {
            NodeV node = at.node();
            for (CheckedSpec.Action action : at.role().actions()) {
                Scope scope = Scope.atNode(pre, node, at.role().index(), at.n(), action.frameSize());
                List<Term> guards = new ArrayList<>();
                Term msg = null;
                String prefix = at.role().name() + "[" + node.name() + "]." + action.name() + ".";
                if (action.trigger() instanceof CheckedSpec.Trigger.OnReceive rcv) {
                    Sort.Datatype msgSort = sorts.msgSort(action.span());
                    msg = new Term.Const(prefix + "m" + tag, msgSort);
                    int ctor = msgSort.ctorIndex(rcv.messageType());
                    guards.add(Smt.isCtor(msgSort, ctor, msg));
                    guards.add(Smt.eq(Smt.field(msgSort, ctor, "dst", msg), sorts.node(node)));
                    guards.add(deliverable(pre.network(), msg));
                    if (sorts.intDomain() != null) {
                        // Reachable states satisfy TypeOK (proved before this lowering is used): so does m.
                        guards.add(IntDomain.messageOk(sorts, msg, spec.message(rcv.messageType()).orElseThrow()
                                .type(), sorts.intDomain()));
                    }
                    scope.symbolic(action.message().slot(), msg);
                }
                bindParams(action, node, at.role().index(), at.n(), scope, 0, new Value[action.params().size()],
                        guards, msg, pre, post, prefix, tag, out);
            }
        }
        environmentSteps(pre, post, tag, out);
        crashSteps(pre, post, out);
        return out;
    }

    private void bindParams(CheckedSpec.Action action, NodeV node, int role, int nodeIdx, Scope scope, int i,
                            Value[] params, List<Term> guards, Term msg, Vocabulary pre, Vocabulary post,
                            String prefix, String tag, List<Step> out) {
        if (i == action.params().size()) {
            List<Term> parts = new ArrayList<>(guards);
            SetSym received = null;
            if (action.trigger() instanceof CheckedSpec.Trigger.OnReceiveAll all) {
                // With the parameters bound: the received set, and the guard that every sender contributed.
                received = quorumReceive(all, scope, pre.network(), parts);
                scope.bind(all.received().slot(), new Scope.Binding.SymbolicSet(received));
            }
            parts.add(exprs.lower(action.guard(), scope));
            parts.add(effects(action, role, nodeIdx, scope, msg, received, pre, post));
            List<String> names = action.params().stream().map(p -> p.local().name()).toList();
            out.add(new Step(action, action.name(), node, names, Arrays.asList(params.clone()), msg, Smt.and(parts)));
            return;
        }
        CheckedSpec.Param p = action.params().get(i);
        Value stat = exprs.staticValue(p.domain(), scope);
        if (stat instanceof SetV domain) {
            for (Value v : domain.elements()) {
                params[i] = v;
                bindParams(action, node, role, nodeIdx, scope.copy().concrete(p.local().slot(), v), i + 1, params,
                        guards, msg, pre, post, prefix, tag, out);
            }
            return;
        }
        SetSym domain = exprs.lowerSet(p.domain(), scope);
        if (domain.finite()) {
            for (Value v : domain.candidates()) {
                Term guard = domain.member().apply(sorts.valueTerm(v, p.local().type(), p.local().span()));
                if (guard.equals(Smt.FALSE)) continue;
                List<Term> g = new ArrayList<>(guards);
                g.add(guard);
                params[i] = v;
                bindParams(action, node, role, nodeIdx, scope.copy().concrete(p.local().slot(), v), i + 1, params,
                        g, msg, pre, post, prefix, tag, out);
            }
            return;
        }
        Term sym = new Term.Const(prefix + p.local().name() + tag, sorts.sortOf(p.local().type(), p.local().span()));
        List<Term> g = new ArrayList<>(guards);
        g.add(domain.member().apply(sym));
        params[i] = null;
        bindParams(action, node, role, nodeIdx, scope.copy().symbolic(p.local().slot(), sym), i + 1, params, g, msg,
                pre, post, prefix, tag, out);
    }

    /** The post-state: assigned variables of this node, everything else unchanged, and the network. */
    private Term effects(CheckedSpec.Action action, int role, int nodeIdx, Scope scope, Term msg, SetSym received,
                         Vocabulary pre, Vocabulary post) {
        Term[] next = new Term[pre.size()];
        for (int i = 0; i < next.length; i++) next[i] = pre.slot(i);
        Term net = pre.network();
        if (msg != null && kind == NetworkKind.BAG) net = Smt.store(net, msg, Smt.sub(Smt.select(net, msg), Smt.integer(1)));
        if (received != null && kind == NetworkKind.BAG) net = consumeEach(net, received);
        CheckedSpec.Role r = spec.roles().get(role);
        for (Stmt stmt : action.effects()) {
            switch (stmt) {
                case Stmt.Assign a -> next[model.nodeBase(role, nodeIdx) + a.varIndex()] =
                        exprs.lower(a.value(), r.vars().get(a.varIndex()).type(), scope);
                case Stmt.PeerAssign p -> peerAssign(p, r, scope, pre, next);
                case Stmt.Send send -> net = send(send, scope, net);
                case Stmt.TimerControl timer -> { } // a run-time timer: no state in the model
            }
        }
        if (net != null) next[model.networkSlot()] = net;
        List<Term> parts = new ArrayList<>();
        for (int i = 0; i < next.length; i++) {
            if (post.slot(i) != null) parts.add(Smt.eq(post.slot(i), next[i]));
        }
        return Smt.and(parts);
    }

    /**
     * An exchange's assignment to its peer's variable. With the peer bound to a node (its view is static, as
     * {@code Nodes \ {self}} is), one slot; with a symbolic peer, every node's slot, changed where it is the peer.
     */
    private void peerAssign(Stmt.PeerAssign p, CheckedSpec.Role r, Scope scope, Vocabulary pre, Term[] next) {
        Term value = exprs.lower(p.value(), r.vars().get(p.varIndex()).type(), scope);
        Value peer = exprs.staticValue(p.peer(), scope);
        NodeV[] nodes = model.nodes(p.roleIndex());
        for (int k = 0; k < nodes.length; k++) {
            int slot = model.nodeBase(p.roleIndex(), k) + p.varIndex();
            if (peer != null) {
                if (peer.equals(nodes[k])) next[slot] = value;
            } else {
                Term isPeer = Smt.eq(exprs.lower(p.peer(), scope), sorts.node(nodes[k]));
                next[slot] = Smt.ite(isPeer, value, next[slot]);
            }
        }
    }

    private Term send(Stmt.Send send, Scope scope, Term net) {
        Sort.Datatype msgSort = sorts.msgSort(send.span());
        Type.Message type = spec.message(send.messageType()).orElseThrow().type();
        List<Term> payload = new ArrayList<>();
        for (int i = 0; i < send.values().size(); i++) {
            payload.add(exprs.lower(send.values().get(i), type.fields().get(i).type(), scope));
        }
        Term self = sorts.node(scope.self);
        if (!send.toSet()) return add(net, message(msgSort, send, self, exprs.lower(send.to(), scope), payload), Smt.TRUE);
        SetSym targets = exprs.lowerSet(send.to(), scope);
        // Targets are nodes: a finite type, so the candidates list every possible receiver.
        for (Value n : targets.candidates()) {
            Term dst = sorts.node((NodeV) n);
            Term cond = targets.member().apply(dst);
            if (!cond.equals(Smt.FALSE)) net = add(net, message(msgSort, send, self, dst, payload), cond);
        }
        return net;
    }

    private static Term message(Sort.Datatype msgSort, Stmt.Send send, Term src, Term dst, List<Term> payload) {
        List<Term> args = new ArrayList<>();
        args.add(src);
        args.add(dst);
        args.addAll(payload);
        return Smt.ctor(msgSort, send.messageType(), args);
    }

    /** Adds {@code msg} to the network when {@code cond} holds. */
    private Term add(Term net, Term msg, Term cond) {
        Term old = Smt.select(net, msg);
        if (kind == NetworkKind.BAG) return Smt.store(net, msg, Smt.add(old, Smt.ite(cond, Smt.integer(1), Smt.integer(0))));
        return Smt.store(net, msg, Smt.or(old, cond));
    }

    /**
     * The received set of a quorum receive, as the explorer's QuorumReceive means it: every deliverable message of
     * the type to self whose sender is in {@code from} and that passes the filter. Adds to {@code guards} that
     * every node of {@code from} sent one of them (an existential per candidate sender; Z3 skolemizes it).
     */
    private SetSym quorumReceive(CheckedSpec.Trigger.OnReceiveAll all, Scope scope, Term net, List<Term> guards) {
        Sort.Datatype msgSort = sorts.msgSort(all.span());
        int ctor = msgSort.ctorIndex(all.messageType());
        Term self = sorts.node(scope.self);
        SetSym from = exprs.lowerSet(all.from(), scope);
        Scope snap = scope.copy();
        Type elem = ((Type.SetOf) all.received().type()).element();
        java.util.function.Function<Term, Term> member = m -> Smt.and(Smt.isCtor(msgSort, ctor, m),
                Smt.eq(Smt.field(msgSort, ctor, "dst", m), self), deliverable(net, m),
                from.member().apply(Smt.field(msgSort, ctor, "src", m)),
                exprs.lower(all.filter(), snap.copy().symbolic(all.each().slot(), m)));
        // Keep only the candidate messages the membership does not rule out by itself (type, dst = self, a
        // sender outside a concrete Q, a filter false on constants): quantifiers over the received set, as in
        // Paxos' "highest vote among the promises", then expand over a few dozen messages, not the universe.
        List<Value> candidates = null;
        List<Value> universe = sorts.universe(elem);
        if (universe != null) {
            candidates = new ArrayList<>();
            for (Value c : universe) {
                if (!member.apply(sorts.valueTerm(c, elem, all.span())).equals(Smt.FALSE)) candidates.add(c);
            }
        }
        SetSym received = new SetSym(elem, member, candidates, null);
        // Senders are nodes, a finite type: the candidates list every possible sender.
        for (Value a : from.candidates()) {
            Term sender = sorts.node((NodeV) a);
            Term inFrom = from.member().apply(sender);
            if (inFrom.equals(Smt.FALSE)) continue;
            guards.add(Smt.implies(inFrom, someFrom(received, msgSort, ctor, sender, all)));
        }
        return received;
    }

    /** Some message of {@code received} is from {@code sender}: a disjunction over the candidates, or an exists. */
    private Term someFrom(SetSym received, Sort.Datatype msgSort, int ctor, Term sender,
                          CheckedSpec.Trigger.OnReceiveAll all) {
        if (received.finite()) {
            List<Term> options = new ArrayList<>();
            for (Value c : received.candidates()) {
                Term m = sorts.valueTerm(c, received.element(), all.span());
                options.add(Smt.and(Smt.eq(Smt.field(msgSort, ctor, "src", m), sender), received.member().apply(m)));
            }
            return Smt.or(options);
        }
        Term.Bound m = new Term.Bound("rcv" + (freshBound++), msgSort);
        return Smt.exists(List.of(m), Smt.and(received.member().apply(m),
                Smt.eq(Smt.field(msgSort, ctor, "src", m), sender)));
    }

    /**
     * A bag network after one copy of every message of {@code received} is consumed: a store per candidate when
     * the candidates are known (Z3 answers unknown on many queries over a lambda), else a lambda.
     */
    private Term consumeEach(Term net, SetSym received) {
        Sort.Array sort = (Sort.Array) net.sort();
        if (received.finite()) {
            Term out = net;
            for (Value c : received.candidates()) {
                Term m = sorts.valueTerm(c, received.element(), null);
                Term count = Smt.select(net, m);
                out = Smt.store(out, m, Smt.ite(received.member().apply(m), Smt.sub(count, Smt.integer(1)), count));
            }
            return out;
        }
        Term.Bound m = new Term.Bound("rcv" + (freshBound++), sort.domain());
        Term count = Smt.select(net, m);
        return new Term.Lambda(m, Smt.ite(received.member().apply(m), Smt.sub(count, Smt.integer(1)), count), sort);
    }

    private Term deliverable(Term net, Term msg) {
        return kind == NetworkKind.BAG ? Smt.lt(Smt.integer(0), Smt.select(net, msg)) : Smt.select(net, msg);
    }

    /** Drop (lossy) and Duplicate (duplicating bag) as steps of the environment. */
    private void environmentSteps(Vocabulary pre, Vocabulary post, String tag, List<Step> out) {
        CheckedSpec.Network network = spec.network();
        if (pre.network() == null) return;
        if (network.lossy()) {
            Term m = new Term.Const("network.Drop.m" + tag, sorts.msgSort(network.span()));
            Term net = kind == NetworkKind.BAG
                    ? Smt.store(pre.network(), m, Smt.sub(Smt.select(pre.network(), m), Smt.integer(1)))
                    : Smt.store(pre.network(), m, Smt.FALSE);
            out.add(new Step(null, "Drop", null, List.of(), List.of(), m,
                    Smt.and(deliverable(pre.network(), m), unchangedBut(pre, post, net))));
        }
        if (network.duplicating() && kind == NetworkKind.BAG) {
            Term m = new Term.Const("network.Duplicate.m" + tag, sorts.msgSort(network.span()));
            Term net = Smt.store(pre.network(), m, Smt.add(Smt.select(pre.network(), m), Smt.integer(1)));
            out.add(new Step(null, "Duplicate", null, List.of(), List.of(), m,
                    Smt.and(deliverable(pre.network(), m), unchangedBut(pre, post, net))));
        }
    }

    /**
     * The Crash step of every node of a crashing role, as the explorer's Crashes means it: enabled below the
     * model's crash bound, it resets the node's volatile variables (in every crashing role it plays) to their
     * initial values, keeps its durable ones and the network, and counts one crash. Crash and recovery are one
     * step. The invariants cannot read the count, so consecution lets a crash happen in any state they allow.
     */
    private void crashSteps(Vocabulary pre, Vocabulary post, List<Step> out) {
        if (pre.crashes() == null) return;
        java.util.Map<NodeV, Term[]> crashed = new java.util.LinkedHashMap<>();
        for (RoleNode at : roleNodes()) {
            if (!at.role().crashes()) continue;
            Term[] next = crashed.computeIfAbsent(at.node(), n -> {
                Term[] slots = new Term[pre.size()];
                for (int i = 0; i < slots.length; i++) slots[i] = pre.slot(i);
                return slots;
            });
            int role = at.role().index();
            for (CheckedSpec.Var v : at.role().vars()) {
                if (v.durable()) continue;
                // The checker refuses a volatile variable of a crashing role initialized from a set (LS233).
                Scope scope = Scope.atNode(pre, at.node(), role, at.n(), v.frameSize());
                next[model.nodeBase(role, at.n()) + v.index()] = exprs.lower(v.init(), v.type(), scope);
            }
        }
        Term count = pre.crashes();
        for (var e : crashed.entrySet()) {
            Term[] next = e.getValue();
            next[model.crashSlot()] = Smt.add(count, Smt.integer(1));
            List<Term> parts = new ArrayList<>();
            parts.add(Smt.lt(count, Smt.integer(model.model().crashes())));
            for (int i = 0; i < next.length; i++) {
                if (post.slot(i) != null) parts.add(Smt.eq(post.slot(i), next[i]));
            }
            out.add(new Step(null, CRASH, e.getKey(), List.of(), List.of(), null, Smt.and(parts)));
        }
    }

    private Term unchangedBut(Vocabulary pre, Vocabulary post, Term net) {
        List<Term> parts = new ArrayList<>();
        for (int i = 0; i < pre.size(); i++) {
            if (post.slot(i) == null) continue;
            parts.add(Smt.eq(post.slot(i), i == model.networkSlot() ? net : pre.slot(i)));
        }
        return Smt.and(parts);
    }
}
