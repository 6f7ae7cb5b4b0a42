package dev.lockstep.conformance.twopc;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.Message;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSinks;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two-phase commit written by hand (no generated code): a transaction manager and resource managers as plain Java
 * classes, driven by a tiny in-memory scheduler whose choices (which message to deliver, redeliver or lose, which
 * input to give, when the TM times out) come from a seed. Every step is recorded with the runtime's
 * {@link TraceRecorder}, so the traces can be checked against {@code specs/two-phase-commit.lstep}. A {@link Bug}
 * seeds one of the mistakes the checker must catch.
 *
 * <p>Like an existing system, it also logs through SLF4J, at INFO: each step's sends, structured
 * ({@code log.atInfo().addKeyValue("node", ...).addKeyValue("msgs", ...).log("send")}), and each decision as a legacy
 * line ({@code "tm decided COMMIT"}). {@code lockstep-logback}'s tests turn that log into a partial trace; the log
 * statements change nothing in the protocol, and without an SLF4J provider they log nothing.
 */
public final class TwoPhaseCommitSystem {
    /** Seeded bugs; {@link #NONE} is the correct implementation. */
    public enum Bug {
        NONE,
        /** The TM commits once all but one RM have prepared. */
        COMMIT_BEFORE_ALL_PREPARED,
        /** The TM's timeout abort forgets to tell the last RM. */
        FORGET_ABORT,
        /** An RM sends its Prepared vote to the next RM instead of the TM. */
        WRONG_DESTINATION,
        /** An RM votes Prepared but stays in state working. */
        SKIP_STATE_CHANGE,
        /** The TM sends Commit while still receiving the last vote, before its Commit step. */
        SEND_BEFORE_CAUSE
    }

    record Prepared(NodeId src, NodeId dst, NodeId rm) implements Message {
        public String type() { return "Prepared"; }

        public Object toItf() { return Itf.record("type", type(), "src", src, "dst", dst, "rm", rm); }
    }

    record Commit(NodeId src, NodeId dst) implements Message {
        public String type() { return "Commit"; }

        public Object toItf() { return Itf.record("type", type(), "src", src, "dst", dst); }
    }

    record Abort(NodeId src, NodeId dst) implements Message {
        public String type() { return "Abort"; }

        public Object toItf() { return Itf.record("type", type(), "src", src, "dst", dst); }
    }

    record TmState(String state, SortedSet<NodeId> prepared) implements ItfEncodable {
        public Object toItf() { return Itf.record("state", state, "prepared", prepared); }
    }

    record RmState(String state) implements ItfEncodable {
        public Object toItf() { return Itf.record("state", state); }
    }

    private static final Logger LOG = LoggerFactory.getLogger(TwoPhaseCommitSystem.class);

    private final Bug bug;
    private final NodeId tmId = NodeId.of("tm");
    private final List<NodeId> rmIds = new ArrayList<>();
    private final TransactionManager tm;
    private final List<ResourceManager> rms = new ArrayList<>();
    /** Messages in flight; a set network may deliver a message again, so delivery does not always remove it. */
    private final List<Envelope> inFlight = new ArrayList<>();

    private TwoPhaseCommitSystem(int rmCount, TraceSinks sinks, Bug bug) throws IOException {
        this.bug = bug;
        for (int i = 1; i <= rmCount; i++) rmIds.add(NodeId.of("r" + i));
        tm = new TransactionManager(new TraceRecorder("tm", "TM", sinks.open(NodeId.of("tm"))));
        for (NodeId id : rmIds) rms.add(new ResourceManager(id, new TraceRecorder(id.name(), "ResourceManager",
                sinks.open(id))));
    }

    /** Runs the schedule of {@code seed} with 3 RMs (model {@code small}) until nothing is left to do. */
    public static void run(long seed, TraceSinks sinks, Bug bug) throws IOException {
        run(seed, 3, sinks, bug, 200);
    }

    public static void run(long seed, int rmCount, TraceSinks sinks, Bug bug, int maxSteps) throws IOException {
        TwoPhaseCommitSystem system = new TwoPhaseCommitSystem(rmCount, sinks, bug);
        system.tm.start();
        system.rms.forEach(ResourceManager::start);
        system.schedule(new Random(seed), maxSteps);
    }

    private void schedule(Random random, int maxSteps) {
        for (int step = 0; step < maxSteps; step++) {
            List<Runnable> moves = new ArrayList<>();
            for (int i = 0; i < inFlight.size(); i++) {
                int index = i;
                moves.add(() -> deliver(index, random));
            }
            for (ResourceManager rm : rms) {
                if (rm.state.equals("working")) {
                    moves.add(rm::prepare);
                    if (random.nextInt(4) == 0) moves.add(rm::chooseAbort);
                }
            }
            if (tm.state.equals("init") && random.nextInt(6) == 0) moves.add(tm::timeout);
            if (moves.isEmpty()) return;
            moves.get(random.nextInt(moves.size())).run();
        }
    }

    /** Delivers one message; a set network may also keep it for redelivery, and the network may lose it. */
    private void deliver(int index, Random random) {
        Envelope e = inFlight.get(index);
        int fate = random.nextInt(10);
        if (fate == 0) {
            inFlight.remove(index); // lost in flight: never received
            return;
        }
        if (fate > 2) inFlight.remove(index); // else it stays and may be delivered again
        if (e.message().dst().equals(tmId)) tm.receive(e);
        else for (ResourceManager rm : rms) if (rm.id.equals(e.message().dst())) rm.receive(e);
    }

    private void send(List<Envelope> envelopes) {
        inFlight.addAll(envelopes);
        if (!envelopes.isEmpty() && LOG.isInfoEnabled()) logSends(envelopes);
    }

    /** One log line for one step's sends: the sender, and each message's kind, destination and voter. */
    private static void logSends(List<Envelope> envelopes) {
        List<Map<String, Object>> msgs = new ArrayList<>();
        for (Envelope e : envelopes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", e.message().type().toUpperCase(Locale.ROOT));
            m.put("to", e.message().dst().name());
            if (e.message() instanceof Prepared p) m.put("rm", p.rm().name());
            msgs.add(m);
        }
        LOG.atInfo().addKeyValue("node", envelopes.get(0).message().src().name()).addKeyValue("msgs", msgs)
                .log("send");
    }

    final class TransactionManager {
        final TraceRecorder rec;
        String state = "init";
        final SortedSet<NodeId> prepared = new TreeSet<>();

        TransactionManager(TraceRecorder rec) { this.rec = rec; }

        TmState snapshot() { return new TmState(state, new TreeSet<>(prepared)); }

        void start() { rec.init(snapshot()); }

        void receive(Envelope e) {
            if (!(e.message() instanceof Prepared p) || !state.equals("init")) return; // not enabled: ignored
            prepared.add(p.rm());
            List<Message> early = List.of();
            if (bug == Bug.SEND_BEFORE_CAUSE && prepared.size() == rmIds.size()) early = commits();
            send(rec.step("ReceivePrepared", List.of(), List.of(), e, early, snapshot()));
            autoCommit();
        }

        /** The auto action: commit as soon as it is enabled. */
        private void autoCommit() {
            int needed = bug == Bug.COMMIT_BEFORE_ALL_PREPARED ? rmIds.size() - 1 : rmIds.size();
            if (!state.equals("init") || prepared.size() < needed) return;
            state = "done";
            List<Message> out = bug == Bug.SEND_BEFORE_CAUSE ? List.of() : commits();
            send(rec.step("Commit", List.of(), List.of(), null, out, snapshot()));
            LOG.info("{} decided {}", tmId, "COMMIT");
        }

        private List<Message> commits() {
            List<Message> out = new ArrayList<>();
            for (NodeId rm : rmIds) out.add(new Commit(tmId, rm));
            return out;
        }

        void timeout() {
            if (!state.equals("init")) return;
            state = "done";
            List<Message> out = new ArrayList<>();
            int tell = bug == Bug.FORGET_ABORT ? rmIds.size() - 1 : rmIds.size();
            for (int i = 0; i < tell; i++) out.add(new Abort(tmId, rmIds.get(i)));
            send(rec.step("Abort", List.of(), List.of(), null, out, snapshot()));
            LOG.info("{} decided {}", tmId, "ABORT");
        }
    }

    final class ResourceManager {
        final NodeId id;
        final TraceRecorder rec;
        String state = "working";

        ResourceManager(NodeId id, TraceRecorder rec) {
            this.id = id;
            this.rec = rec;
        }

        void start() { rec.init(new RmState(state)); }

        void prepare() {
            if (bug != Bug.SKIP_STATE_CHANGE) state = "prepared";
            NodeId to = bug == Bug.WRONG_DESTINATION ? rmIds.get((rmIds.indexOf(id) + 1) % rmIds.size()) : tmId;
            send(rec.step("Prepare", List.of(), List.of(), null, List.of(new Prepared(id, to, id)),
                    new RmState(state)));
        }

        void chooseAbort() {
            if (!state.equals("working")) return;
            state = "aborted";
            send(rec.step("ChooseAbort", List.of(), List.of(), null, List.of(), new RmState(state)));
            LOG.info("{} decided {}", id, "ABORTED");
        }

        void receive(Envelope e) {
            String before = state;
            switch (e.message()) {
                case Commit c -> state = "committed";
                case Abort a -> state = "aborted";
                default -> { return; } // no handler for this message: ignored
            }
            String action = e.message() instanceof Commit ? "ReceiveCommit" : "ReceiveAbort";
            send(rec.step(action, List.of(), List.of(), e, List.of(), new RmState(state)));
            if (!state.equals(before)) LOG.info("{} decided {}", id, state.toUpperCase(Locale.ROOT));
        }
    }
}
