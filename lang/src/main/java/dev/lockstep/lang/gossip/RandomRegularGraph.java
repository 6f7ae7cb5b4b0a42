package dev.lockstep.lang.gossip;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * A seeded random connected d-regular graph on nodes 1..n (the configuration model: n·d stubs paired at random,
 * redrawn until there is no self-loop, no double edge and the graph is connected), and the text of a model that
 * binds it, for the gossip simulator: the seed's layered stack runs on "a 100-node random graph of degree four"
 * (Princehouse 2017, Fig. 8). The node names are {@code n1..nN}; addresses are a random permutation of 1..n drawn
 * from the same seed, so the leader is not the first node. {@code specs/gossip-stack.lstep}'s model {@code sim} is
 * {@code modelText("sim", 100, 4, 16, 10)}, which a test checks.
 */
public record RandomRegularGraph(int[][] neighbours, int[] address) {

    /** @throws IllegalArgumentException when no such graph exists (n·d odd, d ≥ n, or d < 1) */
    public static RandomRegularGraph of(int n, int degree, long seed) {
        if (degree < 1 || degree >= n || (long) n * degree % 2 != 0) {
            throw new IllegalArgumentException("no connected " + degree + "-regular graph on " + n + " nodes");
        }
        SplittableRandom rng = new SplittableRandom(seed);
        while (true) {
            int[][] g = attempt(n, degree, rng);
            if (g != null && connected(g)) {
                int[] address = new int[n];
                for (int i = 0; i < n; i++) address[i] = i + 1;
                shuffle(address, rng);
                return new RandomRegularGraph(g, address);
            }
        }
    }

    private static int[][] attempt(int n, int degree, SplittableRandom rng) {
        int[] stubs = new int[n * degree];
        for (int i = 0; i < stubs.length; i++) stubs[i] = i / degree;
        shuffle(stubs, rng);
        List<TreeSet<Integer>> adj = new ArrayList<>();
        for (int i = 0; i < n; i++) adj.add(new TreeSet<>());
        for (int i = 0; i < stubs.length; i += 2) {
            int a = stubs[i];
            int b = stubs[i + 1];
            if (a == b || !adj.get(a).add(b)) return null;
            adj.get(b).add(a);
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) out[i] = adj.get(i).stream().mapToInt(Integer::intValue).toArray();
        return out;
    }

    private static boolean connected(int[][] g) {
        boolean[] seen = new boolean[g.length];
        List<Integer> todo = new ArrayList<>(List.of(0));
        seen[0] = true;
        int reached = 1;
        while (!todo.isEmpty()) {
            for (int m : g[todo.remove(todo.size() - 1)]) {
                if (!seen[m]) {
                    seen[m] = true;
                    reached++;
                    todo.add(m);
                }
            }
        }
        return reached == g.length;
    }

    private static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** The largest number of hops between two nodes. */
    public int diameter() {
        int most = 0;
        for (int s = 0; s < neighbours.length; s++) {
            int[] dist = new int[neighbours.length];
            java.util.Arrays.fill(dist, -1);
            dist[s] = 0;
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(s));
            while (!queue.isEmpty()) {
                int v = queue.poll();
                for (int m : neighbours[v]) {
                    if (dist[m] < 0) {
                        dist[m] = dist[v] + 1;
                        most = Math.max(most, dist[m]);
                        queue.add(m);
                    }
                }
            }
        }
        return most;
    }

    /** A model binding Nodes, Addr, Links and Far to a graph of {@link #of}, one node per line. */
    public static String modelText(String name, int n, int degree, long seed, int far) {
        RandomRegularGraph g = of(n, degree, seed);
        StringBuilder nodes = new StringBuilder();
        StringBuilder addr = new StringBuilder();
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String sep = i == 0 ? "" : i % 10 == 0 ? ",\n    " : ", ";
            nodes.append(sep).append('n').append(i + 1);
            addr.append(i == 0 ? "" : i % 10 == 0 ? " @@\n    " : " @@ ").append('n').append(i + 1).append(" :> ")
                    .append(g.address()[i]);
            links.append(i == 0 ? "" : " @@\n    ").append('n').append(i + 1).append(" :> {");
            for (int k = 0; k < g.neighbours()[i].length; k++) {
                links.append(k == 0 ? "" : ", ").append('n').append(g.neighbours()[i][k] + 1);
            }
            links.append('}');
        }
        return "model " + name + " {\n  Nodes = {" + nodes + "}\n  Addr = " + addr + "\n  Links = " + links
                + "\n  Far = " + far + "\n  check HopsBounded\n}\n";
    }
}
