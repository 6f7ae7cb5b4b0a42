package dev.lockstep.conformance;

import dev.lockstep.conformance.Divergence.Difference;
import dev.lockstep.conformance.Divergence.Reason;
import dev.lockstep.lang.eval.Env;
import dev.lockstep.lang.eval.EvalException;
import dev.lockstep.lang.eval.Evaluator;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.eval.Network;
import dev.lockstep.lang.explore.MessageBuilder;
import dev.lockstep.lang.ir.BinaryOp;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.CheckedSpec.NetworkKind;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Stmt;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.value.FnV;
import dev.lockstep.lang.value.Itf;
import dev.lockstep.lang.value.ItfDecodeException;
import dev.lockstep.lang.value.ItfDecoder;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SeqV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.Value;
import dev.lockstep.runtime.trace.TraceEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The online conformance check: fed trace events one at a time, in an order consistent with happens-before (as
 * they happen in a simulation, or as {@link HappensBeforeMerge} orders recorded files), it replays each one through
 * the evaluator against a reconstructed global state and returns the first {@link Divergence}. The global state is
 * the explorer's layout ({@link ModelInstance}): every node's variables, then the network; memory is that state
 * plus a few counters per node, whatever the trace's length.
 *
 * <p>For each step it checks, in this order: the node, role and action exist; the message ids; the parameters fit
 * their types and domains; the consumed message is one the action receives, addressed to the node and deliverable
 * in the spec's network; the guard holds; the logged state equals the spec's successor; the logged sends equal the
 * spec's sends (as multisets, and per channel in order for fifo networks); and every invariant the model checks
 * holds afterwards. Safe to call from several threads (each call checks one event under the monitor's lock), but
 * the order is the caller's: a running system's events reach it through a {@link HappensBeforeFeed}, which puts
 * the events of concurrent node threads into an order consistent with happens-before.
 */
public final class ConformanceMonitor {
    private final ModelInstance model;
    private final CheckedSpec spec;
    private final Evaluator evaluator;
    private final MessageBuilder messages;
    private final NetworkKind kind;
    private final Value[] state;
    private final Map<String, NodeInfo> nodes = new HashMap<>();
    private final List<RoleInfo> roles = new ArrayList<>();
    private final List<CheckedSpec.Invariant> invariants = new ArrayList<>();
    private final Map<String, ItfDecoder> messageDecoders = new HashMap<>();
    /** Duplicating bag: every message ever sent, any of which the network may have copied while it was there. */
    private final java.util.Set<RecordV> everSent = new java.util.HashSet<>();
    /** Duplicating fifo: each channel's last consumed message, whose copy may have stood right behind it. */
    private final Map<Value, RecordV> lastConsumed = new HashMap<>();
    private int unknownNodes;
    private long events;
    private Divergence first;

    /** A role's actions by name, and its variables' names, decoders and paths in reports. */
    private record RoleInfo(CheckedSpec.Role role, Map<String, ActionInfo> actions, java.util.Set<String> varNames,
                            ItfDecoder[] varDecoders, String[] statePaths) {}

    /**
     * An action with its parameters' names and decoders and its effects split by kind, built once (a type switch
     * over the effects on every event costs more than the effects themselves in small specs).
     */
    private record ActionInfo(CheckedSpec.Action action, java.util.Set<String> paramNames, ItfDecoder[] paramDecoders,
                              Stmt.Assign[] assigns, Stmt.Send[] sends) {}

    /** A node of the model; {@code maxSent} is the largest message counter it has sent. */
    private static final class NodeInfo {
        final String name;
        final Value value;
        final RoleInfo role;
        final int base;
        final List<Value[]> initials;
        boolean started;
        boolean known;
        long lastStep;
        long maxSent;

        NodeInfo(String name, Value value, RoleInfo role, int base, List<Value[]> initials) {
            this.name = name;
            this.value = value;
            this.role = role;
            this.base = base;
            this.initials = initials;
        }
    }

    public ConformanceMonitor(ModelInstance model) {
        this.model = model;
        this.spec = model.spec();
        this.evaluator = new Evaluator(model);
        this.messages = new MessageBuilder(spec);
        this.kind = spec.network().kind();
        this.state = new Value[model.slotCount()];
        state[model.networkSlot()] = Network.empty(kind);
        for (CheckedSpec.Role role : spec.roles()) {
            Map<String, ActionInfo> actions = new HashMap<>();
            for (CheckedSpec.Action a : role.actions()) {
                actions.put(a.name(), new ActionInfo(a, a.params().stream().map(p -> p.local().name())
                        .collect(java.util.stream.Collectors.toSet()), a.params().stream()
                        .map(p -> Itf.decoder(p.local().type())).toArray(ItfDecoder[]::new),
                        a.effects().stream().filter(x -> x instanceof Stmt.Assign).toArray(Stmt.Assign[]::new),
                        a.effects().stream().filter(x -> x instanceof Stmt.Send).toArray(Stmt.Send[]::new)));
            }
            String[] paths = role.vars().stream().map(v -> "state." + v.name()).toArray(String[]::new);
            RoleInfo info = new RoleInfo(role, actions, role.vars().stream().map(CheckedSpec.Var::name)
                    .collect(java.util.stream.Collectors.toSet()),
                    role.vars().stream().map(v -> Itf.decoder(v.type())).toArray(ItfDecoder[]::new), paths);
            roles.add(info);
            for (int n = 0; n < model.nodes(role.index()).length; n++) {
                Value node = model.nodes(role.index())[n];
                int base = model.nodeBase(role.index(), n);
                NodeInfo ni = new NodeInfo(node.show(), node, info, base, LocalInits.of(model, evaluator, role, n));
                nodes.put(ni.name, ni);
                // A node without an init event starts in its initial state when that state is unique.
                if (ni.initials.size() == 1) {
                    System.arraycopy(ni.initials.get(0), 0, state, base, role.vars().size());
                    ni.known = true;
                } else {
                    unknownNodes++;
                }
            }
        }
        for (CheckedSpec.MessageDecl m : spec.messages()) messageDecoders.put(m.name(), Itf.decoder(m.type()));
        for (String name : model.model().invariants()) {
            spec.invariants().stream().filter(i -> i.name().equals(name)).findFirst().ifPresent(invariants::add);
        }
    }

    public ModelInstance model() { return model; }

    /** Events accepted so far (including the one that diverged). */
    public synchronized long eventsChecked() { return events; }

    /** The first divergence seen, or null while the events conform. */
    public synchronized Divergence firstDivergence() { return first; }

    /** A copy of the reconstructed global state (slots as in {@link ModelInstance}). */
    public synchronized Value[] globalState() { return state.clone(); }

    /**
     * Checks one event and, if it conforms, applies it to the global state. Returns null when it conforms, else
     * the divergence; after a divergence every later event is refused with that same divergence.
     */
    public synchronized Divergence accept(TraceEvent e, TraceOrigin origin) {
        if (first != null) return first;
        events++;
        Divergence d;
        try {
            d = check(e, origin);
        } catch (ItfDecodeException ex) {
            d = diverge(Reason.ILL_TYPED, origin, e, ex.getMessage(), List.of(), null);
        } catch (EvalException ex) {
            d = diverge(Reason.EVALUATION_FAULT, origin, e, ex.getMessage(), List.of(), ex.span());
        }
        first = d;
        return d;
    }

    // ---- one event --------------------------------------------------------------------------------

    private Divergence check(TraceEvent e, TraceOrigin origin) {
        NodeInfo n = nodes.get(e.node());
        if (n == null) {
            return diverge(Reason.UNKNOWN_NAME, origin, e, "node " + e.node() + " is not a node of model "
                    + model.model().name() + " (its nodes are " + nodes.keySet().stream().sorted().toList() + ")",
                    List.of(), null);
        }
        if (!n.role.role().name().equals(e.role())) {
            return diverge(Reason.UNKNOWN_NAME, origin, e, "node " + n.name + " plays role " + n.role.role().name()
                    + " in model " + model.model().name() + ", not " + e.role(), List.of(), n.role.role().span());
        }
        return TraceEvent.INIT.equals(e.kind()) ? init(n, e, origin) : step(n, e, origin);
    }

    private Divergence init(NodeInfo n, TraceEvent e, TraceOrigin origin) {
        if (n.started) {
            return diverge(Reason.BAD_INIT, origin, e, "node " + n.name + " is initialized a second time (after step "
                    + n.lastStep + "); restarts are not supported", List.of(), null);
        }
        if (e.step() != 0) {
            return diverge(Reason.STEP_GAP, origin, e, "an init event has step 0, not " + e.step(), List.of(), null);
        }
        if (e.consumed() != null || !e.sent().isEmpty()) {
            return diverge(Reason.BAD_INIT, origin, e, "an init event neither receives nor sends messages", List.of(),
                    null);
        }
        if (n.initials.isEmpty()) {
            return diverge(Reason.BAD_INIT, origin, e, "role " + n.role.role().name() + " has no initial state in "
                    + "model " + model.model().name(), List.of(), n.role.role().span());
        }
        Value[] logged = decodeState(n.role, e.state());
        for (Value[] initial : n.initials) {
            if (Arrays.equals(initial, logged)) {
                System.arraycopy(logged, 0, state, n.base, logged.length);
                n.started = true;
                n.lastStep = 0;
                if (!n.known) unknownNodes--;
                n.known = true;
                return checkInvariants(e, origin);
            }
        }
        // Compare with the nearest initial state: the one that differs in the fewest variables.
        Value[] nearest = n.initials.get(0);
        for (Value[] initial : n.initials) if (differing(initial, logged) < differing(nearest, logged)) nearest = initial;
        List<Difference> diffs = new ArrayList<>();
        List<CheckedSpec.Var> vars = n.role.role().vars();
        for (int v = 0; v < vars.size(); v++) {
            if (!nearest[v].equals(logged[v])) {
                diffs.add(new Difference("state." + vars.get(v).name(), nearest[v].show(), logged[v].show(),
                        Show.delta(nearest[v], logged[v]), vars.get(v).span()));
            }
        }
        String choices = n.initials.size() == 1 ? "its initial state" : "any of its " + n.initials.size()
                + " initial states";
        return diverge(Reason.BAD_INIT, origin, e, "the initial state of " + n.name + " is not " + choices, diffs,
                diffs.get(0).span());
    }

    private Divergence step(NodeInfo n, TraceEvent e, TraceOrigin origin) {
        if (!n.started) {
            return diverge(Reason.STEP_GAP, origin, e, "the trace of " + n.name + " must start with its init event "
                    + "(step 0), but its first event is step " + e.step(), List.of(), null);
        }
        if (e.step() != n.lastStep + 1) {
            return diverge(Reason.STEP_GAP, origin, e, "step " + e.step() + " of " + n.name + " follows step "
                    + n.lastStep + (e.step() > n.lastStep + 1 ? ": an event is missing" : ""), List.of(), null);
        }
        ActionInfo info = n.role.actions().get(e.action());
        if (info == null) {
            return diverge(Reason.UNKNOWN_NAME, origin, e, "role " + n.role.role().name() + " has no action "
                    + e.action() + " (its actions are " + n.role.role().actions().stream()
                    .map(CheckedSpec.Action::name).toList() + ")", List.of(), n.role.role().span());
        }
        CheckedSpec.Action action = info.action();
        Divergence ids = checkSentIds(n, e, origin);
        if (ids != null) return ids;
        Env env = new Env(state, action.frameSize()).atNode(n.base, n.value);
        Divergence params = bindParams(info, e, env, origin);
        if (params != null) return params;
        RecordV consumed = null;
        if (action.message() != null || e.consumed() != null) {
            Divergence bad = checkConsumed(n, action, e, origin);
            if (bad != null) return bad;
            consumed = (RecordV) decodeMessage(e.consumed().msg(), "consumed.msg");
            bad = checkDeliverable(n, action, consumed, e, origin);
            if (bad != null) return bad;
            env.frame[action.message().slot()] = consumed;
        }
        if (!evaluator.test(action.guard(), env)) {
            Expr blamed = blame(action.guard(), env);
            return diverge(Reason.NOT_ENABLED, origin, e, action.qualifiedName() + " is not enabled at " + n.name
                    + ": its guard is false" + (blamed != action.guard() ? " (this conjunct)" : "")
                    + "; the node's state before the step is " + localState(n), List.of(), blamed.span());
        }
        // The spec's successor: effects read the old state, so compute everything before writing.
        List<CheckedSpec.Var> vars = n.role.role().vars();
        Value[] expected = Arrays.copyOfRange(state, n.base, n.base + vars.size());
        Span[] assignedAt = new Span[vars.size()];
        List<RecordV> expectedSent = new ArrayList<>();
        List<Span> sentAt = new ArrayList<>();
        for (Stmt.Assign a : info.assigns()) {
            expected[a.varIndex()] = evaluator.eval(a.value(), env);
            assignedAt[a.varIndex()] = a.span();
        }
        for (Stmt.Send send : info.sends()) {
            for (RecordV m : messages.build(send, evaluator, env)) {
                expectedSent.add(m);
                sentAt.add(send.span());
            }
        }
        Value[] logged = decodeState(n.role, e.state());
        List<Difference> diffs = new ArrayList<>();
        for (int v = 0; v < vars.size(); v++) {
            if (!expected[v].equals(logged[v])) {
                Span at = assignedAt[v] != null ? assignedAt[v] : action.span();
                String note = Show.delta(expected[v], logged[v]);
                if (assignedAt[v] == null) {
                    note = (note == null || note.isEmpty() ? "" : note + "; ") + action.name() + " does not assign "
                            + vars.get(v).name() + ", so it keeps its value";
                }
                diffs.add(new Difference("state." + vars.get(v).name(), expected[v].show(), logged[v].show(), note, at));
            }
        }
        if (!diffs.isEmpty()) {
            return diverge(Reason.WRONG_STATE, origin, e, "the state of " + n.name + " after " + action.name()
                    + " differs from the spec's", diffs, diffs.get(0).span());
        }
        List<RecordV> loggedSent = new ArrayList<>(e.sent().size());
        for (int i = 0; i < e.sent().size(); i++) {
            loggedSent.add((RecordV) decodeMessage(e.sent().get(i).msg(), "sent[" + i + "].msg"));
        }
        Divergence sends = compareSends(action, expectedSent, sentAt, loggedSent, e, origin);
        if (sends != null) return sends;
        // Apply the step.
        boolean changed = false;
        for (int v = 0; v < vars.size(); v++) {
            if (!expected[v].equals(state[n.base + v])) changed = true;
            state[n.base + v] = expected[v];
        }
        Value net = state[model.networkSlot()];
        if (consumed != null) {
            net = Network.consume(kind, net, consumed);
            if (kind == NetworkKind.FIFO && spec.network().duplicating()) {
                lastConsumed.put(SeqV.of(consumed.get("src"), consumed.get("dst")), consumed);
            }
        }
        for (RecordV m : expectedSent) {
            net = Network.add(kind, net, m);
            if (kind == NetworkKind.BAG && spec.network().duplicating()) everSent.add(m);
        }
        changed |= !net.equals(state[model.networkSlot()]);
        state[model.networkSlot()] = net;
        n.lastStep = e.step();
        // Invariants are state predicates: a step that changes nothing cannot break one.
        return changed ? checkInvariants(e, origin) : null;
    }

    private Divergence checkSentIds(NodeInfo n, TraceEvent e, TraceOrigin origin) {
        for (TraceEvent.SentMessage m : e.sent()) {
            String sender = TraceEventParser.sender(m.id());
            long counter = TraceEventParser.counter(m.id());
            if (!sender.equals(n.name) || counter <= n.maxSent) {
                return diverge(Reason.BAD_MESSAGE_ID, origin, e, "message id " + m.id() + " sent by " + n.name
                        + " must be \"" + n.name + "#k\" with k above the last counter " + n.maxSent + " it used",
                        List.of(), null);
            }
            n.maxSent = counter;
        }
        return null;
    }

    private Divergence bindParams(ActionInfo info, TraceEvent e, Env env, TraceOrigin origin) {
        CheckedSpec.Action action = info.action();
        if (!e.params().keySet().equals(info.paramNames())) {
            return diverge(Reason.BAD_PARAMS, origin, e, action.qualifiedName() + " has parameters "
                    + action.params().stream().map(p -> p.local().name()).toList() + ", but the event gives "
                    + e.params().keySet(), List.of(), action.span());
        }
        for (int i = 0; i < action.params().size(); i++) {
            CheckedSpec.Param p = action.params().get(i);
            String name = p.local().name();
            Value v = info.paramDecoders()[i].decode(e.params().get(name), "params." + name);
            SetV domain = (SetV) evaluator.eval(p.domain(), env);
            if (!domain.contains(v)) {
                return diverge(Reason.BAD_PARAMS, origin, e, "parameter " + name + " = " + v.show() + " of "
                        + action.qualifiedName() + " is outside its domain " + domain.show(), List.of(),
                        p.domain().span());
            }
            env.frame[p.local().slot()] = v;
        }
        return null;
    }

    private Divergence checkConsumed(NodeInfo n, CheckedSpec.Action action, TraceEvent e, TraceOrigin origin) {
        if (action.message() == null) {
            return diverge(Reason.NOT_DELIVERABLE, origin, e, action.qualifiedName() + " receives no message, but "
                    + "the event consumed " + e.consumed().id(), List.of(), action.span());
        }
        if (e.consumed() == null) {
            return diverge(Reason.NOT_DELIVERABLE, origin, e, action.qualifiedName() + " is an on-receive action, "
                    + "but the event consumed no message", List.of(), action.span());
        }
        String id = e.consumed().id();
        NodeInfo sender = nodes.get(TraceEventParser.sender(id));
        if (sender == null || TraceEventParser.counter(id) > sender.maxSent) {
            return diverge(Reason.NEVER_SENT, origin, e, n.name + " receives message " + id + ", which "
                    + TraceEventParser.sender(id) + " has not sent before this event", List.of(), null);
        }
        String wanted = ((CheckedSpec.Trigger.OnReceive) action.trigger()).messageType();
        Object type = ((Map<?, ?>) e.consumed().msg()).get("type");
        if (!wanted.equals(type)) {
            return diverge(Reason.NOT_DELIVERABLE, origin, e, action.qualifiedName() + " receives " + wanted
                    + " messages, but the event consumed a " + type + " message", List.of(), action.span());
        }
        return null;
    }

    private Divergence checkDeliverable(NodeInfo n, CheckedSpec.Action action, RecordV m, TraceEvent e,
                                        TraceOrigin origin) {
        if (!n.value.equals(m.get("dst"))) {
            return diverge(Reason.NOT_DELIVERABLE, origin, e, "message " + e.consumed().id() + " (" + Show.message(m)
                    + ") is addressed to " + m.get("dst").show() + ", but " + n.name + " consumed it", List.of(),
                    action.span());
        }
        Value net = state[model.networkSlot()];
        boolean deliverable = switch (kind) {
            case SET -> ((SetV) net).contains(m);
            case BAG -> {
                if (((FnV) net).get(m) != null) yield true;
                // A duplicating bag may have copied m while it was there: the spec's Duplicate step, inferred.
                if (!spec.network().duplicating() || !everSent.contains(m)) yield false;
                state[model.networkSlot()] = Network.add(kind, net, m);
                yield true;
            }
            case FIFO -> {
                SeqV channel = SeqV.of(m.get("src"), m.get("dst"));
                SeqV queue = (SeqV) ((FnV) net).get(channel);
                if (queue != null && queue.get(0).equals(m)) yield true;
                if (spec.network().duplicating() && m.equals(lastConsumed.get(channel))) {
                    // A duplicating fifo may have copied the head it delivered last right behind it: Duplicate.
                    state[model.networkSlot()] = ((FnV) net).with(channel,
                            queue == null ? SeqV.of(m) : SeqV.of(m).concat(queue));
                    yield true;
                }
                if (queue != null && spec.network().lossy()) {
                    // A lossy channel may have lost the messages ahead of this one: the spec's Drop steps.
                    int at = queue.elements().indexOf(m);
                    for (int i = 0; i < at; i++) net = Network.drop(kind, net, (RecordV) queue.get(i));
                    if (at > 0) state[model.networkSlot()] = net;
                    yield at >= 0;
                }
                yield false;
            }
        };
        if (deliverable) return null;
        List<RecordV> toNode = new ArrayList<>();
        Network.forEachDeliverable(kind, net, x -> {
            if (n.value.equals(x.get("dst"))) toNode.add(x);
        });
        return diverge(Reason.NOT_DELIVERABLE, origin, e, "message " + e.consumed().id() + " (" + Show.message(m)
                + ") is not deliverable in the spec's " + kind.name().toLowerCase(java.util.Locale.ROOT)
                + " network" + (kind == NetworkKind.FIFO ? " (it is not the head of its channel)" : ""),
                List.of(new Difference("deliverable to " + n.name, Show.messages(toNode), Show.message(m), null,
                        spec.network().span())), action.span());
    }

    private Divergence compareSends(CheckedSpec.Action action, List<RecordV> expected, List<Span> expectedAt,
                                    List<RecordV> logged, TraceEvent e, TraceOrigin origin) {
        List<RecordV> missing = new ArrayList<>(expected);
        List<RecordV> extra = new ArrayList<>();
        for (RecordV m : logged) if (!missing.remove(m)) extra.add(m);
        if (missing.isEmpty() && extra.isEmpty()) {
            if (kind == NetworkKind.FIFO && !sameOrderPerChannel(expected, logged)) {
                return diverge(Reason.WRONG_SENDS, origin, e, action.name() + " sends its messages in another order "
                        + "than the spec on a fifo channel", List.of(new Difference("sent", Show.messages(expected),
                        Show.messages(logged), null, action.span())), action.span());
            }
            return null;
        }
        Span at = action.span();
        List<String> notes = new ArrayList<>();
        if (!missing.isEmpty()) notes.add("missing " + Show.messages(missing));
        if (!extra.isEmpty()) notes.add("extra " + Show.messages(extra));
        if (!missing.isEmpty()) {
            at = expectedAt.get(expected.indexOf(missing.get(0)));
        } else {
            String type = ((dev.lockstep.lang.value.StrV) extra.get(0).get("type")).value();
            Span send = sendOf(action, type);
            if (send != null) {
                at = send;
            } else {
                // The action never sends this type: say which actions of the role do (the message's real cause).
                List<String> senders = spec.role(action.role()).orElseThrow().actions().stream()
                        .filter(a -> sendOf(a, type) != null).map(CheckedSpec.Action::qualifiedName).toList();
                notes.add(action.name() + " sends no " + type + (senders.isEmpty() ? ""
                        : "; in the spec only " + String.join(", ", senders) + " does"));
            }
        }
        return diverge(Reason.WRONG_SENDS, origin, e, "the messages " + action.name() + " sent differ from the spec's",
                List.of(new Difference("sent", Show.messages(expected), Show.messages(logged),
                        String.join("; ", notes), at)), at);
    }

    private static Span sendOf(CheckedSpec.Action action, String type) {
        for (Stmt s : action.effects()) {
            if (s instanceof Stmt.Send send && send.messageType().equals(type)) return send.span();
        }
        return null;
    }

    private static boolean sameOrderPerChannel(List<RecordV> expected, List<RecordV> logged) {
        for (RecordV m : expected) {
            List<RecordV> a = expected.stream().filter(x -> sameChannel(x, m)).toList();
            List<RecordV> b = logged.stream().filter(x -> sameChannel(x, m)).toList();
            if (!a.equals(b)) return false;
        }
        return true;
    }

    private static boolean sameChannel(RecordV a, RecordV b) {
        return a.get("src").equals(b.get("src")) && a.get("dst").equals(b.get("dst"));
    }

    private Divergence checkInvariants(TraceEvent e, TraceOrigin origin) {
        if (unknownNodes > 0) return null;
        for (CheckedSpec.Invariant inv : invariants) {
            if (!evaluator.test(inv.body(), Env.global(state, inv.frameSize()))) {
                return diverge(Reason.INVARIANT_VIOLATED, origin, e, "invariant " + inv.name()
                        + " is false on the global state after this event", List.of(), inv.span());
            }
        }
        return null;
    }

    // ---- helpers ------------------------------------------------------------------------------------

    /** The first false conjunct of a conjunction, so the report points at the part of the guard that failed. */
    private Expr blame(Expr guard, Env env) {
        if (guard instanceof Expr.Binary b && b.op() == BinaryOp.AND) {
            return evaluator.test(b.left(), env) ? blame(b.right(), env) : blame(b.left(), env);
        }
        return guard;
    }

    private Value[] decodeState(RoleInfo role, Object tree) {
        List<CheckedSpec.Var> vars = role.role().vars();
        if (!(tree instanceof Map<?, ?> map)) throw new ItfDecodeException("state", "expected an object");
        if (map.size() != vars.size() || !role.varNames().containsAll(map.keySet())) {
            for (Object key : map.keySet()) {
                if (!role.varNames().contains(key)) {
                    throw new ItfDecodeException("state", "role " + role.role().name() + " has no variable '" + key
                            + "'");
                }
            }
        }
        Value[] out = new Value[vars.size()];
        for (int v = 0; v < out.length; v++) {
            CheckedSpec.Var var = vars.get(v);
            Object value = map.get(var.name());
            if (value == null && !map.containsKey(var.name())) {
                throw new ItfDecodeException(role.statePaths()[v], "missing variable");
            }
            out[v] = role.varDecoders()[v].decode(value, role.statePaths()[v]);
        }
        return out;
    }

    private Value decodeMessage(Object tree, String path) {
        if (!(tree instanceof Map<?, ?> map)) throw new ItfDecodeException(path, "expected a message object");
        Object type = map.get("type");
        ItfDecoder decoder = type instanceof String s ? messageDecoders.get(s) : null;
        if (decoder == null) {
            throw new ItfDecodeException(path + ".type", "spec " + spec.name() + " has no message type " + type);
        }
        return decoder.decode(tree, path);
    }

    private String localState(NodeInfo n) {
        List<CheckedSpec.Var> vars = n.role.role().vars();
        List<String> parts = new ArrayList<>();
        for (int v = 0; v < vars.size(); v++) parts.add(vars.get(v).name() + " = " + state[n.base + v].show());
        return String.join(", ", parts);
    }

    private static int differing(Value[] a, Value[] b) {
        int d = 0;
        for (int i = 0; i < a.length; i++) if (!a[i].equals(b[i])) d++;
        return d;
    }

    private static Divergence diverge(Reason reason, TraceOrigin origin, TraceEvent e, String message,
                                      List<Difference> diffs, Span span) {
        return new Divergence(reason, origin, e.node(), e.step(), message, diffs, span);
    }
}
