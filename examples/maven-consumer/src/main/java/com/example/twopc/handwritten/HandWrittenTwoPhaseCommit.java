package com.example.twopc.handwritten;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.Message;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSinks;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Two-phase commit as a team would write it without generated code: a transaction manager and three resource
 * managers as plain classes, driven by a small scheduler whose choices (which message to deliver, which RM votes or
 * aborts, when the TM gives up) come from a seed. Every step is recorded with the runtime's {@link TraceRecorder}:
 * the action's name as the spec spells it ({@code ReceivePrepared} for {@code on receive m: Prepared} in role TM),
 * the message consumed, the messages sent and the state after the step, encoded as the spec's record. With
 * {@code commitEarly} the TM commits when all but one RM prepared: the planted bug the conformance test catches.
 */
public final class HandWrittenTwoPhaseCommit {
    record Prepared(NodeId src, NodeId dst, NodeId rm) implements Message {
        public String type() { return "Prepared"; }

        public Object toItf() { return Itf.record("type", type(), "src", src, "dst", dst, "rm", rm); }
    }

    /** Commit and Abort carry no payload: one record for both, named by {@code type}. */
    record Decision(String type, NodeId src, NodeId dst) implements Message {
        public Object toItf() { return Itf.record("type", type, "src", src, "dst", dst); }
    }

    record TmState(String state, SortedSet<NodeId> prepared) implements ItfEncodable {
        public Object toItf() { return Itf.record("state", state, "prepared", prepared); }
    }

    record RmState(String state) implements ItfEncodable {
        public Object toItf() { return Itf.record("state", state); }
    }

    private static final NodeId TM = NodeId.of("tm");
    private static final List<NodeId> RMS = List.of(NodeId.of("r1"), NodeId.of("r2"), NodeId.of("r3"));

    private final boolean commitEarly;
    private final List<Envelope> inFlight = new ArrayList<>();
    private final TraceRecorder tmRec;
    private final List<TraceRecorder> rmRecs = new ArrayList<>();
    private String tmState = "init";
    private final SortedSet<NodeId> prepared = new TreeSet<>();
    private final List<String> rmStates = new ArrayList<>(List.of("working", "working", "working"));

    private HandWrittenTwoPhaseCommit(TraceSinks sinks, boolean commitEarly) throws IOException {
        this.commitEarly = commitEarly;
        tmRec = new TraceRecorder("tm", "TM", sinks.open(TM));
        for (NodeId rm : RMS) rmRecs.add(new TraceRecorder(rm.name(), "ResourceManager", sinks.open(rm)));
    }

    /** Runs the schedule of {@code seed} until nothing is left to do; the traces go to {@code sinks}. */
    public static void run(long seed, TraceSinks sinks, boolean commitEarly) throws IOException {
        HandWrittenTwoPhaseCommit system = new HandWrittenTwoPhaseCommit(sinks, commitEarly);
        system.tmRec.init(system.tmSnapshot());
        for (int i = 0; i < RMS.size(); i++) system.rmRecs.get(i).init(new RmState("working"));
        Random random = new Random(seed);
        for (int step = 0; step < 100; step++) {
            List<Runnable> moves = new ArrayList<>();
            for (int m = 0; m < system.inFlight.size(); m++) {
                int index = m;
                moves.add(() -> system.deliver(system.inFlight.remove(index)));
            }
            for (int i = 0; i < RMS.size(); i++) {
                int rm = i;
                if (system.rmStates.get(rm).equals("working")) {
                    moves.add(() -> system.prepare(rm));
                    if (random.nextInt(5) == 0) moves.add(() -> system.chooseAbort(rm));
                }
            }
            if (system.tmState.equals("init") && random.nextInt(8) == 0) moves.add(system::timeout);
            if (moves.isEmpty()) return;
            moves.get(random.nextInt(moves.size())).run();
        }
    }

    private TmState tmSnapshot() { return new TmState(tmState, new TreeSet<>(prepared)); }

    private void deliver(Envelope e) {
        if (e.message() instanceof Prepared p) {
            if (!tmState.equals("init")) return; // the TM has decided: a late vote is ignored, no step
            prepared.add(p.rm());
            inFlight.addAll(tmRec.step("ReceivePrepared", List.of(), List.of(), e, List.of(), tmSnapshot()));
            int needed = commitEarly ? RMS.size() - 1 : RMS.size();
            if (prepared.size() >= needed) decide("Commit");
            return;
        }
        int rm = RMS.indexOf(e.message().dst());
        String decided = e.message().type().equals("Commit") ? "committed" : "aborted";
        rmStates.set(rm, decided);
        inFlight.addAll(rmRecs.get(rm).step("Receive" + e.message().type(), List.of(), List.of(), e, List.of(),
                new RmState(decided)));
    }

    private void decide(String decision) {
        tmState = "done";
        List<Message> out = new ArrayList<>();
        for (NodeId rm : RMS) out.add(new Decision(decision, TM, rm));
        inFlight.addAll(tmRec.step(decision, List.of(), List.of(), null, out, tmSnapshot()));
    }

    private void timeout() { decide("Abort"); }

    private void prepare(int rm) {
        rmStates.set(rm, "prepared");
        inFlight.addAll(rmRecs.get(rm).step("Prepare", List.of(), List.of(), null,
                List.of(new Prepared(RMS.get(rm), TM, RMS.get(rm))), new RmState("prepared")));
    }

    private void chooseAbort(int rm) {
        rmStates.set(rm, "aborted");
        inFlight.addAll(rmRecs.get(rm).step("ChooseAbort", List.of(), List.of(), null, List.of(), new RmState("aborted")));
    }
}
