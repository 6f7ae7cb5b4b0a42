package dev.lockstep.runtime.node;

import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.MessageId;
import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.api.Trigger;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Per-message faults on the directed links between nodes, seeded: for each link a {@link Rule} (drop and duplicate
 * probabilities per message, as the simulator's {@code drop} and {@code dup}, and an extra delay drawn uniformly from
 * {@code minDelayMillis..maxDelayMillis}). What happens to a message is a function of the seed, its link and its
 * number in the sender's message ids ({@code sender#n}) only, so the same seed gives the same decisions whatever the
 * timing of a run (docs/runtime.md, "Per-message faults"). {@link #NONE}, the default, is off and costs one check.
 *
 * @param seed  the seed of every decision
 * @param all   the rule of every link not named in {@code links}
 * @param links rules of single directed links, {@code src -> dst}
 */
public record LinkFaults(long seed, Rule all, Map<Link, Rule> links) {
    public static final LinkFaults NONE = new LinkFaults(0, Rule.NONE, Map.of());

    public LinkFaults {
        Objects.requireNonNull(all, "all");
        links = Map.copyOf(new TreeMap<>(links));
    }

    /** The same rule on every link. */
    public static LinkFaults everywhere(long seed, Rule rule) {
        return new LinkFaults(seed, rule, Map.of());
    }

    /** These faults, and {@code rule} on the link {@code src -> dst}. */
    public LinkFaults withLink(NodeId src, NodeId dst, Rule rule) {
        Map<Link, Rule> m = new TreeMap<>(links);
        m.put(new Link(src, dst), rule);
        return new LinkFaults(seed, all, m);
    }

    /** Whether no link has a fault (then a host skips the hook entirely). */
    public boolean off() {
        return all.off() && links.values().stream().allMatch(Rule::off);
    }

    public Rule rule(NodeId src, NodeId dst) {
        return links.getOrDefault(new Link(src, dst), all);
    }

    /** What happens to message number {@code number} of {@code src} on its way to {@code dst}. */
    public Decision decide(NodeId src, NodeId dst, long number) {
        Rule r = rule(src, dst);
        if (r.off()) return Decision.DELIVER;
        SplittableRandom random = new SplittableRandom(mix(mix(mix(seed ^ 0x4c696e6b46617573L) + src.name().hashCode())
                + dst.name().hashCode()) + number);
        // Always three draws in this order, so that one probability does not shift the others' decisions.
        boolean drop = random.nextDouble() < r.drop();
        boolean dup = random.nextDouble() < r.dup();
        long span = r.maxDelayMillis() - r.minDelayMillis();
        long delay = r.minDelayMillis() + (span == 0 ? 0 : random.nextLong(span + 1));
        return new Decision(drop, dup, delay);
    }

    /**
     * What happens to {@code e} on its link (decided by its sender's message number, as
     * {@link #decide(NodeId, NodeId, long)}), except that a message of a type in {@code undroppable} (the receiver's
     * {@link #undroppableTypes}) is never dropped; it is still delayed and duplicated. Netty's receipt and the
     * simulator both decide through this.
     */
    public Decision decide(Envelope e, Set<String> undroppable) {
        Decision d = decide(e.message().src(), e.message().dst(), Math.max(0, MessageId.counterOf(e.id())));
        return d.drop() && undroppable.contains(e.message().type()) ? new Decision(false, d.duplicate(), d.delayMillis()) : d;
    }

    /**
     * Why a rule of these faults asks for something the spec's network never does (null when none does): a drop on
     * a reliable FIFO channel (a later message would overtake the lost one, which the spec's channel never allows),
     * a duplicate on a network that neither duplicates nor is a set (the simulator's and {@code simulate --dup}'s
     * rule). A drop on a reliable set or bag is a message delivered after the run (it stays in the spec's network).
     */
    public String refusal(NetworkSpec network) {
        for (Map.Entry<String, Rule> e : namedRules().entrySet()) {
            Rule r = e.getValue();
            if (r.drop() > 0 && network.kind() == NetworkSpec.Kind.FIFO && !network.lossy()) {
                return "drop " + r.drop() + " on " + e.getKey() + ": a reliable fifo network never loses a message"
                        + " that later ones overtake; declare it lossy or leave out the drop";
            }
            if (r.dup() > 0 && !network.duplicating() && network.kind() != NetworkSpec.Kind.SET) {
                return "dup " + r.dup() + " on " + e.getKey() + ": the network never delivers a message twice;"
                        + " declare it duplicating (or a set) or leave out the dup";
            }
        }
        return null;
    }

    /**
     * The message types a node of {@code machine} never drops on {@code network}: on a network that is not lossy,
     * those a quorum receive of the role reads. Such a receive reads every deliverable qualifying message, and
     * conformance requires one sent in the step's causal past to be in its set (docs/conformance.md, "Quorum receives
     * and messages in flight"); a message never delivered whose sender the node later heard from would be one.
     */
    public static Set<String> undroppableTypes(RoleMachine<?> machine, NetworkSpec network) {
        if (network.lossy()) return Set.of();
        Set<String> out = new TreeSet<>();
        for (ActionSpec<?> a : machine.actions()) if (a.trigger() == Trigger.ON_RECEIVE_ALL) out.add(a.messageType());
        return Set.copyOf(out);
    }

    private Map<String, Rule> namedRules() {
        Map<String, Rule> out = new TreeMap<>();
        out.put("every link", all);
        links.forEach((l, r) -> out.put(l.src() + " -> " + l.dst(), r));
        return out;
    }

    /** Stafford's mix13, as SplittableRandom mixes its seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The directed link from {@code src} to {@code dst}. */
    public record Link(NodeId src, NodeId dst) implements Comparable<Link> {
        public Link {
            Objects.requireNonNull(src, "src");
            Objects.requireNonNull(dst, "dst");
        }

        @Override
        public int compareTo(Link o) {
            int c = src.compareTo(o.src);
            return c != 0 ? c : dst.compareTo(o.dst);
        }
    }

    /**
     * The faults of one link: each message is dropped with probability {@code drop}, else delivered after an extra
     * delay drawn uniformly from {@code minDelayMillis..maxDelayMillis}, and a second time with probability
     * {@code dup}.
     */
    public record Rule(double drop, double dup, long minDelayMillis, long maxDelayMillis) {
        public static final Rule NONE = new Rule(0, 0, 0, 0);

        public Rule {
            for (double p : new double[] {drop, dup}) {
                if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("probabilities must be in [0, 1]: " + p);
            }
            if (minDelayMillis < 0 || maxDelayMillis < minDelayMillis) {
                throw new IllegalArgumentException("need 0 <= minDelayMillis <= maxDelayMillis: " + minDelayMillis
                        + ".." + maxDelayMillis);
            }
        }

        public boolean off() {
            return drop == 0 && dup == 0 && maxDelayMillis == 0;
        }
    }

    /** What happens to one message: lost, or delivered after {@code delayMillis} (twice if {@code duplicate}). */
    public record Decision(boolean drop, boolean duplicate, long delayMillis) {
        public static final Decision DELIVER = new Decision(false, false, 0);
    }
}
