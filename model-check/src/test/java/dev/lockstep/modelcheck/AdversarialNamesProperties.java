package dev.lockstep.modelcheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.ir.CheckedSpec;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * The TLA+ naming is injective and hygienic: small specs whose every name (protocol, constants, enum and labels,
 * message and fields, roles, variables, actions, the received message, definition and parameter, bound variables,
 * invariant, model, nodes) is drawn from adversarial names — the generated module's own operators, TLC's standard
 * operators, TLA+ and .cfg keywords, {@code WF_}/{@code SF_} names, names that collide once joined with '_'
 * ({@code A}.{@code b_c} and {@code A_b}.{@code c}), Unicode, trailing digits and underscores, the escape space
 * {@code _L…} — must get from TLC (on the translation) the explorer's verdict, the same distinct and generated
 * counts when the model holds, and a counterexample of the same length (read back and matched step by step) when
 * it does not. TLC forks a JVM per try (about 2 s), hence few tries; each try packs about 25 adversarial names.
 */
class AdversarialNamesProperties {
    /**
     * Names Lockstep accepts as identifiers, chosen to collide with what the translation generates. Not
     * {@code network} (a Lockstep keyword) nor {@code BOOLEAN} (a set, which cannot name a node); {@code Nat} and
     * {@code Int} can name anything but a node, so a few tries are discarded.
     */
    static final List<String> POOL = List.of(
            // the generated module's operators and variable, and names the translation derives
            "Init", "Next", "Spec", "Fairness", "vars", "roleVars", "Network_Drop", "Network", "Drop",
            "Deliverable", "InFlight", "Send", "Remove", "Msgs", "Min_", "NodeOrder", "R_nodes", "nodes",
            "Constraint_m", "m_Ring", "m",
            // formal parameters and LET names inside the helpers
            "S", "x", "y", "c", "i", "f", "d", "net", "msg", "msgs", "new",
            // TLC's standard modules
            "Print", "PrintT", "Assert", "Seq", "Nat", "Int", "TLCGet", "TLCSet", "Permutations", "ToString", "Any",
            "JavaTime", "SortSeq", "RandomElement", "TLCEval", "IsFiniteSet", "SelectSeq", "TLC", "Naturals",
            // TLA+ and .cfg keywords Lockstep does not reserve
            "THEOREM", "LAMBDA", "ASSUME", "CONSTANT", "VARIABLE", "MODULE", "EXTENDS", "LOCAL", "BY", "QED", "NEW",
            "INIT", "NEXT", "SPECIFICATION", "INVARIANT", "PROPERTY", "CONSTRAINT", "SYMMETRY", "VIEW", "ALIAS",
            "STRING", "ENABLED", "UNCHANGED", "INSTANCE", "WITH",
            // fairness prefixes
            "WF_x", "SF_y", "WF_vars", "WF_",
            // trailing digits and underscores, the escape space of TlaNames.ident
            "x_1", "x1", "a_", "a__", "_a", "_", "__", "_L", "_Lx", "_L__a", "_L_e9_t", "A_b_c", "A_b_c_1",
            // Unicode
            "état", "Nœuds", "π", "δ_1", "ÉTAT", "日本", "ñ");

    /** Slots of the spec template; each gets a distinct name from the pool. */
    static final List<String> SLOTS = List.of("P", "NodeC", "NodesC", "SeqC", "E", "L1", "L2", "M", "F", "G", "R1",
            "V1", "V2", "A1", "R2", "V3", "B", "A2", "Q4", "W", "K", "Q5", "D", "Q", "Q2", "Q3", "I", "Pr", "Q6", "Mo", "N1", "N2", "N3");

    private static final String TEMPLATE = """
            protocol P
            const NodeC: node
            const NodesC: set<node>
            const SeqC: seq<node>
            enum E { L1, L2 }
            message M { F: int, G: E }
            network NET
            role R1 at NodesC {
              var V1: int = 0
              var V2: E = L1
              fair auto action A1 when V1 < 1 do V1' = V1 + 1 ; V2' = L2 ; send M { F: V1 + 1, G: V2 } to NodeC
            }
            role R2 at {NodeC} {
              var V3: int = 0
              var W: [F: int, G: E] = [F |-> 0, G |-> L1]
              var K: map<E, int> = [Q5 \\in {L1, L2} |-> 0]
              on receive B: M as A2(Q4 \\in {0}) when V3 < 2 do
                V3' = V3 + B.F + D(V3) + Q4
                W' = [W EXCEPT !.F = @ + 1, !.G = B.G]
                K' = [K EXCEPT ![B.G] = @ + 1]
            }
            def D(Q: int) == IF \\E Q2 \\in NodesC : Q2 = SeqC[1] THEN Q * 0 ELSE 1
            invariant I == \\A Q3 \\in NodesC : R1[Q3].V1 <= BOUND
            property Pr == <>(\\A Q6 \\in NodesC : R1[Q6].V1 = 1)
            model Mo { NodesC = {N1, N2}  NodeC = N3  SeqC = <<N2, N3>>  constraint R2[NodeC].V3 <= 2 }
            """;

    private static final Pattern SLOT_WORD = Pattern.compile("(?<![\\p{L}\\p{N}_\\\\])(" + String.join("|", SLOTS)
            + ")(?![\\p{L}\\p{N}_])");

    /** One generated spec: slot → name, the network kind, and the invariant's bound (0 is violated, 1 holds). */
    record Case(Map<String, String> names, String network, int bound) {
        String text() {
            String t = TEMPLATE.replace("NET", network).replace("BOUND", Integer.toString(bound));
            // One pass over whole words (not after a backslash: \\E is an operator), so no name is replaced twice.
            return SLOT_WORD.matcher(t).replaceAll(r -> Matcher.quoteReplacement(names.get(r.group())));
        }

        @Override
        public String toString() { return text(); }
    }

    @Provide
    Arbitrary<Case> specs() {
        Arbitrary<List<String>> names = Arbitraries.of(POOL).list().ofSize(SLOTS.size()).uniqueElements();
        Arbitrary<String> network = Arbitraries.of("bag lossy", "fifo lossy duplicating", "set lossy");
        Arbitrary<Integer> bound = Arbitraries.of(0, 1);
        Arbitrary<Boolean> mangle = Arbitraries.of(true, false);
        return Combinators.combine(names, network, bound, mangle).as((list, net, b, mg) -> {
            Map<String, String> m = new TreeMap<>();
            for (int i = 0; i < SLOTS.size(); i++) m.put(SLOTS.get(i), list.get(i));
            if (mg) { // role R1 var V1 and role R2 var V3 join to the same Role_var spelling
                String displaced = m.get("V3");
                m.replaceAll((slot, name) -> name.equals("c") ? displaced : name); // "c" is in the pool
                m.put("R1", "A");
                m.put("V1", "b_c");
                m.put("R2", "A_b");
                m.put("V3", "c");
            }
            return new Case(m, net, b);
        });
    }

    @Property(tries = 15, shrinking = ShrinkingMode.BOUNDED, maxDiscardRatio = 10)
    void tlcAgreesWithTheExplorerWhateverTheNames(@ForAll("specs") Case c) {
        Frontend.Compilation compiled = Frontend.compile("adversarial.lstep", c.text());
        // Lockstep itself rejects a few combinations (Nat or Int as a node name).
        Assume.that(compiled.ok());
        CheckedSpec spec = compiled.spec().orElseThrow();
        CrossCheckTest.crossCheck(spec, c.names().get("Mo"));
    }

    /** The hand-picked worst case: every slot named like something the module defines, and a violation to read. */
    @Example
    void theWorstNamesTogether() {
        Map<String, String> m = new TreeMap<>(Map.ofEntries(
                Map.entry("P", "TLC"), Map.entry("NodeC", "Init"), Map.entry("NodesC", "S"), Map.entry("SeqC", "m_Ring"),
                Map.entry("E", "Seq"), Map.entry("L1", "état"), Map.entry("L2", "ÉTAT"), Map.entry("M", "Msgs"),
                Map.entry("F", "THEOREM"), Map.entry("G", "π"), Map.entry("R1", "A"), Map.entry("V1", "b_c"),
                Map.entry("V2", "WF_x"), Map.entry("A1", "Send"), Map.entry("R2", "A_b"), Map.entry("V3", "c"),
                Map.entry("B", "msg"), Map.entry("A2", "Remove"), Map.entry("Q4", "net"), Map.entry("W", "TLCGet"), Map.entry("K", "INIT"), Map.entry("Q5", "f"), Map.entry("D", "Deliverable"), Map.entry("Q", "x"),
                Map.entry("Q2", "Nœuds"), Map.entry("Q3", "NodeOrder"), Map.entry("I", "Next"), Map.entry("Pr", "Fairness"), Map.entry("Q6", "self_"), Map.entry("Mo", "m"),
                Map.entry("N1", "vars"), Map.entry("N2", "_L_e9_t"), Map.entry("N3", "Spec")));
        for (int bound : new int[] {0, 1}) {
            Case c = new Case(m, "bag lossy", bound);
            Frontend.Compilation compiled = Frontend.compile("worst.lstep", c.text());
            assertTrue(compiled.ok(), () -> c.text() + DiagnosticPrinter.render(compiled.diagnostics()));
            CrossCheckTest.crossCheck(compiled.spec().orElseThrow(), "m");
        }
    }
}
