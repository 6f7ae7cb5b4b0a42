---------------------------- MODULE QuorumPaxos ----------------------------
(* Single-decree Paxos over a set of messages, with quorum reads: a proposer  *)
(* proposes in ballot b once the 1b messages for b of every acceptor of some  *)
(* quorum are in the set. Written for Lockstep's tests as the reference for   *)
(* specs/paxos-quorum.lstep: TLC must find the same distinct and generated    *)
(* state counts as the explorer on that spec (QuorumPaxosReferenceTest).      *)
EXTENDS Integers, FiniteSets

CONSTANTS Acceptor, Value, Ballot

NoBallot == -1
NoValue == 0
Quorum == {Q \in SUBSET Acceptor : Cardinality(Q) * 2 > Cardinality(Acceptor)}

VARIABLES promised,   \* promised[a]: the highest ballot acceptor a took part in
          votedBal,   \* votedBal[a]: the ballot of a's last vote (NoBallot: none)
          votedVal,   \* votedVal[a]: the value of that vote
          sent        \* every message sent so far; none is ever removed

vars == <<promised, votedBal, votedVal, sent>>

Post(msg) == sent' = sent \cup {msg}

Init == /\ promised = [a \in Acceptor |-> NoBallot]
        /\ votedBal = [a \in Acceptor |-> NoBallot]
        /\ votedVal = [a \in Acceptor |-> NoValue]
        /\ sent = {}

\* A proposer starts ballot b.
Prepare(b) == /\ Post([kind |-> "prepare", bal |-> b])
              /\ UNCHANGED <<promised, votedBal, votedVal>>

\* Acceptor a promises a ballot above any it took part in, and reports its last vote.
Promise(a) ==
  \E msg \in sent :
    /\ msg.kind = "prepare"
    /\ msg.bal > promised[a]
    /\ promised' = [promised EXCEPT ![a] = msg.bal]
    /\ Post([kind |-> "promise", from |-> a, bal |-> msg.bal, lastBal |-> votedBal[a], lastVal |-> votedVal[a]])
    /\ UNCHANGED <<votedBal, votedVal>>

\* What may be proposed after the promises ps: the value of the highest vote they report, or anything.
Safe(ps) ==
  LET reported == {p \in ps : p.lastBal # NoBallot}
  IN IF reported = {} THEN Value
     ELSE {p.lastVal : p \in {p1 \in reported : \A p2 \in reported : p1.lastBal >= p2.lastBal}}

\* In ballot b, no proposal yet, and a quorum Q promised b: propose v.
Propose(b, v) ==
  /\ ~\E msg \in sent : msg.kind = "propose" /\ msg.bal = b
  /\ \E Q \in Quorum :
       LET ps == {msg \in sent : msg.kind = "promise" /\ msg.bal = b /\ msg.from \in Q}
       IN /\ \A a \in Q : \E p \in ps : p.from = a
          /\ v \in Safe(ps)
  /\ Post([kind |-> "propose", bal |-> b, val |-> v])
  /\ UNCHANGED <<promised, votedBal, votedVal>>

\* Acceptor a votes for a proposal unless it promised a higher ballot.
Vote(a) ==
  \E msg \in sent :
    /\ msg.kind = "propose"
    /\ msg.bal >= promised[a]
    /\ promised' = [promised EXCEPT ![a] = msg.bal]
    /\ votedBal' = [votedBal EXCEPT ![a] = msg.bal]
    /\ votedVal' = [votedVal EXCEPT ![a] = msg.val]
    /\ Post([kind |-> "vote", from |-> a, bal |-> msg.bal, val |-> msg.val])

Next == \/ \E b \in Ballot : Prepare(b)
        \/ \E b \in Ballot, v \in Value : Propose(b, v)
        \/ \E a \in Acceptor : Promise(a) \/ Vote(a)

Spec == Init /\ [][Next]_vars

Chosen == {v \in Value : \E b \in Ballot, Q \in Quorum :
                           \A a \in Q : [kind |-> "vote", from |-> a, bal |-> b, val |-> v] \in sent}

AtMostOneChosen == Cardinality(Chosen) <= 1
VotesBelowPromises == \A a \in Acceptor : votedBal[a] <= promised[a]
=============================================================================
