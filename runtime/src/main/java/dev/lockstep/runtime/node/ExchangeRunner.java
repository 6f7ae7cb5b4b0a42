package dev.lockstep.runtime.node;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.ExchangeMessage;
import dev.lockstep.runtime.api.ExchangeSpec;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.Message;
import dev.lockstep.runtime.api.NodeId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Runs a node's {@code exchange} actions (docs/runtime.md, "Exchanges"): MiCA's f1/f2/f3 over the runtime's
 * {@link ExchangeMessage}s, one exchange at a time. Every {@code roundMillis / rate} ms on average (uniform jitter of
 * ±50%) the node picks a peer from the view, weighted, among those the guard's initiator part allows, records f1 as
 * a step that sends the request, and waits. The receiver, unless it is in an exchange of its own, runs f2, records it
 * as a step that consumes the request and sends the reply, and commits; a busy receiver, or one whose part of the
 * guard is false, refuses (an untraced message). The initiator commits f3 on the reply, and rolls back to its saved
 * state on a refusal, a timeout or a crash, recorded as a step that consumes nothing. Called only from the node's
 * thread, through its {@link NodeCore}.
 */
final class ExchangeRunner<S extends ItfEncodable> {
    static final String TICK = "exchange:";
    static final String TIMEOUT = "exchange-timeout:";
    static final List<String> PEER = List.of("peer");

    /** The open exchange of the node as initiator: the request's id, the peer and the state saved before f1. */
    private record Pending<S>(ExchangeSpec<S> spec, NodeId peer, String requestId, S saved, long timeout) {}

    private final NodeCore<S> core;
    private final NodeHost host;
    private final NodeOptions options;
    private final SplittableRandom random;
    private final Map<String, ExchangeSpec<S>> byName = new HashMap<>();
    private final Map<String, Long> ticks = new HashMap<>();
    private long generations;
    private Pending<S> pending;
    private long refusals;
    private long rollbacks;
    private long stale;

    ExchangeRunner(NodeCore<S> core, List<ExchangeSpec<S>> specs, NodeHost host, NodeOptions options, long seed) {
        this.core = core;
        this.host = host;
        this.options = options;
        this.random = new SplittableRandom(seed);
        for (ExchangeSpec<S> x : specs) byName.put(x.name(), x);
    }

    boolean any() { return !byName.isEmpty(); }

    /** Whether the node is waiting for the reply of its own exchange (then it takes no other step). */
    boolean busy() { return pending != null; }

    static boolean owns(String timer) { return timer.startsWith(TICK) || timer.startsWith(TIMEOUT); }

    /** The message types of the exchange protocol, which a node running these exchanges receives. */
    List<String> types() {
        List<String> out = new ArrayList<>();
        for (String x : byName.keySet()) {
            for (ExchangeMessage.Kind k : ExchangeMessage.Kind.values()) {
                out.add(x + "." + k.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    /** Arms every exchange's first tick (at start and after a restart). */
    void start() {
        for (ExchangeSpec<S> x : byName.values().stream().sorted(java.util.Comparator.comparing(ExchangeSpec::name)).toList()) {
            tick(x);
        }
    }

    /** The node crashed: the open exchange is lost with its memory, so it ends in a rollback. */
    void crash() {
        ticks.clear();
        if (pending != null) rollback();
    }

    void timer(String name, long generation) {
        if (name.startsWith(TIMEOUT)) {
            if (pending != null && pending.timeout() == generation) rollback();
            return;
        }
        String x = name.substring(TICK.length());
        if (!ticks.remove(x, generation)) return;
        ExchangeSpec<S> spec = byName.get(x);
        tick(spec);
        if (pending == null) initiate(spec);
    }

    void deliver(Envelope e) {
        ExchangeMessage m = (ExchangeMessage) e.message();
        ExchangeSpec<S> spec = byName.get(m.exchange());
        if (spec == null) {
            stale++;
            return;
        }
        switch (m.kind()) {
            case REQUEST -> serve(spec, e, m);
            case REPLY -> {
                if (!answers(m)) return;
                Pending<S> p = pending;
                S next;
                try {
                    next = spec.f3().complete(p.saved(), p.peer(), m.payload());
                } catch (RuntimeException ex) {
                    throw new ActionFailedException(core.self().name(), spec.name(), ex);
                }
                pending = null;
                core.exchangeStep(next, spec.name(), PEER, List.of(p.peer()), e, List.of());
            }
            case REFUSED -> {
                if (answers(m)) rollback();
            }
        }
    }

    private boolean answers(ExchangeMessage m) {
        if (pending != null && pending.requestId().equals(m.re())) return true;
        stale++; // the answer to an exchange already rolled back (timeout): too late to commit
        return false;
    }

    private void serve(ExchangeSpec<S> spec, Envelope e, ExchangeMessage m) {
        ExchangeSpec.Answer<S> a = null;
        if (pending == null) {
            try {
                a = spec.f2().serve(core.state(), m.payload());
            } catch (RuntimeException ex) {
                throw new ActionFailedException(core.self().name(), spec.name(), ex);
            }
        }
        if (a == null || a.reply() == null) {
            refusals++;
            host.send(core.untraced(new ExchangeMessage(spec.name(), ExchangeMessage.Kind.REFUSED, core.self(), m.src(),
                    e.id(), null)));
            return;
        }
        Message reply = new ExchangeMessage(spec.name(), ExchangeMessage.Kind.REPLY, core.self(), m.src(), e.id(),
                a.reply().toItf());
        core.exchangeStep(a.state(), spec.name(), List.of(), List.of(), e, List.of(reply));
    }

    private void initiate(ExchangeSpec<S> spec) {
        S s = core.state();
        List<NodeId> peers = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        long total = 0;
        try {
            for (NodeId p : spec.view().peers(s)) {
                long w = spec.weight().of(s, p);
                if (w <= 0 || !spec.initiates().test(s, p) || !host.connected(p)) continue;
                peers.add(p);
                weights.add(w);
                total += w;
            }
        } catch (RuntimeException ex) {
            throw new ActionFailedException(core.self().name(), spec.name(), ex);
        }
        if (peers.isEmpty()) return;
        long r = random.nextLong(total);
        int i = 0;
        while (r >= weights.get(i)) r -= weights.get(i++);
        NodeId peer = peers.get(i);
        ItfEncodable request;
        try {
            request = spec.f1().request(s, peer);
        } catch (RuntimeException ex) {
            throw new ActionFailedException(core.self().name(), spec.name(), ex);
        }
        long timeout = ++generations;
        Message m = new ExchangeMessage(spec.name(), ExchangeMessage.Kind.REQUEST, core.self(), peer, null, request.toItf());
        List<Envelope> sent = core.exchangeStep(s, spec.name(), PEER, List.of(peer), null, List.of(m));
        pending = new Pending<>(spec, peer, sent.get(0).id(), s, timeout);
        host.armTimer(TIMEOUT + spec.name(), timeout, options.exchangeTimeoutMillis());
    }

    private void rollback() {
        Pending<S> p = pending;
        pending = null;
        rollbacks++;
        core.exchangeStep(p.saved(), p.spec().name(), PEER, List.of(p.peer()), null, List.of());
    }

    /** Arms the next tick of {@code spec}: a delay around roundMillis / rate (a rate of 0 checks again next round). */
    private void tick(ExchangeSpec<S> spec) {
        double rate;
        try {
            rate = spec.rate().of(core.state());
        } catch (RuntimeException ex) {
            throw new ActionFailedException(core.self().name(), spec.name(), ex);
        }
        double mean = rate > 0 ? options.roundMillis() / rate : options.roundMillis();
        long delay = Math.max(1, Math.round(mean * (0.5 + random.nextDouble())));
        long g = ++generations;
        ticks.put(spec.name(), g);
        host.armTimer(TICK + spec.name(), g, delay);
    }

    long refusals() { return refusals; }

    long rollbacks() { return rollbacks; }

    long stale() { return stale; }
}
