package dev.lockstep.lang.gossip;

import dev.lockstep.lang.eval.Env;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.Label;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Successor;
import dev.lockstep.lang.explore.Transitions;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.syntax.Compositions;
import dev.lockstep.lang.value.BoolV;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.StrV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs a spec's gossip protocols in rounds, the way MiCA's runtime does (docs/gossip.md): in each round every live
 * node starts, for each protocol, a Poisson-distributed number of exchanges with the protocol's rate as mean, each
 * with a peer sampled from the view with its weights; an exchange is the model's atomic step. A composite runs as
 * one protocol, with MiCA's view, rate and choice of sub-protocols (Figs. 3-5). It counts the exchanges (the
 * <em>actual</em> rate) and, per sub-protocol, the exchanges it took part in (its <em>effective</em> rate), and per
 * round and layer the share of live nodes whose layer state changed (the seed's convergence measure).
 */
public final class GossipSimulation {
    /** What one run measured: {@code changed[round][layer]}, a share of the live nodes (round 0 unused). */
    public record Run(long nodeRounds, long[] actual, long[] effective, double[][] changed) {}

    private final ModelInstance model;
    private final Transitions transitions;
    private final List<GossipProtocols.Protocol> protocols;
    private final List<GossipProtocols.Layer> layers;

    public GossipSimulation(ModelInstance model) {
        this.model = model;
        this.transitions = new Transitions(model);
        this.protocols = GossipProtocols.of(model.spec());
        this.layers = GossipProtocols.layers(protocols);
    }

    public List<GossipProtocols.Protocol> protocols() { return protocols; }

    public List<GossipProtocols.Layer> layers() { return layers; }

    /** One run of {@code rounds} rounds from a random initial state; @throws IllegalArgumentException on a bad schedule. */
    public Run run(long seed, int rounds, Schedule schedule) {
        SplittableRandom rng = new SplittableRandom(seed);
        Value[] initial = RandomInitialState.of(transitions, rng).slots();
        Value[] slots = initial.clone();
        int roles = model.spec().roles().size();
        boolean[][] dead = new boolean[roles][];
        for (int r = 0; r < roles; r++) dead[r] = new boolean[model.nodes(r).length];
        long[] actual = new long[protocols.size()];
        long[] effective = new long[layers.size()];
        double[][] changed = new double[rounds + 1][layers.size()];
        long nodeRounds = 0;
        for (int round = 1; round <= rounds; round++) {
            for (Schedule.Event e : schedule.events()) if (e.round() == round) disrupt(e, slots, initial, dead, rng);
            Value[] before = slots.clone();
            for (int r = 0; r < roles; r++) {
                int[] order = shuffled(model.nodes(r).length, rng);
                for (int n : order) {
                    if (dead[r][n]) continue;
                    nodeRounds++;
                    for (int p = 0; p < protocols.size(); p++) {
                        if (protocols.get(p).role() != r) continue;
                        long k = poisson(rate(protocols.get(p), slots, n), rng);
                        for (long i = 0; i < k; i++) {
                            actual[p]++;
                            slots = exchange(p, slots, n, dead[r], effective, rng);
                        }
                    }
                }
            }
            for (int l = 0; l < layers.size(); l++) changed[round][l] = changedShare(layers.get(l), before, slots, dead);
        }
        return new Run(nodeRounds, actual, effective, changed);
    }

    // ---- one exchange ---------------------------------------------------------------------------------

    private Value[] exchange(int p, Value[] slots, int n, boolean[] dead, long[] effective, SplittableRandom rng) {
        GossipProtocols.Protocol protocol = protocols.get(p);
        int first = layerIndex(p, 0);
        return switch (protocol) {
            case GossipProtocols.Single s -> {
                effective[first]++;
                yield step(s.action(), sample(s.action(), slots, n, rng), slots, n, dead);
            }
            case GossipProtocols.Composite c -> composite(c, first, slots, n, dead, effective, rng);
            case GossipProtocols.Merged m -> merged(m, first, slots, n, dead, effective, rng);
        };
    }

    /** An n-ary correlated merge: a part and a peer drawn with the parts' weights (the mass of that set of layers). */
    private Value[] merged(GossipProtocols.Merged m, int first, Value[] slots, int n, boolean[] dead, long[] effective,
                           SplittableRandom rng) {
        List<Value> peers = new ArrayList<>();
        List<GossipProtocols.Part> parts = new ArrayList<>();
        List<Double> mass = new ArrayList<>();
        for (GossipProtocols.Part part : m.parts()) {
            List<Value> view = view(part.action(), slots, n);
            double[] w = weights(part.action(), view, slots, n);
            for (int i = 0; i < w.length; i++) {
                peers.add(view.get(i));
                parts.add(part);
                mass.add(w[i]);
            }
        }
        int i = pick(mass.stream().mapToDouble(Double::doubleValue).toArray(), rng);
        if (i < 0) return slots;
        for (int member : parts.get(i).members()) effective[first + member]++;
        return step(parts.get(i).action(), peers.get(i), slots, n, dead);
    }

    /**
     * An n-ary correlated merge's rate at node {@code n}: the parts' total mass in exchanges per round. The weights
     * are scaled by a common factor; since each layer keeps its rate (Fig. 4 preserves rates), the mass of the parts
     * carrying layer i is r_i times that factor, which gives the factor.
     */
    private double mergedRate(GossipProtocols.Merged m, Value[] slots, int n) {
        double total = 0;
        double[] carrying = new double[m.layers().size()];
        for (GossipProtocols.Part part : m.parts()) {
            double sum = Arrays.stream(weights(part.action(), view(part.action(), slots, n), slots, n)).sum();
            total += sum;
            for (int member : part.members()) carrying[member] += sum;
        }
        for (int i = 0; i < carrying.length; i++) {
            if (carrying[i] > 0) return total * m.composition().members().get(i).rate() / carrying[i];
        }
        return 0;
    }

    private Value[] composite(GossipProtocols.Composite c, int first, Value[] slots, int n, boolean[] dead,
                              long[] effective, SplittableRandom rng) {
        CheckedSpec.Composition comp = c.composition();
        double r1 = comp.firstRate();
        double r2 = comp.secondRate();
        switch (comp.kind()) {
            case Compositions.INDEPENDENT -> {
                // Fig. 5: one sub-protocol per exchange, the first with probability r1 / (r1 + r2), then its view.
                boolean one = rng.nextDouble() * (r1 + r2) < r1;
                effective[one ? first : first + 1]++;
                CheckedSpec.Action a = one ? c.first() : c.second();
                return step(a, sample(a, slots, n, rng), slots, n, dead);
            }
            case Compositions.ROUND_ROBIN -> {
                // Fig. 3: the sub-protocols take turns; the turn variable says whose.
                boolean one = slots[model.nodeBase(c.role(), n) + turnIndex(c)].equals(BoolV.TRUE);
                effective[one ? first : first + 1]++;
                CheckedSpec.Action a = one ? c.first() : c.second();
                return step(a, sample(a, slots, n, rng), slots, n, dead);
            }
            default -> {
                // Fig. 4: a peer from normalize(max(w v1, (1-w) v2)); both updates with probability pmin / pmax,
                // else the sub-protocol of the larger share alone.
                List<Value> v1 = view(c.first(), slots, n);
                List<Value> v2 = view(c.second(), slots, n);
                List<Value> peers = union(v1, v2);
                double[] pr1 = new double[peers.size()];
                double[] pr2 = new double[peers.size()];
                double[] mass = new double[peers.size()];
                for (int i = 0; i < peers.size(); i++) {
                    pr1[i] = v1.contains(peers.get(i)) ? r1 / (r1 + r2) / v1.size() : 0;
                    pr2[i] = v2.contains(peers.get(i)) ? r2 / (r1 + r2) / v2.size() : 0;
                    mass[i] = Math.max(pr1[i], pr2[i]);
                }
                int i = pick(mass, rng);
                if (i < 0) return slots;
                double pmin = Math.min(pr1[i], pr2[i]);
                double u = rng.nextDouble() * mass[i];
                Value peer = peers.get(i);
                if (u < pmin) {
                    effective[first]++;
                    effective[first + 1]++;
                    return step(c.both(), peer, slots, n, dead);
                }
                boolean one = pr1[i] > pr2[i];
                effective[one ? first : first + 1]++;
                return step(one ? c.first() : c.second(), peer, slots, n, dead);
            }
        }
    }

    /** The exchange with {@code peer} as the model's step; unchanged when the peer is down or the guard is false. */
    private Value[] step(CheckedSpec.Action a, Value peer, Value[] slots, int n, boolean[] dead) {
        if (peer == null) return slots;
        int role = roleOf(a);
        int p = model.nodeIndex(role, peer);
        if (p < 0 || dead[p]) return slots;
        List<Value> params = new ArrayList<>(List.of(peer));
        if (a.params().size() == 2) params.add(new StrV("both"));
        Successor s = transitions.apply(new State(slots), new Label(a, a.name(), model.nodes(role)[n], params, null));
        return s.enabled() ? s.next().slots() : slots;
    }

    /** A peer of the exchange's view, drawn with its weights (uniformly when it has none); null when the view is empty. */
    private Value sample(CheckedSpec.Action a, Value[] slots, int n, SplittableRandom rng) {
        List<Value> view = view(a, slots, n);
        int i = pick(weights(a, view, slots, n), rng);
        return i < 0 ? null : view.get(i);
    }

    /** The weights of the view's peers (1 each when the exchange has none). */
    double[] weights(CheckedSpec.Action a, List<Value> view, Value[] slots, int n) {
        CheckedSpec.Trigger.Exchange x = (CheckedSpec.Trigger.Exchange) a.trigger();
        double[] w = new double[view.size()];
        for (int i = 0; i < w.length; i++) {
            if (x.weight() == null) {
                w[i] = 1;
            } else {
                Env env = env(a, slots, n);
                env.frame[x.peer().slot()] = view.get(i);
                w[i] = Math.max(0, ((IntV) transitions.evaluator().eval(x.weight(), env)).value());
            }
        }
        return w;
    }

    /** The view at node {@code n}: the exchange's peer domain, without the node itself. */
    List<Value> view(CheckedSpec.Action a, Value[] slots, int n) {
        SetV domain = (SetV) transitions.evaluator().eval(a.params().get(0).domain(), env(a, slots, n));
        Value self = model.nodes(roleOf(a))[n];
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < domain.size(); i++) if (!domain.get(i).equals(self)) out.add(domain.get(i));
        return out;
    }

    private Env env(CheckedSpec.Action a, Value[] slots, int n) {
        int role = roleOf(a);
        return new Env(slots, a.frameSize()).atNode(model.nodeBase(role, n), model.nodes(role)[n]);
    }

    /** The protocol's mean exchanges per round at node {@code n}: Fig. 4's area under the maximum for a correlated merge. */
    private double rate(GossipProtocols.Protocol protocol, Value[] slots, int n) {
        return switch (protocol) {
            case GossipProtocols.Single s -> s.rate();
            case GossipProtocols.Composite c -> {
                double r1 = c.composition().firstRate();
                double r2 = c.composition().secondRate();
                if (!c.composition().kind().equals(Compositions.CORRELATED)) yield r1 + r2;
                List<Value> v1 = view(c.first(), slots, n);
                List<Value> v2 = view(c.second(), slots, n);
                double sum = 0;
                for (Value p : union(v1, v2)) {
                    sum += Math.max(v1.contains(p) ? r1 / v1.size() : 0, v2.contains(p) ? r2 / v2.size() : 0);
                }
                yield sum;
            }
            case GossipProtocols.Merged m -> mergedRate(m, slots, n);
        };
    }

    // ---- disruptions and measures -------------------------------------------------------------------

    private void disrupt(Schedule.Event e, Value[] slots, Value[] initial, boolean[][] dead, SplittableRandom rng) {
        switch (e) {
            case Schedule.Crash c -> {
                for (int r = 0; r < dead.length; r++) {
                    List<Integer> alive = new ArrayList<>();
                    for (int n = 0; n < dead[r].length; n++) if (!dead[r][n]) alive.add(n);
                    long k = Math.round(alive.size() * c.percent() / 100.0);
                    for (int i = 0; i < k; i++) dead[r][alive.remove(rng.nextInt(alive.size()))] = true;
                }
            }
            case Schedule.Restart restart -> {
                for (int r = 0; r < dead.length; r++) {
                    for (int n = 0; n < dead[r].length; n++) {
                        if (!dead[r][n]) continue;
                        dead[r][n] = false;
                        int base = model.nodeBase(r, n);
                        int vars = model.spec().roles().get(r).vars().size();
                        System.arraycopy(initial, base, slots, base, vars);
                    }
                }
            }
            case Schedule.Clobber c -> {
                CheckedSpec.Role role = model.spec().roles().stream().filter(x -> x.name().equals(c.role())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("clobber " + c.role() + "." + c.var()
                                + ": the spec has no role " + c.role()));
                CheckedSpec.Var v = role.vars().stream().filter(x -> x.name().equals(c.var())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("clobber " + c.role() + "." + c.var()
                                + ": role " + c.role() + " has no variable " + c.var()));
                for (int n = 0; n < dead[role.index()].length; n++) {
                    int slot = model.nodeBase(role.index(), n) + v.index();
                    if (!dead[role.index()][n]) slots[slot] = initial[slot];
                }
            }
        }
    }

    /** Checks the schedule's names against the spec before a run; @throws IllegalArgumentException naming the problem. */
    public void validate(Schedule schedule) {
        Value[] probe = RandomInitialState.of(transitions, new SplittableRandom(0)).slots();
        boolean[][] dead = new boolean[model.spec().roles().size()][];
        for (int r = 0; r < dead.length; r++) dead[r] = new boolean[model.nodes(r).length];
        for (Schedule.Event e : schedule.events()) {
            if (e instanceof Schedule.Clobber) disrupt(e, probe.clone(), probe, dead, new SplittableRandom(0));
        }
    }

    private double changedShare(GossipProtocols.Layer layer, Value[] before, Value[] after, boolean[][] dead) {
        int live = 0;
        int changed = 0;
        for (int n = 0; n < dead[layer.role()].length; n++) {
            if (dead[layer.role()][n]) continue;
            live++;
            int base = model.nodeBase(layer.role(), n);
            for (int v : layer.vars()) {
                if (!before[base + v].equals(after[base + v])) {
                    changed++;
                    break;
                }
            }
        }
        return live == 0 ? 0 : (double) changed / live;
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private int layerIndex(int protocol, int sub) {
        int l = 0;
        for (int p = 0; p < protocol; p++) l += GossipProtocols.layerCount(protocols.get(p));
        return l + sub;
    }

    private int turnIndex(GossipProtocols.Composite c) {
        String turn = Compositions.turnVar(c.composition().name());
        for (CheckedSpec.Var v : model.spec().roles().get(c.role()).vars()) if (v.name().equals(turn)) return v.index();
        throw new IllegalStateException("round-robin " + c.composition().name() + " has no turn variable");
    }

    private int roleOf(CheckedSpec.Action a) {
        for (CheckedSpec.Role r : model.spec().roles()) if (r.name().equals(a.role())) return r.index();
        throw new IllegalStateException("no role " + a.role());
    }

    private static List<Value> union(List<Value> a, List<Value> b) {
        List<Value> out = new ArrayList<>(a);
        for (Value v : b) if (!out.contains(v)) out.add(v);
        return out;
    }

    /** An index drawn with the given non-negative weights; -1 when they are all 0. */
    private static int pick(double[] weights, SplittableRandom rng) {
        double total = Arrays.stream(weights).sum();
        if (total <= 0) return -1;
        double u = rng.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) return i;
        }
        return weights.length - 1;
    }

    private static long poisson(double mean, SplittableRandom rng) {
        double limit = Math.exp(-mean);
        double product = rng.nextDouble();
        long k = 0;
        while (product > limit) {
            k++;
            product *= rng.nextDouble();
        }
        return k;
    }

    private static int[] shuffled(int n, SplittableRandom rng) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
