------------------------------ MODULE TwoPCTrace ------------------------------
\* TLC trace validation of a two-phase commit log that holds only sends and decisions, written by the recipe
\* of CCF and etcd: the log is a constant sequence (module TraceData, generated per log), a variable l points at
\* the next line, a logged line is consumed by the spec action it stands for, unlogged actions may run in between
\* without consuming a line, and TLC searches the product of spec states and l. The log is accepted when some
\* behaviour consumes every line: the "invariant" TraceAccepted is then violated, which is TLC's way to say it.
\* The spec part is the two-phase commit of specs/two-phase-commit.lstep (Gray and Lamport's TwoPhase, with the
\* TM's Commit and Abort messages per RM as there).
EXTENDS Naturals, Sequences, FiniteSets, TLC, TraceData

RM == {"r1", "r2", "r3"}
VARIABLES rmState, tmState, tmPrepared, msgs, l
vars == <<rmState, tmState, tmPrepared, msgs, l>>

Init == /\ rmState = [r \in RM |-> "working"] /\ tmState = "init" /\ tmPrepared = {} /\ msgs = {}
        /\ l = 1

Sends(type) == {[type |-> type, dst |-> r] : r \in RM}

TMRcvPrepared(r) == /\ tmState = "init" /\ [type |-> "Prepared", rm |-> r, dst |-> "tm"] \in msgs
                    /\ tmPrepared' = tmPrepared \cup {r} /\ UNCHANGED <<rmState, tmState, msgs>>
TMCommit == /\ tmState = "init" /\ tmPrepared = RM /\ tmState' = "done" /\ msgs' = msgs \cup Sends("Commit")
            /\ UNCHANGED <<rmState, tmPrepared>>
TMAbort == /\ tmState = "init" /\ tmState' = "done" /\ msgs' = msgs \cup Sends("Abort")
           /\ UNCHANGED <<rmState, tmPrepared>>
RMPrepare(r) == /\ rmState[r] = "working" /\ rmState' = [rmState EXCEPT ![r] = "prepared"]
                /\ msgs' = msgs \cup {[type |-> "Prepared", rm |-> r, dst |-> "tm"]} /\ UNCHANGED <<tmState, tmPrepared>>
RMChooseToAbort(r) == /\ rmState[r] = "working" /\ rmState' = [rmState EXCEPT ![r] = "aborted"]
                      /\ UNCHANGED <<tmState, tmPrepared, msgs>>
RMRcvCommit(r) == /\ [type |-> "Commit", dst |-> r] \in msgs /\ rmState' = [rmState EXCEPT ![r] = "committed"]
                  /\ UNCHANGED <<tmState, tmPrepared, msgs>>
RMRcvAbort(r) == /\ [type |-> "Abort", dst |-> r] \in msgs /\ rmState' = [rmState EXCEPT ![r] = "aborted"]
                 /\ UNCHANGED <<tmState, tmPrepared, msgs>>

\* ---- the trace part ----
E == Trace[l]
Outcome == [COMMIT |-> "done", ABORT |-> "done", COMMITTED |-> "committed", ABORTED |-> "aborted"]

LoggedSend ==
  /\ E.ev = "send"
  /\ \/ E.node \in RM /\ E.kind = "PREPARED" /\ E.to = {"tm"} /\ RMPrepare(E.node)
     \/ E.node = "tm" /\ E.kind = "COMMIT" /\ E.to = RM /\ TMCommit
     \/ E.node = "tm" /\ E.kind = "ABORT" /\ E.to = RM /\ TMAbort

LoggedDecision ==
  /\ E.ev = "decide"
  /\ IF E.node = "tm" THEN tmState = Outcome[E.outcome] ELSE rmState[E.node] = Outcome[E.outcome]
  /\ UNCHANGED <<rmState, tmState, tmPrepared, msgs>>

Unlogged == \E r \in RM : TMRcvPrepared(r) \/ RMChooseToAbort(r) \/ RMRcvCommit(r) \/ RMRcvAbort(r)

Next == /\ l <= Len(Trace)
        /\ \/ (LoggedSend \/ LoggedDecision) /\ l' = l + 1
           \/ Unlogged /\ UNCHANGED l

TraceAccepted == l <= Len(Trace)
=============================================================================
