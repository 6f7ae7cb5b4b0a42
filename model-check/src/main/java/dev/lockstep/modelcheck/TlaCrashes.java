package dev.lockstep.modelcheck;

import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The TLA+ of crash and recovery (docs/language.md, "Crash and recovery"), as the explorer's {@code Crash} step:
 * a variable {@code crashCount} (the crash steps so far, bounded by the constant {@code CrashBound} that each
 * model's .cfg sets to its {@code crashes N}), and an environment action
 * <pre>
 *   Node_Crash(self) ==
 *     /\ crashCount < CrashBound /\ crashCount' = crashCount + 1
 *     /\ R_v' = [R_v EXCEPT ![self] = init]     \* each volatile variable v of a crashing role R
 *     /\ UNCHANGED &lt;&lt;durable and other variables, network&gt;&gt;
 * </pre>
 * taken by every node of a crashing role. A node of several crashing roles resets its volatile variables in each
 * ({@code IF self \in R_nodes}). The network is unchanged: messages in flight to the node stay. A role's {@code on
 * restart} runs in the same action, over the reset state: its assignments replace the reset values, its reads of
 * a volatile variable read the variable's initial value, its sends go to the network.
 */
final class TlaCrashes {
    private TlaCrashes() {}

    static boolean used(CheckedSpec spec) {
        return spec.crashes();
    }

    /**
     * The crash action. {@code var} names a role variable, {@code nodes} a role's node set, {@code init} prints a
     * variable's initial value (with the node as {@code self}).
     */
    static void action(CheckedSpec spec, Function<CheckedSpec.Role, String> nodes,
                       java.util.function.BiFunction<CheckedSpec.Role, CheckedSpec.Var, String> var,
                       Function<CheckedSpec.Var, String> init, Restarts restarts, Consumer<String> line) {
        List<CheckedSpec.Role> crashing = spec.roles().stream().filter(CheckedSpec.Role::crashes).toList();
        line.accept("\\* Environment step: a node of a crashing role crashes and recovers at once. Its volatile");
        line.accept("\\* variables get their initial values back, its durable ones and the network stay as they are.");
        line.accept(TlaNames.CRASH + "(self) ==");
        line.accept("  /\\ " + TlaNames.CRASH_COUNT + " < " + TlaNames.CRASH_BOUND);
        line.accept("  /\\ " + TlaNames.CRASH_COUNT + "' = " + TlaNames.CRASH_COUNT + " + 1");
        List<String> unchanged = new ArrayList<>();
        String net = TlaNames.NETWORK;
        for (CheckedSpec.Role r : spec.roles()) {
            Map<String, Stmt.Assign> restartAssigns = new HashMap<>();
            List<Stmt.Send> restartSends = new ArrayList<>();
            if (r.crashes() && r.restart() != null) {
                restarts.readResetState(r);
                for (Stmt s : r.restart().effects()) {
                    switch (s) {
                        case Stmt.Assign a -> restartAssigns.put(a.var(), a);
                        case Stmt.Send send -> restartSends.add(send);
                        case Stmt.TimerControl t -> { } // refused by the checker (LS235)
                        case Stmt.PeerAssign p -> { } // refused by the checker: on restart is no exchange (LS412)
                    }
                }
            }
            for (CheckedSpec.Var v : r.vars()) {
                String name = var.apply(r, v);
                Stmt.Assign assigned = restartAssigns.get(v.name());
                if (assigned == null && (!r.crashes() || v.durable())) {
                    unchanged.add(name);
                    continue;
                }
                String value = assigned != null ? restarts.value(assigned) : init.apply(v);
                String reset = "[" + name + " EXCEPT ![self] = " + value + "]";
                line.accept("  /\\ " + name + "' = " + (crashing.size() == 1 ? reset
                        : "IF self \\in " + nodes.apply(r) + " THEN " + reset + " ELSE " + name));
            }
            if (!restartSends.isEmpty()) {
                String sent = net;
                for (Stmt.Send send : restartSends) sent = restarts.send(sent, send);
                net = crashing.size() == 1 ? sent : "(IF self \\in " + nodes.apply(r) + " THEN " + sent + " ELSE " + net + ")";
            }
        }
        restarts.done();
        if (net.equals(TlaNames.NETWORK)) unchanged.add(TlaNames.NETWORK);
        else line.accept("  /\\ " + TlaNames.NETWORK + "' = " + net);
        line.accept("  /\\ UNCHANGED <<" + String.join(", ", unchanged) + ">>");
    }

    /**
     * The printing of {@code on restart} effects with {@code printer}: reads of a volatile variable print its initial
     * value ({@code init}); {@code send} prints a network after a send.
     */
    static Restarts restarts(TlaExprPrinter printer, Function<CheckedSpec.Var, String> init,
                             java.util.function.BiFunction<String, Stmt.Send, String> send) {
        return new Restarts() {
            public void readResetState(CheckedSpec.Role role) {
                Map<String, String> reads = new HashMap<>();
                for (CheckedSpec.Var v : role.vars()) {
                    if (!v.durable()) reads.put(role.name() + "." + v.name(), "(" + init.apply(v) + ")");
                }
                printer.readVarsAs(reads);
            }

            public String value(Stmt.Assign assign) {
                return printer.scoped(() -> printer.print(assign.value()));
            }

            public String send(String net, Stmt.Send s) {
                return printer.scoped(() -> send.apply(net, s));
            }

            public void done() { printer.readVarsAs(Map.of()); }
        };
    }

    /** How the translator prints an {@code on restart}'s effects over the reset state. */
    interface Restarts {
        /** From now on, reads of {@code role}'s volatile variables print as their initial values. */
        void readResetState(CheckedSpec.Role role);

        /** The value an assignment of {@code on restart} gives. */
        String value(Stmt.Assign assign);

        /** {@code net} after a send of {@code on restart}. */
        String send(String net, Stmt.Send send);

        /** Reads print as usual again. */
        void done();
    }

    /** The set of nodes that may crash: the nodes of every crashing role. */
    static String crashingNodes(CheckedSpec spec, Function<CheckedSpec.Role, String> nodes) {
        return String.join(" \\cup ", spec.roles().stream().filter(CheckedSpec.Role::crashes).map(nodes).toList());
    }
}
