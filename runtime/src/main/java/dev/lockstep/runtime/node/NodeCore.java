package dev.lockstep.runtime.node;

import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.Message;
import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.api.Step;
import dev.lockstep.runtime.api.Trigger;
import dev.lockstep.runtime.trace.TraceRecorder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The node loop's logic for one node, independent of how events arrive (a Netty event loop or the simulator). It
 * is not thread-safe: the host calls it from the node's single thread only. On each event:
 * <ul>
 *   <li>a delivered envelope goes into the {@link Inbox}; waiting messages are offered to the enabled {@code on
 *       receive} actions of their type (oldest first, FIFO: channel heads only) and stay until one is enabled;</li>
 *   <li>then the {@code on receive all} (quorum) actions fire when the waiting messages hold a quorum for some
 *       binding ({@link QuorumReceives}, which also gives the retention rule of the messages they read);</li>
 *   <li>{@code auto} actions fire while enabled, round-robin from the one after the last fired, except a step that
 *       changes nothing (on a set network: same state, only messages sent before; see {@link Stutters});</li>
 *   <li>after every step the inbox is retried, since the new state may enable a waiting message; at most
 *       {@link NodeOptions#maxStepsPerEvent()} steps run per event, then the host schedules the rest;</li>
 *   <li>timers follow the SetTimer contract: armed unless armed already (or cancelled), fired on expiry only if
 *       still enabled; RestartTimer re-arms one from now, CancelTimer disarms it until restarted.</li>
 * </ul>
 * Parameters and the choice between several enabled bindings come from the {@link Chooser}. Every step is recorded
 * through the {@link TraceRecorder} and reported to the {@link StepListener}.
 *
 * <p>Message consumption: a message the node takes is consumed for every network kind. For {@code SET} this is a
 * refinement the spec allows (a set network may deliver a message again but never has to); the simulator
 * exercises re-delivery by re-sending already delivered messages of a set network (see {@code Simulation}).
 */
public final class NodeCore<S extends ItfEncodable> {
    private final RoleMachine<S> machine;
    private final NodeId self;
    private final String role;
    private final TraceRecorder recorder;
    private final Chooser chooser;
    private final SplittableRandom timerDelays;
    private final NodeOptions options;
    private final NodeHost host;
    private final Inbox inbox;
    private final List<ActionSpec<S>> autos = new ArrayList<>();
    private final Map<String, List<ActionSpec<S>>> receivesByType = new HashMap<>();
    private final Map<String, ActionSpec<S>> byName = new HashMap<>();
    private final Map<String, List<String>> paramNames = new HashMap<>();
    private final QuorumReceives<S> quorums;
    private final Stutters stutters;
    /** Armed timers: the generation of each one's pending expiry; an expiry of any other generation is stale. */
    private final Map<String, Long> armedTimers = new HashMap<>();
    /** Timers cancelled by the spec's {@code cancel T}: SetTimer leaves them disarmed until a RestartTimer. */
    private final Set<String> cancelledTimers = new HashSet<>();
    private long timerGenerations;
    private StepListener listener = StepListener.NONE;
    private S state;
    private boolean up;
    private int autoCursor;
    private long inboxOverflows;
    /** {@link NodeOptions#setEvictsUnread()} on a set network. */
    private final boolean evictsUnread;
    private long unreceivable;
    private List<Binding> candidates; // options of the message takeFirst just accepted
    private final ExchangeRunner<S> exchanges;
    /** Timer actions that expired while an exchange was open; they fire when it ends. */
    private final Set<String> deferredTimers = new java.util.LinkedHashSet<>();

    /** A core on a network of {@code kind} whose faults are not known (so no auto step is taken as changing nothing). */
    public NodeCore(RoleMachine<S> machine, NetworkSpec.Kind kind, TraceRecorder recorder, Chooser chooser,
                    long timerSeed, NodeOptions options, NodeHost host) {
        this(machine, new NetworkSpec(kind, true, true), recorder, chooser, timerSeed, options, host);
    }

    public NodeCore(RoleMachine<S> machine, NetworkSpec network, TraceRecorder recorder, Chooser chooser,
                    long timerSeed, NodeOptions options, NodeHost host) {
        NetworkSpec.Kind kind = network.kind();
        this.machine = Objects.requireNonNull(machine, "machine");
        this.self = machine.self();
        this.role = machine.role();
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.chooser = Objects.requireNonNull(chooser, "chooser");
        this.timerDelays = new SplittableRandom(timerSeed);
        this.options = Objects.requireNonNull(options, "options");
        this.host = Objects.requireNonNull(host, "host");
        this.inbox = new Inbox(kind, options.inboxCapacity());
        this.evictsUnread = options.setEvictsUnread() && kind == NetworkSpec.Kind.SET;
        for (ActionSpec<S> a : machine.actions()) {
            byName.put(a.name(), a);
            paramNames.put(a.name(), a.params().stream().map(ActionSpec.Param::name).toList());
            if (a.trigger() == Trigger.AUTO) autos.add(a);
            if (a.trigger() == Trigger.ON_RECEIVE) receivesByType.computeIfAbsent(a.messageType(), t -> new ArrayList<>()).add(a);
        }
        this.quorums = new QuorumReceives<>(self.name(), machine.actions(), kind);
        this.stutters = new Stutters(network);
        this.exchanges = new ExchangeRunner<>(this, machine.exchanges(), host, options, timerSeed ^ 0x5DEECE66DL);
    }

    /** A core for a machine of unknown state type, as {@link dev.lockstep.runtime.api.ProtocolDescriptor} hands out. */
    public static NodeCore<?> of(RoleMachine<? extends ItfEncodable> machine, NetworkSpec network,
                                 TraceRecorder recorder, Chooser chooser, long timerSeed, NodeOptions options,
                                 NodeHost host) {
        return create(machine, network, recorder, chooser, timerSeed, options, host);
    }

    private static <T extends ItfEncodable> NodeCore<T> create(RoleMachine<T> machine, NetworkSpec network,
            TraceRecorder recorder, Chooser chooser, long timerSeed, NodeOptions options, NodeHost host) {
        return new NodeCore<>(machine, network, recorder, chooser, timerSeed, options, host);
    }

    public void setStepListener(StepListener listener) { this.listener = Objects.requireNonNull(listener); }

    // ---- events ------------------------------------------------------------------------------------------------

    /** Picks the initial state (with the chooser when there are several), records it, arms timers, runs autos. */
    public void start() {
        if (state != null) throw new IllegalStateException("node " + self + " already started");
        List<S> initial = machine.initialStates();
        if (initial.isEmpty()) throw new IllegalStateException("role " + role + " has no initial state");
        int pick = 0;
        if (initial.size() > 1) {
            List<Binding> options = new ArrayList<>(initial.size());
            for (S s : initial) options.add(new Binding("<init>", List.of(s)));
            pick = chooser.choose(self, options);
        }
        state = initial.get(pick);
        up = true;
        recorder.init(state);
        timerCommands(machine.start(state));
        exchanges.start();
        drain();
    }

    /** A message arrived for this node. Returns false if it was not accepted (node down or inbox full). */
    public boolean deliver(Envelope envelope) {
        if (!up) return false;
        if (envelope.message() instanceof dev.lockstep.runtime.api.ExchangeMessage) {
            exchanges.deliver(envelope);
            afterExchange();
            return true;
        }
        String type = envelope.message().type();
        if (!receivesByType.containsKey(type) && !quorums.receives(type)) {
            unreceivable++; // no action of the role can ever take it; the spec leaves it in the network forever
            return true;
        }
        if (!inbox.offer(envelope) && !(quorums.makeRoom(inbox) && inbox.offer(envelope))) {
            inboxOverflows++;
            Envelope evicted = evictsUnread ? inbox.evictOldest() : null;
            if (evicted == null || !inbox.offer(envelope)) {
                host.inboxOverflow(envelope);
                return false;
            }
            host.inboxOverflow(evicted); // NodeOptions.setEvictsUnread: the oldest waiting message goes instead
        }
        drain();
        return true;
    }

    /** The application calls an input action; parameters from the chooser. */
    public InputResult input(String action) {
        return input(action, null);
    }

    /**
     * The application calls an input action with explicit parameters ({@code null}: let the chooser pick among the
     * enabled bindings). With explicit parameters the action fires only if they lie in their domains and its guard
     * holds for exactly those.
     */
    public InputResult input(String action, List<Object> params) {
        if (!up) return InputResult.NODE_DOWN;
        ActionSpec<S> a = byName.get(action);
        if (a == null || a.trigger() != Trigger.INPUT) return InputResult.UNKNOWN_ACTION;
        return fireCalled(a, params);
    }

    /** An action the application calls: explicit parameters or the chooser's, then one step and the usual loop. */
    private InputResult fireCalled(ActionSpec<S> a, List<Object> params) {
        Binding fire;
        if (params == null) {
            List<Binding> options = bindings(a, null);
            if (options.isEmpty()) return InputResult.NOT_ENABLED;
            fire = options.get(options.size() == 1 ? 0 : chooser.choose(self, options));
        } else {
            if (!inDomains(a, params) || !guard(a, params, null)) return InputResult.NOT_ENABLED;
            fire = new Binding(a.name(), params);
        }
        fire(a, fire, null);
        drain();
        return InputResult.FIRED;
    }

    /**
     * A timer armed through {@link NodeHost#armTimer} expired: fire its action if still enabled, else drop it. An
     * expiry of a timer since disarmed or re-armed (another generation) does nothing.
     */
    public void timerExpired(String action, long generation) {
        if (!up) return;
        if (ExchangeRunner.owns(action)) {
            exchanges.timer(action, generation);
            afterExchange();
            return;
        }
        if (!armedTimers.remove(action, generation)) return;
        if (exchanges.busy()) {
            deferredTimers.add(action); // one exchange at a time: the node takes no other step until it ends
            return;
        }
        ActionSpec<S> a = byName.get(action);
        List<Object> proposed = chooser.proposeTimer(self, action);
        if (proposed != null && inDomains(a, proposed) && guard(a, proposed, null)) {
            fire(a, new Binding(action, List.copyOf(proposed)), null);
        } else {
            List<Binding> options = bindings(a, null);
            if (!options.isEmpty()) {
                fire(a, options.get(options.size() == 1 ? 0 : chooser.choose(self, options)), null);
            }
        }
        drain();
    }

    /**
     * The application fires timer action {@code action} now, without waiting for its timer: the model has no time
     * (a {@code timer} action is enabled or not like any other, and conformance does not check delays), so a step
     * taken early is a step of the spec. With {@code params} ({@code null}: the chooser picks among the enabled
     * bindings) it fires only if they lie in their domains and the guard holds for exactly those, as
     * {@link #input(String, List)}. The timer itself is left as it is: an armed expiry still comes (a periodic
     * heartbeat keeps its period). A Raft leader uses it to send AppendEntries right after an append
     * (examples/raft-kv). An unknown or non-timer action is {@code UNKNOWN_ACTION}.
     */
    public InputResult fireNow(String action, List<Object> params) {
        if (!up) return InputResult.NODE_DOWN;
        ActionSpec<S> a = byName.get(action);
        if (a == null || a.trigger() != Trigger.TIMER) return InputResult.UNKNOWN_ACTION;
        if (exchanges.busy()) return InputResult.NOT_ENABLED; // one exchange at a time, as for an expiry
        return fireCalled(a, params);
    }

    /** Continues work cut off by the per-event step bound. */
    public void resume() {
        if (up) drain();
    }

    /**
     * The node crashes: what a real process keeps only in memory is lost — armed timers, pending auto work, and,
     * unless {@code keepInbox}, the waiting messages (messages the node had not taken stay in flight in the spec,
     * and a lossy network may drop them). The machine state waits for {@link #restart}, which applies the spec's
     * crash to it; the step counter and clocks survive (they are what a node persists with its durable state).
     */
    public void crash(boolean keepInbox) {
        exchanges.crash();
        deferredTimers.clear();
        up = false;
        armedTimers.clear();
        cancelledTimers.clear();
        if (!keepInbox) inbox.clear();
    }

    /**
     * Restarts a crashed node. For a role the spec declares {@code crashes}, the machine's {@link RoleMachine#restart}
     * is the spec's {@code Crash} step: volatile variables back to their initial values, durable ones kept, then
     * {@code on restart}; it is recorded as a second {@code init} event (with the step's sends) and its messages
     * leave. A role that does not crash keeps its whole state: its crash was a pause, recorded nowhere. Then the
     * timers enabled in the state are armed and the node runs as usual.
     */
    public void restart() {
        if (up) return;
        if (machine.crashes()) recover(machine.restart(state));
        up = true;
        armEnabledTimers();
        exchanges.start();
        drain();
    }

    /**
     * Starts a node of a crashing role from the local state {@code persisted} its previous process left (its
     * durable variables as they were written, the others as they were or at any value): the same recovery as
     * {@link #restart}, as a process started again from its data directory does. Called instead of {@link #start};
     * the new process's trace starts with the restart's {@code init} event (step 1).
     */
    public void startRecovered(S persisted) {
        if (state != null) throw new IllegalStateException("node " + self + " already started");
        recover(machine.restart(persisted));
        up = true;
        armEnabledTimers();
        exchanges.start();
        drain();
    }

    private void recover(Step<S> recovered) {
        List<Message> sends = new ArrayList<>();
        for (Command c : recovered.commands()) {
            if (c instanceof Command.Send s) sends.add(s.message());
        }
        state = recovered.state();
        List<Envelope> sent = recorder.restart(state, sends);
        host.persist(state);
        for (Envelope e : sent) host.send(e);
        listener.afterStep(this, new Binding(CRASH, List.of()), null, sent);
    }

    /** The name of the spec's crash step, which a restart is; a step listener sees it as the binding's action. */
    public static final String CRASH = "Crash";

    private void armEnabledTimers() {
        for (ActionSpec<S> a : machine.actions()) {
            if (a.trigger() == Trigger.TIMER && !bindings(a, null).isEmpty()) {
                arm(a.name(), a.timerLowMillis(), a.timerHighMillis());
            }
        }
    }

    // ---- the loop ----------------------------------------------------------------------------------------------

    private void drain() {
        int budget = options.maxStepsPerEvent();
        while (up && !exchanges.busy()) {
            if (budget == 0) {
                host.continueLater();
                return;
            }
            Envelope e = inbox.size() == 0 ? null : inbox.takeFirst(this::receivable);
            if (e != null) {
                List<Binding> options = candidates;
                Binding b = options.get(options.size() == 1 ? 0 : chooser.choose(self, options));
                fire(byName.get(b.action()), b, e);
            } else if (!fireOneQuorum() && !fireOneAuto()) {
                return;
            }
            budget--;
        }
    }

    private boolean receivable(Envelope e) {
        Message m = e.message();
        List<Binding> options = null;
        for (ActionSpec<S> a : receivesByType.getOrDefault(m.type(), List.of())) {
            List<Binding> bs = bindings(a, m);
            if (bs.isEmpty()) continue;
            if (options == null) options = bs;
            else {
                if (!(options instanceof ArrayList)) options = new ArrayList<>(options);
                options.addAll(bs);
            }
        }
        candidates = options;
        return options != null;
    }

    /** Fires one enabled binding of a quorum receive, if any, with the received set it reads. */
    private boolean fireOneQuorum() {
        List<QuorumReceives.Candidate<S>> options = quorums.candidates(state, inbox);
        if (options.isEmpty()) return false;
        QuorumReceives.Candidate<S> c = options.get(options.size() == 1 ? 0
                : chooser.choose(self, options.stream().map(QuorumReceives.Candidate::binding).toList()));
        Step<S> step;
        try {
            step = c.action().receiveAll().effect().apply(state, c.binding().params(), c.messages());
        } catch (RuntimeException ex) {
            throw new ActionFailedException(self.name(), c.action().name(), ex);
        }
        quorums.consumed(inbox, c);
        List<Message> sends = new ArrayList<>(step.commands().size());
        for (Command cmd : step.commands()) {
            if (cmd instanceof Command.Send s) sends.add(s.message());
        }
        stutters.sent(sends);
        state = step.state();
        List<Envelope> sent = recorder.stepAll(c.action().name(), paramNames.get(c.action().name()),
                c.binding().params(), c.received(), sends, state);
        for (Envelope e : sent) host.send(e);
        timerCommands(step.commands());
        listener.afterStep(this, c.binding(), null, sent);
        return true;
    }

    private boolean fireOneAuto() {
        int n = autos.size();
        for (int k = 0; k < n; k++) {
            int i = (autoCursor + k) % n;
            ActionSpec<S> a = autos.get(i);
            List<Binding> options = changing(a, bindings(a, null));
            if (!options.isEmpty()) {
                autoCursor = (i + 1) % n;
                fire(a, options.get(options.size() == 1 ? 0 : chooser.choose(self, options)), null);
                return true;
            }
        }
        return false;
    }

    private void fire(ActionSpec<S> a, Binding b, Envelope consumed) {
        Message m = consumed == null ? null : consumed.message();
        Step<S> step;
        try {
            step = a.effect().apply(state, b.params(), m);
        } catch (RuntimeException ex) {
            throw new ActionFailedException(self.name(), a.name(), ex);
        }
        List<Message> sends = new ArrayList<>(step.commands().size());
        for (Command c : step.commands()) {
            if (c instanceof Command.Send s) sends.add(s.message());
        }
        stutters.sent(sends);
        List<Envelope> sent = commit(step.state(), a.name(), paramNames.get(a.name()), b.params(), consumed, sends);
        timerCommands(step.commands());
        listener.afterStep(this, b, consumed, sent);
    }

    /**
     * One recorded step of an exchange (f1, f2, f3 or a rollback; see {@link ExchangeRunner}): the node's new state,
     * written ahead like any step's, then the sends. Returns their envelopes.
     */
    List<Envelope> exchangeStep(S next, String action, List<String> names, List<?> params, Envelope consumed,
                                List<? extends Message> sends) {
        List<Envelope> sent = commit(next, action, names, params, consumed, sends);
        listener.afterStep(this, new Binding(action, List.copyOf(params)), consumed, sent);
        return sent;
    }

    /** Takes {@code next} as the node's state, records the step, persists it, then sends: every step's order. */
    private List<Envelope> commit(S next, String action, List<String> names, List<?> params, Envelope consumed,
                                  List<? extends Message> sends) {
        state = next;
        List<Envelope> sent = recorder.step(action, names, params, consumed, sends, state);
        host.persist(state); // write-ahead: a host that persists (Netty's --data-dir) holds the sends until it synced
        for (Envelope e : sent) host.send(e);
        return sent;
    }

    /** An envelope for a message that is no step of the node (an exchange's refusal), stamped with the clocks. */
    Envelope untraced(Message m) {
        return recorder.untraced(m);
    }

    /** After an exchange event: once no exchange is open, the deferred timers fire and the node runs as usual. */
    private void afterExchange() {
        if (exchanges.busy() || !up) return;
        List<String> due = List.copyOf(deferredTimers);
        deferredTimers.clear();
        for (String action : due) {
            ActionSpec<S> a = byName.get(action);
            List<Binding> options = bindings(a, null);
            if (!options.isEmpty()) fire(a, options.get(options.size() == 1 ? 0 : chooser.choose(self, options)), null);
        }
        drain();
    }

    /** The bindings of auto action {@code a} whose step changes something (see {@link Stutters}). */
    private List<Binding> changing(ActionSpec<S> a, List<Binding> options) {
        if (options.isEmpty() || !stutters.applies()) return options;
        List<Binding> out = new ArrayList<>(options.size());
        for (Binding b : options) {
            Step<S> step;
            try {
                step = a.effect().apply(state, b.params(), null);
            } catch (RuntimeException ex) {
                throw new ActionFailedException(self.name(), a.name(), ex);
            }
            if (!stutters.changesNothing(state, step)) out.add(b);
        }
        return out;
    }

    /** Carries out a step's timer commands in list order (machines put SetTimers last). */
    private void timerCommands(List<Command> commands) {
        for (Command c : commands) {
            switch (c) {
                case Command.Send s -> { }
                case Command.SetTimer t -> {
                    if (!armedTimers.containsKey(t.action()) && !cancelledTimers.contains(t.action())) {
                        arm(t.action(), t.lowMillis(), t.highMillis());
                    }
                }
                case Command.RestartTimer r -> {
                    cancelledTimers.remove(r.action());
                    ActionSpec<S> a = timerAction(r.action());
                    arm(r.action(), a.timerLowMillis(), a.timerHighMillis());
                }
                case Command.CancelTimer x -> {
                    timerAction(x.action());
                    armedTimers.remove(x.action());
                    cancelledTimers.add(x.action());
                }
            }
        }
    }

    private ActionSpec<S> timerAction(String name) {
        ActionSpec<S> a = byName.get(name);
        if (a == null || a.trigger() != Trigger.TIMER) {
            throw new IllegalStateException("role " + role + " has no timer action " + name);
        }
        return a;
    }

    /** Arms (or re-arms, replacing the pending expiry) with a delay drawn uniformly from [low, high]. */
    private void arm(String action, long lowMillis, long highMillis) {
        long generation = ++timerGenerations;
        armedTimers.put(action, generation);
        long delay = highMillis <= lowMillis ? lowMillis : timerDelays.nextLong(lowMillis, highMillis + 1);
        host.armTimer(action, generation, delay);
    }

    /** The enabled bindings of {@code a} in the current state, parameters in declaration and canonical order. */
    private List<Binding> bindings(ActionSpec<S> a, Message m) {
        if (a.params().isEmpty()) {
            return guard(a, List.of(), m) ? List.of(new Binding(a.name(), List.of())) : List.of();
        }
        List<Binding> out = new ArrayList<>();
        try {
            enumerate(a, 0, new ArrayList<>(), m, out);
        } catch (ActionFailedException ex) {
            throw ex;
        } catch (RuntimeException ex) {
            throw new ActionFailedException(self.name(), a.name(), ex);
        }
        return out;
    }

    private void enumerate(ActionSpec<S> a, int i, List<Object> prefix, Message m, List<Binding> out) {
        if (i == a.params().size()) {
            if (guard(a, prefix, m)) out.add(new Binding(a.name(), prefix));
            return;
        }
        for (Object v : a.params().get(i).domain().values(state, List.copyOf(prefix), m)) {
            prefix.add(v);
            enumerate(a, i + 1, prefix, m, out);
            prefix.remove(prefix.size() - 1);
        }
    }

    /** Whether explicit parameters are values of their (possibly dependent) domains, as the spec requires. */
    private boolean inDomains(ActionSpec<S> a, List<Object> params) {
        if (params.size() != a.params().size()) return false;
        try {
            for (int i = 0; i < params.size(); i++) {
                if (!a.params().get(i).domain().values(state, List.copyOf(params.subList(0, i)), null).contains(params.get(i))) {
                    return false;
                }
            }
        } catch (RuntimeException ex) {
            throw new ActionFailedException(self.name(), a.name(), ex);
        }
        return true;
    }

    private boolean guard(ActionSpec<S> a, List<Object> params, Message m) {
        try {
            return a.guard().test(state, List.copyOf(params), m);
        } catch (RuntimeException ex) {
            throw new ActionFailedException(self.name(), a.name(), ex);
        }
    }

    /** The input actions' enabled bindings in the current state (spec order, then canonical parameter order). */
    public List<Binding> enabledInputs() {
        if (!up) return List.of();
        List<Binding> out = new ArrayList<>();
        for (ActionSpec<S> a : machine.actions()) {
            if (a.trigger() == Trigger.INPUT) out.addAll(bindings(a, null));
        }
        return out;
    }

    // ---- views -------------------------------------------------------------------------------------------------

    public NodeId self() { return self; }

    public String role() { return role; }

    /** The current local state (null before {@link #start}). */
    public S state() { return state; }

    public boolean isUp() { return up; }

    /** The message types the role's {@code on receive} and {@code on receive all} actions take. */
    public Set<String> receivableTypes() {
        Set<String> out = new HashSet<>(receivesByType.keySet());
        for (ActionSpec<S> a : machine.actions()) if (a.trigger() == Trigger.ON_RECEIVE_ALL) out.add(a.messageType());
        out.addAll(exchanges.types());
        return Set.copyOf(out);
    }

    /** Messages received but not yet taken by an action. */
    public List<Envelope> inbox() { return inbox.contents(); }

    public Set<String> armedTimers() { return Set.copyOf(armedTimers.keySet()); }

    public long steps() { return recorder.steps(); }

    public long inboxOverflows() { return inboxOverflows; }

    /** Exchange requests this node refused (busy in its own exchange, or its part of the guard false). */
    public long exchangeRefusals() { return exchanges.refusals(); }

    /** Exchanges this node initiated and rolled back (refusal, timeout or crash). */
    public long exchangeRollbacks() { return exchanges.rollbacks(); }

    /** Exchange replies and refusals that came after their exchange was rolled back, and were ignored. */
    public long exchangeStaleAnswers() { return exchanges.stale(); }

    /** Messages a quorum receive had read, dropped to make room for arrivals (set networks; see QuorumReceives). */
    public long quorumEvictions() { return quorums.evictions(); }

    /** Messages of a type no action of the role receives; dropped on arrival. */
    public long unreceivable() { return unreceivable; }
}
