package dev.lockstep.runtime.sim;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.ExchangeMessage;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.node.ActionFailedException;
import dev.lockstep.runtime.node.Binding;
import dev.lockstep.runtime.node.Chooser;
import dev.lockstep.runtime.node.ColocatedMachine;
import dev.lockstep.runtime.node.LinkFaults;
import dev.lockstep.runtime.node.NodeCore;
import dev.lockstep.runtime.node.NodeHost;
import dev.lockstep.runtime.trace.TraceSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Runs a protocol's machines in one thread on a simulated network with simulated time: a discrete-event loop over
 * message deliveries, timer expiries, application inputs and node restarts, ordered by (simulated time, sequence
 * number). Every random choice comes from one seeded generator, so a run is a function of its descriptor, options
 * and seed: the same seed gives the same steps and byte-identical traces.
 *
 * <p>Faults follow the spec's network: a message is dropped only on a {@code lossy} network; it is delivered again
 * only on a {@code duplicating} network or a {@code set} network (whose delivered messages stay deliverable); a FIFO
 * channel keeps its order, and its duplicate is delivered right behind the original. A crash follows the spec
 * (docs/runtime.md, "What a crash means"): a node of a crashing role restarts through its machine's restart(), which
 * resets its volatile variables, keeps its durable ones and runs on restart, and is recorded as a second init event;
 * a node of a role that does not crash only pauses. Its timers and pending work are lost, its waiting messages
 * survive unless the network is lossy. While a node is down, messages to it wait (or, on a lossy network, are lost).
 * Link faults ({@link SimulationOptions#linkFaults()}) are decided as over Netty; their drop on a reliable set or bag
 * keeps the message in the spec's network, never delivered.
 */
public final class Simulation {
    private sealed interface Event permits Deliver, TimerFire, Resume, InputTick, Restart {}

    private record Deliver(Envelope envelope, long wireKey) implements Event {}

    private record TimerFire(int node, String action, long generation, long epoch) implements Event {}

    private record Resume(int node, long epoch) implements Event {}

    private record InputTick(int node, long epoch) implements Event {}

    private record Restart(int node) implements Event {}

    private record Scheduled(long time, long seq, Event event) implements Comparable<Scheduled> {
        @Override
        public int compareTo(Scheduled o) {
            int c = Long.compare(time, o.time);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    /** Unwinds the event loop at the first violation or when the step budget is spent. */
    private static final class Stop extends RuntimeException {
        Stop() { super(null, null, false, false); }
    }

    private final ProtocolDescriptor protocol;
    private final SimulationOptions options;
    private final OnlineCheck check;
    private final NetworkSpec network;
    private final SplittableRandom random;
    private final List<NodeCore<?>> nodes = new ArrayList<>();
    private final Map<NodeId, Integer> index = new HashMap<>();
    private final List<TraceSink> sinks = new ArrayList<>();
    private final PriorityQueue<Scheduled> queue = new PriorityQueue<>();
    private final TreeMap<Long, Envelope> wire = new TreeMap<>();
    private final Map<String, Long> channelLast = new HashMap<>();
    private final List<Envelope> setNetwork = new ArrayList<>(); // SET: every message sent and not dropped
    /** BAG: messages a link fault keeps from ever being delivered; they stay in flight (in the spec's network). */
    private final List<Envelope> stranded = new ArrayList<>();
    /** Per node: the message types its link faults never drop ({@link LinkFaults#undroppableTypes}). */
    private final List<Set<String>> undroppable = new ArrayList<>();
    /** Per node: messages that arrived while it was down, in arrival order (so in channel order), for its restart. */
    private final List<ArrayDeque<Envelope>> held = new ArrayList<>();
    private long[] epoch;
    private boolean[] tickPending;
    private long now;
    private long seq;
    private long steps;
    private long events;
    private long delivered;
    private long dropped;
    private long duplicated;
    private long crashes;
    private SimulationResult.Failure failure;

    private Simulation(ProtocolDescriptor protocol, SimulationOptions options, OnlineCheck check) {
        this.protocol = protocol;
        this.options = options;
        this.check = check;
        this.network = protocol.network();
        this.random = new SplittableRandom(options.seed());
    }

    /** Runs one simulation; the online check is called after every step. */
    public static SimulationResult run(ProtocolDescriptor protocol, SimulationOptions options, OnlineCheck check) {
        return new Simulation(protocol, options, check).run();
    }

    private SimulationResult run() {
        boolean quiescent = false;
        String refusal = options.linkFaults().refusal(network);
        if (refusal != null) throw new IllegalArgumentException(refusal);
        try {
            createNodes();
            try {
                for (NodeCore<?> n : nodes) n.start();
                for (int i = 0; i < nodes.size(); i++) scheduleInput(i);
                long maxEvents = options.maxSteps() >= Long.MAX_VALUE / 100 ? Long.MAX_VALUE : options.maxSteps() * 50 + 10_000;
                while (steps < options.maxSteps() && events < maxEvents) {
                    Scheduled next = queue.poll();
                    if (next == null) {
                        quiescent = true;
                        break;
                    }
                    now = next.time();
                    events++;
                    process(next.event());
                    maybeCrash();
                }
            } catch (Stop stop) {
                // a violation or the step budget; the fields say which
            } catch (ActionFailedException ex) {
                failure = new SimulationResult.Failure(options.seed(), steps + 1, ex.node(), ex.action(),
                        String.valueOf(ex.getCause().getMessage()));
            }
        } finally {
            closeSinks();
        }
        long overflows = nodes.stream().mapToLong(NodeCore::inboxOverflows).sum();
        return new SimulationResult(options.seed(), steps, events, now, delivered, dropped, duplicated, crashes,
                overflows, quiescent, Optional.ofNullable(failure), states());
    }

    private void createNodes() {
        // A node of several roles runs them as one machine (ColocatedMachine), so it is one node here too.
        for (NodeId id : protocol.nodes()) {
            int i = nodes.size();
            TraceSink sink;
            try {
                sink = options.traces().open(id);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the trace of node " + id + ": " + e.getMessage(), e);
            }
            sinks.add(sink);
            long nodeSeed = options.seed() * 0x9E3779B97F4A7C15L + i;
            var machine = ColocatedMachine.forNode(protocol, id);
            NodeCore<?> core = NodeCore.of(machine, network, ColocatedMachine.recorder(machine, sink),
                    Chooser.random(nodeSeed), ~nodeSeed, options.node(), new Host(i));
            core.setStepListener(this::afterStep);
            index.put(id, i);
            nodes.add(core);
            undroppable.add(LinkFaults.undroppableTypes(machine, network));
            held.add(new ArrayDeque<>());
        }
        epoch = new long[nodes.size()];
        tickPending = new boolean[nodes.size()];
    }

    private void process(Event event) {
        switch (event) {
            case Deliver d -> deliver(d);
            case TimerFire t -> {
                if (t.epoch() == epoch[t.node()]) nodes.get(t.node()).timerExpired(t.action(), t.generation());
                scheduleInput(t.node());
            }
            case Resume r -> {
                if (r.epoch() == epoch[r.node()]) nodes.get(r.node()).resume();
                scheduleInput(r.node());
            }
            case InputTick t -> {
                if (t.epoch() != epoch[t.node()]) return;
                tickPending[t.node()] = false;
                NodeCore<?> n = nodes.get(t.node());
                List<Binding> enabled = n.enabledInputs();
                if (!enabled.isEmpty()) {
                    Binding b = enabled.get(random.nextInt(enabled.size()));
                    n.input(b.action(), b.params());
                }
                scheduleInput(t.node());
            }
            case Restart r -> {
                nodes.get(r.node()).restart();
                ArrayDeque<Envelope> waiting = held.get(r.node());
                while (!waiting.isEmpty()) deliverTo(r.node(), waiting.poll());
                scheduleInput(r.node());
            }
        }
    }

    private void deliver(Deliver d) {
        wire.remove(d.wireKey());
        Envelope e = d.envelope();
        int dst = index.get(e.message().dst());
        NodeCore<?> n = nodes.get(dst);
        if (!n.isUp()) {
            if (network.lossy()) {
                dropped++;
                if (network.kind() == NetworkSpec.Kind.SET) setNetwork.remove(e);
            } else {
                // Waits for the restart in arrival order. (Rescheduling it as a new event at the restart time broke
                // FIFO order: a later message of the channel due at that same time could overtake it.)
                held.get(dst).add(e);
            }
            return;
        }
        deliverTo(dst, e);
    }

    private void deliverTo(int dst, Envelope e) {
        NodeCore<?> n = nodes.get(dst);
        delivered++;
        n.deliver(e);
        if (options.dup() > 0 && duplicationAllowed() && !(e.message() instanceof ExchangeMessage)
                && random.nextDouble() < options.dup()) {
            duplicated++;
            if (network.kind() == NetworkSpec.Kind.FIFO) {
                // The spec duplicates a channel's head in place; here the original has just been at the head.
                if (n.isUp() && n.inbox().stream().noneMatch(w -> w.message().src().equals(e.message().src()))) {
                    delivered++;
                    n.deliver(e);
                }
            } else {
                schedule(now + 1 + random.nextLong(options.maxLatencyMillis()), e);
            }
        }
        scheduleInput(dst);
    }

    private boolean duplicationAllowed() {
        return network.duplicating() || network.kind() == NetworkSpec.Kind.SET;
    }

    private void send(Envelope e) {
        // An exchange's messages are the runtime's, not the spec network's: they may be lost on any network (what
        // the spec's `may fail` is about; docs/runtime.md, "Exchanges").
        boolean exchange = e.message() instanceof ExchangeMessage;
        if ((network.lossy() || exchange) && options.drop() > 0 && random.nextDouble() < options.drop()) {
            dropped++;
            return;
        }
        LinkFaults.Decision fault = exchange ? LinkFaults.Decision.DELIVER : linkFault(e);
        if (fault.drop()) {
            dropped++;
            if (network.lossy()) return; // the spec's network loses it
            // A reliable set or bag: the message is never delivered, so it stays in the spec's network for ever.
            if (network.kind() == NetworkSpec.Kind.SET) setNetwork.add(e);
            else stranded.add(e);
            return;
        }
        if (network.kind() == NetworkSpec.Kind.SET && !exchange) setNetwork.add(e);
        long at = now + 1 + random.nextLong(options.maxLatencyMillis()) + fault.delayMillis();
        if (network.kind() == NetworkSpec.Kind.FIFO) {
            String channel = e.message().src().name() + '\u0000' + e.message().dst().name();
            at = Math.max(at, channelLast.getOrDefault(channel, 0L));
            channelLast.put(channel, at);
        }
        schedule(at, e);
        if (fault.duplicate()) {
            duplicated++;
            schedule(at, e); // right behind the original, as over Netty
        }
    }

    /**
     * What the options' link faults do to {@code e}, decided as over Netty (by its link and id, not by the run's
     * random source, so runs without link faults are unchanged); a type the receiver must not lose is not dropped.
     */
    private LinkFaults.Decision linkFault(Envelope e) {
        LinkFaults faults = options.linkFaults();
        NodeId src = e.message().src(), dst = e.message().dst();
        if (faults.off() || src.equals(dst)) return LinkFaults.Decision.DELIVER;
        return faults.decide(e, undroppable.get(index.get(dst)));
    }

    private void schedule(long at, Envelope e) {
        long s = seq++;
        wire.put(s, e);
        queue.add(new Scheduled(at, s, new Deliver(e, s)));
    }

    private void schedule(long at, Event event) {
        queue.add(new Scheduled(at, seq++, event));
    }

    private void scheduleInput(int i) {
        NodeCore<?> n = nodes.get(i);
        if (tickPending[i] || !n.isUp() || n.enabledInputs().isEmpty()) return;
        tickPending[i] = true;
        schedule(now + random.nextLong(options.maxInputDelayMillis() + 1), new InputTick(i, epoch[i]));
    }

    private void maybeCrash() {
        if (options.crash() == 0 || random.nextDouble() >= options.crash()) return;
        List<Integer> up = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) if (nodes.get(i).isUp()) up.add(i);
        if (up.isEmpty()) return;
        int i = up.get(random.nextInt(up.size()));
        crashes++; // counted first: a crash that rolls back an open exchange is a step, which may stop the run
        nodes.get(i).crash(!network.lossy());
        epoch[i]++;
        tickPending[i] = false;
        schedule(now + 1 + random.nextLong(options.maxDownMillis()), new Restart(i));
    }

    private void afterStep(NodeCore<?> node, Binding fired, Envelope consumed, List<Envelope> sent) {
        steps++;
        if (check != OnlineCheck.NONE) {
            Optional<String> violation = check.check(new View());
            if (violation.isPresent()) {
                failure = new SimulationResult.Failure(options.seed(), steps, node.self().name(), fired.action(),
                        violation.get());
                throw new Stop();
            }
        }
        if (steps >= options.maxSteps()) throw new Stop();
    }

    private Map<NodeId, ItfEncodable> states() {
        Map<NodeId, ItfEncodable> out = new TreeMap<>();
        for (NodeCore<?> n : nodes) out.put(n.self(), n.state());
        return Collections.unmodifiableMap(out);
    }

    private void closeSinks() {
        for (TraceSink s : sinks) {
            try {
                s.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot close a trace: " + e.getMessage(), e);
            }
        }
    }

    private final class Host implements NodeHost {
        private final int node;

        Host(int node) { this.node = node; }

        @Override
        public void send(Envelope envelope) { Simulation.this.send(envelope); }

        @Override
        public void armTimer(String action, long generation, long delayMillis) {
            schedule(now + delayMillis, new TimerFire(node, action, generation, epoch[node]));
        }

        @Override
        public void continueLater() {
            // One simulated millisecond later: at the same instant, deliveries and timers (always due later) would
            // wait for ever behind an always-enabled auto action, which then starves the whole run.
            schedule(now + 1, new Resume(node, epoch[node]));
        }
    }

    private final class View implements GlobalView {
        @Override
        public long seed() { return options.seed(); }

        @Override
        public long step() { return steps; }

        @Override
        public long timeMillis() { return now; }

        @Override
        public Map<NodeId, ItfEncodable> states() { return Simulation.this.states(); }

        @Override
        public Set<NodeId> down() {
            Set<NodeId> out = new TreeSet<>();
            for (NodeCore<?> n : nodes) if (!n.isUp()) out.add(n.self());
            return out;
        }

        @Override
        public List<Envelope> inFlight() {
            List<Envelope> out = new ArrayList<>(wire.values());
            out.addAll(stranded);
            for (ArrayDeque<Envelope> waiting : held) out.addAll(waiting);
            for (NodeCore<?> n : nodes) out.addAll(n.inbox());
            return out;
        }

        @Override
        public List<Envelope> network() {
            if (network.kind() == NetworkSpec.Kind.SET) return List.copyOf(setNetwork);
            // An exchange's messages are the runtime's, not in the spec's network variable.
            return inFlight().stream().filter(e -> !(e.message() instanceof ExchangeMessage)).toList();
        }
    }
}
