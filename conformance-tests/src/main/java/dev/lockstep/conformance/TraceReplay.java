package dev.lockstep.conformance;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.runtime.api.ExchangeMessage;
import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.MalformedValueException;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.api.Trigger;
import dev.lockstep.runtime.node.ColocatedMachine;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import dev.lockstep.runtime.trace.TraceSinks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * {@code lockstep replay}: re-runs a protocol's machines from a recorded run. Each node starts from its recorded
 * initial state; each recorded event (an input with its parameters, a timer, an auto action, a receive of a given
 * message id, a restart) is fed to its node's machine in the node's recorded order, and a receive waits until its
 * message has been sent in the replay (happens-before across nodes). The machines' recorders write new traces,
 * which without edits equal the recorded ones byte for byte. After {@link ReplayEdit}s the replay goes on as far as
 * the events remain possible: a node stops at the first event whose guard is now false, or whose message is never
 * sent. The new traces are then checked against the model.
 */
public record TraceReplay(ProtocolDescriptor protocol, ModelInstance model) {
    /** A recorded run with edits applied: per node, the events to feed, in order. */
    public record EditedRun(RecordedRun run, List<String> edits, Map<String, List<RecordedRun.Recorded>> events) {}

    /**
     * Applies {@code edits} (as written on the command line) to {@code run}; cheap, so a command checks them before
     * it compiles the machines.
     *
     * @throws ReplayInputException naming an edit that is malformed or names no recorded event
     */
    public static EditedRun edit(RecordedRun run, List<String> edits) {
        List<ReplayEdit> parsed = ReplayEdit.parseAll(edits);
        Map<String, List<RecordedRun.Recorded>> events = new LinkedHashMap<>();
        for (RecordedRun.NodeTrace t : run.nodes().values()) events.put(t.node(), new ArrayList<>(t.events()));
        ReplayEdit.apply(parsed, events);
        return new EditedRun(run, List.copyOf(edits), events);
    }

    /** {@link #edit} and {@link #replay(EditedRun, Path)}. */
    public ReplayResult replay(RecordedRun run, List<String> edits, Path out) throws IOException {
        return replay(edit(run, edits), out);
    }

    /**
     * Replays an edited run into the empty or new folder {@code out}.
     *
     * @throws ReplayInputException for traces of another spec or model
     */
    public ReplayResult replay(EditedRun edited, Path out) throws IOException {
        RecordedRun run = edited.run();
        List<String> edits = edited.edits();
        Map<String, List<RecordedRun.Recorded>> events = edited.events();
        if (!TraceChecker.traceFiles(List.of(out)).isEmpty() && Files.isDirectory(out)) {
            throw new ReplayInputException("--out " + out + " already holds traces; give an empty or new folder");
        }
        Files.createDirectories(out);
        TraceSinks files = TraceSinks.directory(out);
        List<ReplayedNode<?>> nodes = new ArrayList<>();
        List<TraceSink> sinks = new ArrayList<>();
        List<ReplayResult.Departure> departures;
        List<String> modelNodes = protocol.nodes().stream().map(NodeId::name).toList();
        for (RecordedRun.NodeTrace t : run.nodes().values()) {
            if (!modelNodes.contains(t.node())) {
                throw new ReplayInputException(t.file() + ":1: node " + t.node() + " is not a node of " + protocol.protocol()
                        + " model " + protocol.model() + " (" + String.join(", ", modelNodes)
                        + "): a trace of another spec or model?");
            }
        }
        try {
            // A node of several roles replays them as one machine, as the runtime ran them (ColocatedMachine).
            for (NodeId id : protocol.nodes()) {
                List<String> roles = protocol.rolesOf(id);
                RecordedRun.NodeTrace trace = run.nodes().get(id.name());
                if (trace == null) {
                    throw new ReplayInputException("no trace of node " + id + " (role " + protocol.roleName(id)
                            + ") among " + run.nodes().keySet());
                }
                TraceSink sink = files.open(id);
                sinks.add(sink);
                RoleMachine<? extends ItfEncodable> machine = ColocatedMachine.forNode(protocol, id);
                ReplayedNode<?> node = node(machine, ColocatedMachine.recorder(machine, sink), events.get(id.name()));
                validate(roles, trace, node);
                nodes.add(node);
            }
            for (ReplayedNode<?> n : nodes) {
                String problem = n.start();
                if (problem != null) throw new ReplayInputException(problem);
            }
            departures = feed(nodes);
        } finally {
            for (TraceSink s : sinks) s.close();
        }
        return result(run, edits, nodes, departures, out);
    }

    private static <S extends ItfEncodable> ReplayedNode<S> node(RoleMachine<S> machine, TraceRecorder recorder,
                                                                   List<RecordedRun.Recorded> events) {
        return new ReplayedNode<>(machine, recorder, events);
    }

    /** Feeds every node its events until all are done or none can move; returns the events that could not happen. */
    private static List<ReplayResult.Departure> feed(List<ReplayedNode<?>> nodes) {
        List<ReplayResult.Departure> departures = new ArrayList<>();
        ReplayedNode.Pool pool = new ReplayedNode.Pool();
        boolean byContent = false;
        while (true) {
            boolean moved = false;
            for (ReplayedNode<?> n : nodes) {
                while (!n.done()) {
                    RecordedRun.Recorded e = n.nextEvent();
                    ReplayedNode.Attempt a = n.tryNext(pool);
                    if (a instanceof ReplayedNode.Fired) {
                        moved = true;
                    } else {
                        if (a instanceof ReplayedNode.Impossible i) {
                            departures.add(departure(n, e, false, i.reason()));
                            n.stop();
                        }
                        break;
                    }
                }
            }
            if (moved) continue;
            // Stuck: an edit may have shifted a sender's message counter, so let receives match by content once.
            if (!byContent && nodes.stream().anyMatch(n -> !n.done())) {
                byContent = true;
                pool.matchByContent();
                continue;
            }
            break;
        }
        for (ReplayedNode<?> n : nodes) {
            if (n.done()) continue;
            RecordedRun.Recorded e = n.nextEvent();
            String id = e.event().consumed() != null ? e.event().consumed().id() : "of its quorum";
            departures.add(departure(n, e, true, "message " + id + " is never sent in this run"));
            n.stop();
        }
        return departures;
    }

    private static ReplayResult.Departure departure(ReplayedNode<?> n, RecordedRun.Recorded e, boolean waited,
                                                    String reason) {
        TraceEvent ev = e.event();
        String action = ev.kind() == TraceEvent.Kind.INIT ? "restart" : ev.action();
        return new ReplayResult.Departure(n.self().name(), ev.step(), action, e.where(), ev.lamport(), waited, reason);
    }

    /** The figures, the final states that changed, byte identity (without edits) and the verdict on the new traces. */
    private ReplayResult result(RecordedRun run, List<String> edits, List<ReplayedNode<?>> nodes,
                                List<ReplayResult.Departure> departures, Path out) throws IOException {
        int events = 0, replayed = 0, atomic = 0, rolledBack = 0;
        List<ReplayResult.StateChange> changes = new ArrayList<>();
        String firstDifference = null;
        for (ReplayedNode<?> n : nodes) {
            RecordedRun.NodeTrace t = run.nodes().get(n.self().name());
            events += n.total();
            replayed += n.replayed();
            atomic += n.exchangesCommitted();
            rolledBack += n.exchangesRolledBack();
            Object before = n.recordedFinal(t.events());
            Object after = Itf.encode(n.state());
            if (!before.equals(after)) changes.add(new ReplayResult.StateChange(n.self().name(), before, after));
            Path written = out.resolve(n.self().name() + ".ndjson");
            if (firstDifference == null && !Arrays.equals(Files.readAllBytes(t.file()), Files.readAllBytes(written))) {
                firstDifference = written.toString();
            }
        }
        boolean plain = edits.isEmpty();
        ConformanceResult verdict = TraceChecker.check(model, List.of(out));
        return new ReplayResult(List.copyOf(edits), events, replayed, List.copyOf(departures), List.copyOf(changes),
                plain ? firstDifference == null : null, plain ? firstDifference : null, out, verdict,
                new ReplayResult.Exchanges(atomic, rolledBack));
    }

    /** Checks a node's recorded events against its role before anything runs: names, parameters, message types. */
    private void validate(List<String> roles, RecordedRun.NodeTrace trace, ReplayedNode<?> node) {
        for (RecordedRun.Recorded r : trace.events()) {
            TraceEvent e = r.event();
            if (!roles.contains(e.role())) {
                throw new ReplayInputException(r.where() + ": node " + e.node() + " plays role "
                        + String.join(" and ", roles) + " in model " + protocol.model() + ", not " + e.role());
            }
            decodable(r, e.consumed());
            if (e.consumedAll() != null) for (TraceEvent.SentMessage m : e.consumedAll()) decodable(r, m);
            for (TraceEvent.SentMessage m : e.sent()) decodable(r, m);
            if (e.kind() == TraceEvent.Kind.INIT || node.isExchange(e.action())) continue;
            Trigger trigger = node.trigger(e.action());
            if (trigger == null) {
                throw new ReplayInputException(r.where() + ": role " + e.role() + " has no action " + e.action());
            }
            if (!new LinkedHashSet<>(node.paramNames(e.action())).equals(e.params().keySet())) {
                throw new ReplayInputException(r.where() + ": action " + e.action() + " has parameters "
                        + node.paramNames(e.action()) + ", the event gives " + e.params().keySet());
            }
            boolean one = trigger == Trigger.ON_RECEIVE, all = trigger == Trigger.ON_RECEIVE_ALL;
            if (one != (e.consumed() != null) || all != (e.consumedAll() != null)) {
                throw new ReplayInputException(r.where() + ": action " + e.action() + " is " + trigger
                        + ", which does not fit the event's received messages");
            }
            String type = node.messageType(e.action());
            List<TraceEvent.SentMessage> in = one ? List.of(e.consumed()) : all ? e.consumedAll() : List.of();
            for (TraceEvent.SentMessage m : in) {
                if (!(m.msg() instanceof Map<?, ?> msg) || !type.equals(msg.get("type"))) {
                    throw new ReplayInputException(r.where() + ": action " + e.action() + " receives " + type
                            + " messages, not message " + m.id());
                }
            }
        }
    }

    private void decodable(RecordedRun.Recorded r, TraceEvent.SentMessage m) {
        if (m == null) return;
        try {
            boolean exchange = m.msg() instanceof Map<?, ?> msg && ExchangeMessage.isExchangeType(msg.get("type"));
            if (exchange) ExchangeMessage.fromItf(m.msg());
            else protocol.messageFromItf(m.msg());
        } catch (MalformedValueException | IllegalArgumentException e) {
            throw new ReplayInputException(r.where() + ": message " + m.id() + " is not a message of "
                    + protocol.protocol() + ": " + e.getMessage());
        }
    }
}
