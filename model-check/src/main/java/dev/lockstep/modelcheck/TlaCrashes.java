package dev.lockstep.modelcheck;

import dev.lockstep.lang.ir.CheckedSpec;
import java.util.ArrayList;
import java.util.List;
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
 * ({@code IF self \in R_nodes}). The network is unchanged: messages in flight to the node stay.
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
                       Function<CheckedSpec.Var, String> init, Consumer<String> line) {
        List<CheckedSpec.Role> crashing = spec.roles().stream().filter(CheckedSpec.Role::crashes).toList();
        line.accept("\\* Environment step: a node of a crashing role crashes and recovers at once. Its volatile");
        line.accept("\\* variables get their initial values back, its durable ones and the network stay as they are.");
        line.accept(TlaNames.CRASH + "(self) ==");
        line.accept("  /\\ " + TlaNames.CRASH_COUNT + " < " + TlaNames.CRASH_BOUND);
        line.accept("  /\\ " + TlaNames.CRASH_COUNT + "' = " + TlaNames.CRASH_COUNT + " + 1");
        List<String> unchanged = new ArrayList<>();
        for (CheckedSpec.Role r : spec.roles()) {
            for (CheckedSpec.Var v : r.vars()) {
                String name = var.apply(r, v);
                if (!r.crashes() || v.durable()) {
                    unchanged.add(name);
                    continue;
                }
                String reset = "[" + name + " EXCEPT ![self] = " + init.apply(v) + "]";
                line.accept("  /\\ " + name + "' = " + (crashing.size() == 1 ? reset
                        : "IF self \\in " + nodes.apply(r) + " THEN " + reset + " ELSE " + name));
            }
        }
        unchanged.add(TlaNames.NETWORK);
        line.accept("  /\\ UNCHANGED <<" + String.join(", ", unchanged) + ">>");
    }

    /** The set of nodes that may crash: the nodes of every crashing role. */
    static String crashingNodes(CheckedSpec spec, Function<CheckedSpec.Role, String> nodes) {
        return String.join(" \\cup ", spec.roles().stream().filter(CheckedSpec.Role::crashes).map(nodes).toList());
    }
}
