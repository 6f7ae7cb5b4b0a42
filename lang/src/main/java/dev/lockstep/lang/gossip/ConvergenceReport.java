package dev.lockstep.lang.gossip;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of a gossip simulation over several seeds (docs/gossip.md): per protocol its actual rate (exchanges
 * per live node and round), per sub-protocol (layer) its effective rate (exchanges it took part in) with the spread
 * over the seeds, and per round and layer the mean share of live nodes whose layer state changed, 0 meaning
 * converged (MiCA's measure, seed lines 2921-2927). {@link #settledAt} says when each layer went back to 0 after the
 * start and after each disruption.
 */
public record ConvergenceReport(List<String> protocols, List<String> layers, double[] actualRate,
                                double[] effectiveRate, double[] effectiveMin, double[] effectiveMax,
                                double[][] changed, List<Integer> disruptions) {

    /** Runs {@code seeds} consecutive seeds from {@code firstSeed}. */
    public static ConvergenceReport measure(GossipSimulation sim, long firstSeed, int seeds, int rounds,
                                            Schedule schedule) {
        int p = sim.protocols().size();
        int l = sim.layers().size();
        long nodeRounds = 0;
        long[] actual = new long[p];
        long[] effective = new long[l];
        double[] min = new double[l];
        double[] max = new double[l];
        java.util.Arrays.fill(min, Double.MAX_VALUE);
        double[][] changed = new double[rounds + 1][l];
        for (int s = 0; s < seeds; s++) {
            GossipSimulation.Run run = sim.run(firstSeed + s, rounds, schedule);
            nodeRounds += run.nodeRounds();
            for (int i = 0; i < p; i++) actual[i] += run.actual()[i];
            for (int i = 0; i < l; i++) {
                effective[i] += run.effective()[i];
                double rate = (double) run.effective()[i] / run.nodeRounds();
                min[i] = Math.min(min[i], rate);
                max[i] = Math.max(max[i], rate);
            }
            for (int r = 1; r <= rounds; r++) {
                for (int i = 0; i < l; i++) changed[r][i] += run.changed()[r][i] / seeds;
            }
        }
        double[] actualRate = new double[p];
        for (int i = 0; i < p; i++) actualRate[i] = (double) actual[i] / nodeRounds;
        double[] effectiveRate = new double[l];
        for (int i = 0; i < l; i++) effectiveRate[i] = (double) effective[i] / nodeRounds;
        List<String> names = new ArrayList<>();
        for (GossipProtocols.Protocol pr : sim.protocols()) {
            names.add(switch (pr) {
                case GossipProtocols.Single single -> single.action().qualifiedName();
                case GossipProtocols.Composite c -> single(c);
                case GossipProtocols.Merged m -> m.parts().get(0).action().role() + "." + m.composition().name()
                        + " (correlated, " + m.layers().size() + " exchanges)";
            });
        }
        return new ConvergenceReport(names, sim.layers().stream().map(GossipProtocols.Layer::name).toList(), actualRate,
                effectiveRate, min, max, changed, schedule.rounds());
    }

    private static String single(GossipProtocols.Composite c) {
        return c.first().role() + "." + c.composition().name() + " (" + c.composition().kind() + ")";
    }

    public int rounds() { return changed.length - 1; }

    /**
     * For each layer, the round from which its mean share of changed nodes stays 0 until the next disruption (or the
     * end), one per period: the start, then each disruption round; -1 for a period in which it never settled.
     */
    public int[][] settledAt() {
        List<Integer> starts = new ArrayList<>(List.of(1));
        starts.addAll(disruptions);
        int[][] out = new int[layers.size()][starts.size()];
        for (int l = 0; l < layers.size(); l++) {
            for (int k = 0; k < starts.size(); k++) {
                int end = k + 1 < starts.size() ? starts.get(k + 1) - 1 : rounds();
                int settled = -1;
                for (int r = end; r >= starts.get(k) && changed[r][l] == 0; r--) settled = r;
                out[l][k] = settled;
            }
        }
        return out;
    }

    /** The rates, the rounds in which something changed, and when each layer settled, as text. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("protocol rates (per live node and round):\n");
        for (int i = 0; i < protocols.size(); i++) {
            out.append(String.format(Locale.ROOT, "  %-40s actual %.3f%n", protocols.get(i), actualRate[i]));
        }
        for (int i = 0; i < layers.size(); i++) {
            out.append(String.format(Locale.ROOT, "  %-40s effective %.3f (seeds: %.3f..%.3f)%n", layers.get(i),
                    effectiveRate[i], effectiveMin[i], effectiveMax[i]));
        }
        double totalActual = java.util.Arrays.stream(actualRate).sum();
        double totalEffective = java.util.Arrays.stream(effectiveRate).sum();
        out.append(String.format(Locale.ROOT, "  exchanges %.3f, updates carried %.3f: %.2f layers per exchange%n",
                totalActual, totalEffective, totalEffective / totalActual));
        out.append("convergence (mean share of live nodes whose layer state changed; rows with a change):\n");
        out.append(String.format(Locale.ROOT, "  %5s", "round"));
        for (String l : layers) out.append(String.format(Locale.ROOT, " %14s", shorten(l)));
        out.append('\n');
        for (int r = 1; r <= rounds(); r++) {
            boolean any = false;
            for (double c : changed[r]) any |= c > 0;
            if (!any && !disruptions.contains(r)) continue;
            out.append(String.format(Locale.ROOT, "  %5d", r));
            for (double c : changed[r]) out.append(String.format(Locale.ROOT, " %14.3f", c));
            if (disruptions.contains(r)) out.append("   <- disruption");
            out.append('\n');
        }
        int[][] settled = settledAt();
        for (int l = 0; l < layers.size(); l++) {
            out.append("  ").append(layers.get(l)).append(" back to 0 changes at round");
            for (int k = 0; k < settled[l].length; k++) {
                out.append(k == 0 ? " " : ", ").append(settled[l][k] < 0 ? "never" : String.valueOf(settled[l][k]));
                if (k > 0) out.append(" (after @").append(disruptions.get(k - 1)).append(')');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Whether every layer went back to 0 changes after the start and after every disruption. */
    public boolean settledEveryTime() {
        for (int[] layer : settledAt()) for (int r : layer) if (r < 0) return false;
        return true;
    }

    private static String shorten(String s) { return s.length() <= 14 ? s : s.substring(s.length() - 14); }
}
