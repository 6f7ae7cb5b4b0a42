package dev.lockstep.specs.gen;

import dev.lockstep.lang.eval.Env;
import dev.lockstep.lang.eval.EvalException;
import dev.lockstep.lang.eval.Evaluator;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.eval.Network;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Transitions;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Stmt;
import dev.lockstep.lang.value.Itf;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.StrV;
import dev.lockstep.lang.value.Value;
import dev.lockstep.lang.value.Values;
import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.Message;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.api.Step;
import dev.lockstep.spectojava.JavaGenerator;
import dev.lockstep.spectojava.JavaPackage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Benchmark (not a test): action steps per second of the plugin-generated machines against the evaluator, on the
 * same reachable states and the same work — for every node, action, deliverable message and parameter binding:
 * evaluate the domains and the guard, and when enabled compute the new local state and the messages sent. Also times
 * generating Java for the whole library. Run as described in docs/benchmarks.md:
 * {@code java -cp ... dev.lockstep.specs.gen.GeneratedStepsBenchmark [states] [seconds] [repeat]}.
 */
public final class GeneratedStepsBenchmark {
    /** One unit of work: a node's action with a message (or none), prepared for both sides. */
    private record Work(CheckedSpec.Action action, Env env, ActionSpec<ItfEncodable> spec, ItfEncodable local, Message msg) {}

    private static long sink;
    /**
     * How often each (node, action, message) is tried in a row. 1 walks the states once, so both sides mostly wait
     * for memory; more keeps the node's state in cache, as in a running node, and measures the computation.
     */
    private static int repeat = 1;

    public static void main(String[] args) throws Exception {
        int stateCount = args.length > 0 ? Integer.parseInt(args[0]) : 20000;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 2;
        repeat = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        System.out.printf(Locale.ROOT, "each node action tried %d time(s) in a row%n", repeat);
        System.out.printf(Locale.ROOT, "%-30s %7s %8s %13s %13s %13s %9s %9s%n", "model", "states", "steps",
                "evaluator/s", "explorer/s", "generated/s", "vs eval", "vs expl");
        String[][] cases = {{"two-phase-commit.lstep", "rm5"}, {"paxos.lstep", "small"}, {"chang-roberts.lstep", "ring4c"},
                {"minfinder.lstep", "three"}};
        String only = System.getProperty("only", "");
        for (String[] c : cases) {
            if (!c[0].contains(only)) continue;
            Path file = Path.of(c[0]);
            CheckedSpec spec = LibraryModels.load(file);
            ModelInstance model = LibraryModels.bind(spec, c[1]);
            ProtocolDescriptor d = LibraryModels.generatedDescriptor(file, spec, c[1]);
            List<State> states = LibraryModels.reachable(model, stateCount);
            List<Work> work = prepare(model, d, states);
            Evaluator evaluator = new Evaluator(model);
            Transitions transitions = new Transitions(model);
            long steps = evaluatorPass(evaluator, work);
            if (steps != generatedPass(work) || steps != explorerPass(transitions, states)) {
                throw new IllegalStateException("the three sides disagree on the number of enabled steps");
            }
            double[] r = paired(seconds, () -> evaluatorPass(evaluator, work), () -> explorerPass(transitions, states),
                    () -> generatedPass(work));
            System.out.printf(Locale.ROOT, "%-30s %7d %8d %13.0f %13.0f %13.0f %8.1fx %8.1fx%n", c[0] + "/" + c[1],
                    states.size(), steps, r[0] * steps, r[1] * steps, r[2] * steps, r[3], r[4]);
        }
        generationTime();
    }

    /**
     * Passes per second of each side, measured in alternating slices so that load from other processes hits all sides
     * alike: warm-up for {@code seconds}, then nine rounds; the medians of the rates and of the per-round ratios
     * (generated over evaluator, generated over explorer).
     */
    private static double[] paired(double seconds, LongSupplier eval, LongSupplier explore, LongSupplier gen) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end) sink += eval.getAsLong() + explore.getAsLong() + gen.getAsLong();
        int rounds = 9;
        double[][] rates = new double[5][rounds];
        for (int i = 0; i < rounds; i++) {
            rates[0][i] = slice(eval, seconds / rounds);
            rates[1][i] = slice(explore, seconds / rounds);
            rates[2][i] = slice(gen, seconds / rounds);
            rates[3][i] = rates[2][i] / rates[0][i];
            rates[4][i] = rates[2][i] / rates[1][i];
        }
        double[] out = new double[5];
        for (int k = 0; k < 5; k++) {
            Arrays.sort(rates[k]);
            out[k] = rates[k][rounds / 2];
        }
        return out;
    }

    private static double slice(LongSupplier pass, double seconds) {
        long start = System.nanoTime();
        long stop = start + (long) (seconds * 1e9);
        long passes = 0;
        long now;
        do {
            sink += pass.getAsLong();
            passes++;
            now = System.nanoTime();
        } while (now < stop);
        return passes / ((now - start) / 1e9);
    }

    /** The explorer's step function: every successor of each state (network and global state included). */
    private static long explorerPass(Transitions t, List<State> states) {
        long[] steps = {0};
        for (State s : states) {
            for (int r = 0; r < repeat; r++) {
                t.successors(s, (label, next) -> {
                    if (!label.isEnvironment()) steps[0]++;
                });
            }
        }
        return steps[0];
    }

    @SuppressWarnings("unchecked")
    private static List<Work> prepare(ModelInstance model, ProtocolDescriptor d, List<State> states) throws Exception {
        CheckedSpec spec = model.spec();
        List<Work> out = new ArrayList<>();
        for (State state : states) {
            for (CheckedSpec.Role role : spec.roles()) {
                NodeV[] nodes = model.nodes(role.index());
                for (int n = 0; n < nodes.length; n++) {
                    RoleMachine<? extends ItfEncodable> m = d.roles().get(role.index()).machine(new NodeId(nodes[n].name()));
                    int base = model.nodeBase(role.index(), n);
                    List<String> names = new ArrayList<>();
                    List<Value> values = new ArrayList<>();
                    for (CheckedSpec.Var v : role.vars()) {
                        names.add(v.name());
                        values.add(state.slot(base + v.index()));
                    }
                    Object itf = Itf.encode(Values.record(names, values));
                    ItfEncodable local = (ItfEncodable) m.initialStates().get(0).getClass()
                            .getMethod("fromItf", Object.class).invoke(null, itf);
                    for (int k = 0; k < role.actions().size(); k++) {
                        CheckedSpec.Action a = role.actions().get(k);
                        ActionSpec<ItfEncodable> as = (ActionSpec<ItfEncodable>) m.actions().get(k);
                        if (a.message() == null) {
                            out.add(new Work(a, new Env(state.slots(), a.frameSize()).atNode(base, nodes[n]), as, local, null));
                            continue;
                        }
                        String type = ((CheckedSpec.Trigger.OnReceive) a.trigger()).messageType();
                        NodeV node = nodes[n];
                        Network.forEachDeliverable(spec.network().kind(), state.slot(model.networkSlot()), msg -> {
                            if (msg.get("type").equals(new StrV(type)) && msg.get("dst").equals(node)) {
                                Env env = new Env(state.slots(), a.frameSize()).atNode(base, node);
                                env.frame[a.message().slot()] = msg;
                                out.add(new Work(a, env, as, local, d.messageFromItf(Itf.encode(msg))));
                            }
                        });
                    }
                }
            }
        }
        return out;
    }

    /** The evaluator's side: domains, guard, and for enabled bindings the assignments and message records. */
    private static long evaluatorPass(Evaluator ev, List<Work> work) {
        long steps = 0;
        for (Work w : work) for (int r = 0; r < repeat; r++) steps += evalBindings(ev, w, 0);
        return steps;
    }

    private static long evalBindings(Evaluator ev, Work w, int k) {
        CheckedSpec.Action a = w.action();
        if (k == a.params().size()) {
            try {
                if (!ev.test(a.guard(), w.env())) return 0;
                Value[] next = new Value[16];
                List<RecordV> sent = new ArrayList<>();
                for (Stmt s : a.effects()) {
                    switch (s) {
                        case Stmt.Assign asg -> next[asg.varIndex()] = ev.eval(asg.value(), w.env());
                        case Stmt.Send send -> {
                            List<String> names = new ArrayList<>(List.of("type", "src", "dst"));
                            names.addAll(send.fieldNames());
                            List<Value> values = new ArrayList<>(List.of(new StrV(send.messageType()), w.env().self,
                                    w.env().self));
                            for (Expr e : send.values()) values.add(ev.eval(e, w.env()));
                            Value to = ev.eval(send.to(), w.env());
                            for (Value dst : send.toSet() ? ((SetV) to).elements() : List.of(to)) {
                                values.set(2, dst);
                                sent.add(Values.record(names, values));
                            }
                        }
                        case Stmt.TimerControl timer -> { }
                        case Stmt.PeerAssign peer -> { } // exchange specs are not generated, so not measured
                    }
                }
                sink += sent.size();
                return 1;
            } catch (EvalException e) {
                return 0;
            }
        }
        CheckedSpec.Param p = a.params().get(k);
        SetV domain = (SetV) ev.eval(p.domain(), w.env());
        long steps = 0;
        for (int i = 0; i < domain.size(); i++) {
            w.env().frame[p.local().slot()] = domain.get(i);
            steps += evalBindings(ev, w, k + 1);
        }
        return steps;
    }

    /** The generated side, through the runtime's ActionSpec interface, as the node loop drives it. */
    private static long generatedPass(List<Work> work) {
        long steps = 0;
        List<Object> params = new ArrayList<>();
        for (Work w : work) {
            for (int r = 0; r < repeat; r++) {
                params.clear();
                steps += genBindings(w, 0, params);
            }
        }
        return steps;
    }

    private static long genBindings(Work w, int k, List<Object> params) {
        ActionSpec<ItfEncodable> as = w.spec();
        if (k == as.params().size()) {
            try {
                if (!as.guard().test(w.local(), params, w.msg())) return 0;
                Step<ItfEncodable> step = as.effect().apply(w.local(), params, w.msg());
                sink += step.commands().size();
                return 1;
            } catch (RuntimeException e) {
                return 0;
            }
        }
        long steps = 0;
        for (Object v : as.params().get(k).domain().values(w.local(), params, w.msg())) {
            params.add(v);
            steps += genBindings(w, k + 1, params);
            params.remove(params.size() - 1);
        }
        return steps;
    }

    /** Generating (building and printing) the Java of every library spec, cold and then warm. */
    private static void generationTime() {
        List<Path> files = LibraryModels.specFiles();
        // Specs with exchange actions are not generated (LS850).
        List<CheckedSpec> specs = files.stream().map(LibraryModels::load).filter(s -> s.exchanges().isEmpty()).toList();
        long start = System.nanoTime();
        int count = generateAll(specs);
        double cold = (System.nanoTime() - start) / 1e6;
        for (int i = 0; i < 20; i++) generateAll(specs);
        int runs = 20;
        start = System.nanoTime();
        for (int i = 0; i < runs; i++) generateAll(specs);
        double warm = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf(Locale.ROOT, "generation of the whole library (%d specs, %d files): first run %.0f ms, warm %.1f ms%n",
                specs.size(), count, cold, warm);
        long parseStart = System.nanoTime();
        files.forEach(LibraryModels::load);
        System.out.printf(Locale.ROOT, "(parsing and checking the same specs, warm: %.1f ms)%n",
                (System.nanoTime() - parseStart) / 1e6);
    }

    private static int generateAll(List<CheckedSpec> specs) {
        int files = 0;
        for (CheckedSpec s : specs) {
            JavaPackage pkg = new JavaPackage("bench." + s.name().toLowerCase(Locale.ROOT));
            files += JavaGenerator.generate(s, pkg).orElseThrow().size();
        }
        return files;
    }
}
