package dev.lockstep.modelcheck;

import dev.lockstep.lang.ir.CheckedSpec;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How spec names become TLA+ names, kept in one place so the translator and the result reader agree.
 *
 * <p>Two layers make the naming injective and hygienic by construction:
 * <ol>
 *   <li>{@link #ident} turns one spec identifier into a valid ASCII TLA+ identifier, injectively: an ordinary name
 *       (ASCII letter first, then ASCII letters, digits, underscores; not a TLA+ or .cfg keyword; no
 *       {@code WF_}/{@code SF_} prefix) stays as it is; any other name is escaped into the disjoint space of names
 *       starting with {@code _L}, which no ordinary name can start with. Record fields use it directly (they are a
 *       namespace of their own in TLA+).</li>
 *   <li>Every top-level name of the module (constants, definitions, invariants, properties, role variables, node
 *       sets, actions, node model values, per-model definitions) is <em>allocated</em>: its
 *       readable spelling ({@code Role_var}) is taken if it is free, otherwise a numeric suffix is added
 *       ({@code Role_var_1}). Free means not {@link #reserved} (keywords, the operators of the standard modules
 *       the module extends, the generated helpers with their formal parameters and LET names) and not allocated
 *       before. So no two spec names share a TLA+ name and none clashes with anything the module defines.</li>
 * </ol>
 * Bound names go through {@link #ident} and are then made unique against every top-level name and every
 * enclosing binder by {@link TlaExprPrinter}.
 */
public final class TlaNames {
    // The generated module's own operators and variable. Every one of them is reserved.
    static final String NETWORK = "network";
    /** Network helpers: one message sent, one message per destination of a set, a received message removed. */
    static final String SEND = "Send";
    static final String SEND_ALL = "SendAll";
    static final String REMOVE = "Remove";
    /** Removes the messages a quorum receive consumed (bag and fifo networks; printed only when a spec has one). */
    static final String REMOVE_ALL = "RemoveAll";
    /** A fifo channel's message with the channel's ends added back as src and dst. */
    static final String WITH_ENDS = "WithEnds";
    /** A set network's message (stored without its dst) with a destination added back. */
    static final String WITH_DST = "WithDst";
    static final String DROP = "Network_Drop";
    static final String DUPLICATE = "Network_Duplicate";
    static final String CRASH = "Node_Crash";
    static final String CRASH_COUNT = "crashCount";
    static final String CRASH_BOUND = "CrashBound";
    static final String INIT = "Init";
    static final String NEXT = "Next";
    static final String SPEC = "Spec";
    static final String FAIRNESS = "Fairness";
    static final String VARS = "vars";
    static final String ROLE_VARS = "roleVars";
    static final String DELIVERABLE = "Deliverable";
    static final String IN_FLIGHT = "InFlight";
    static final String MSGS = "Msgs";
    static final String MIN = "Min";
    static final String MAX = "Max";
    /** The acting node, the formal parameter of every action operator. */
    static final String SELF = "self";

    /** TLA+'s reserved words, and the keywords of TLC's .cfg files (a constant named INIT breaks the .cfg). */
    static final Set<String> KEYWORDS = Set.of(
            "ACTION", "ASSUME", "ASSUMPTION", "AXIOM", "BOOLEAN", "BY", "CASE", "CHOOSE", "CONSTANT", "CONSTANTS",
            "COROLLARY", "DEF", "DEFINE", "DEFS", "DOMAIN", "ELSE", "ENABLED", "EXCEPT", "EXTENDS", "FALSE", "HAVE",
            "HIDE", "IF", "IN", "INSTANCE", "LAMBDA", "LEMMA", "LET", "LOCAL", "MODULE", "NEW", "OBVIOUS", "OMITTED",
            "ONLY", "OTHER", "PICK", "PROOF", "PROPOSITION", "PROVE", "QED", "RECURSIVE", "SF_", "STATE", "STRING",
            "SUBSET", "SUFFICES", "TAKE", "TEMPORAL", "THEN", "THEOREM", "TRUE", "UNCHANGED", "UNION", "USE",
            "VARIABLE", "VARIABLES", "WF_", "WITH", "WITNESS",
            // .cfg keywords
            "INIT", "NEXT", "SPECIFICATION", "INVARIANT", "INVARIANTS", "PROPERTY", "PROPERTIES", "CONSTRAINT",
            "CONSTRAINTS", "ACTION_CONSTRAINT", "ACTION_CONSTRAINTS", "SYMMETRY", "VIEW", "CHECK_DEADLOCK",
            "POSTCONDITION", "ALIAS");

    /**
     * The operators of the modules the translation EXTENDS (Integers, Sequences, FiniteSets, TLC and what they
     * extend), and the names of those modules (the module itself must not be called like one of them).
     */
    static final Set<String> STANDARD = Set.of(
            "Nat", "Int", "Seq", "Len", "Append", "Head", "Tail", "SubSeq", "SelectSeq", "IsFiniteSet",
            "Cardinality", "Print", "PrintT", "Assert", "JavaTime", "TLCGet", "TLCSet", "Permutations", "SortSeq",
            "RandomElement", "Any", "ToString", "TLCEval",
            "Integers", "Naturals", "Sequences", "FiniteSets", "TLC", "Bags", "Reals", "RealTime", "Randomization",
            "Toolbox", "TLCExt");

    /** The generated module's own top-level names: a bound name must not be spelled like one either. */
    static final Set<String> HELPERS = Set.of(
            NETWORK, DROP, DUPLICATE, CRASH, CRASH_COUNT, CRASH_BOUND, INIT, NEXT, SPEC, FAIRNESS, VARS, ROLE_VARS, SEND, SEND_ALL, REMOVE, REMOVE_ALL,
            WITH_ENDS, WITH_DST, DELIVERABLE, IN_FLIGHT, MSGS, MIN, MAX, SELF);

    /**
     * The formal parameters and LET/bound names inside the generated helpers and environment actions. SANY rejects
     * a top-level name equal to any of them; a spec's bound names may reuse them (their scopes never meet).
     * {@code TlaNamesTest} checks that every identifier the helpers print is in {@link #RESERVED}.
     */
    static final Set<String> HELPER_LOCALS = Set.of(
            "S", "D", "F", "x", "y", "i", "c", "d", "k", "f", "net", "msg", "msgs", "new", "src", "type");

    /** Helpers printed only when a spec uses them: {@code lossy any}'s Drop and the network reads of invariants. */
    static final String REMOVE_AT = "RemoveAt";
    static final String COPIES = "Copies";
    static final String CHANNEL = "Channel";
    static final String CHANNEL_LEN = "ChannelLen";
    static final Set<String> NETWORK_READ_HELPERS = Set.of(REMOVE_AT, COPIES, CHANNEL, CHANNEL_LEN);
    /** Their formal parameters and LET names (besides those of {@link #HELPER_LOCALS}). */
    static final Set<String> NETWORK_READ_LOCALS = Set.of("pos", "dst", "q");

    /** What a spec's bound names must not be spelled as (besides the module's top-level names). */
    private static final Set<String> RESERVED_FOR_BINDERS = Stream.of(KEYWORDS, STANDARD, HELPERS, NETWORK_READ_HELPERS)
            .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    /** Everything a spec's top-level name must not be spelled as. */
    static final Set<String> RESERVED = Stream.of(RESERVED_FOR_BINDERS, HELPER_LOCALS, NETWORK_READ_LOCALS)
            .flatMap(Set::stream)
            .collect(Collectors.toUnmodifiableSet());

    /** Whether {@code name} must not be a top-level name of the module. */
    static boolean reserved(String name) {
        return RESERVED.contains(name) || fairnessPrefixed(name);
    }

    /** Whether {@code name} must not be a bound name (beside being no top-level name nor an enclosing binder). */
    static boolean reservedForBinders(String name) {
        return RESERVED_FOR_BINDERS.contains(name) || fairnessPrefixed(name);
    }

    private static boolean fairnessPrefixed(String name) {
        return name.startsWith("WF_") || name.startsWith("SF_");
    }

    /** Prefix of escaped identifiers; an ordinary identifier never starts with '_'. */
    private static final String ESCAPE = "_L";

    /**
     * One spec identifier as a valid ASCII TLA+ identifier, injectively (see the class comment). Escaping: each
     * ASCII letter or digit stays, '_' becomes "__", any other character becomes "_" + its code point in lower-case
     * hex + "_" (a literal letter never follows a single '_', so decoding is unambiguous).
     */
    static String ident(String name) {
        if (ordinary(name)) return name;
        StringBuilder b = new StringBuilder(ESCAPE);
        name.codePoints().forEach(cp -> {
            if (cp == '_') b.append("__");
            else if (asciiLetter(cp) || (cp >= '0' && cp <= '9')) b.appendCodePoint(cp);
            else b.append('_').append(Integer.toHexString(cp)).append('_');
        });
        return b.toString();
    }

    /** The spec identifier {@link #ident} turned into {@code tla}. */
    static String unident(String tla) {
        if (!tla.startsWith(ESCAPE)) return tla;
        StringBuilder b = new StringBuilder();
        for (int i = ESCAPE.length(); i < tla.length(); i++) {
            char c = tla.charAt(i);
            if (c != '_') {
                b.append(c);
            } else if (tla.charAt(i + 1) == '_') {
                b.append('_');
                i++;
            } else {
                int end = tla.indexOf('_', i + 1);
                b.appendCodePoint(Integer.parseInt(tla.substring(i + 1, end), 16));
                i = end;
            }
        }
        return b.toString();
    }

    private static boolean ordinary(String name) {
        if (name.isEmpty() || !asciiLetter(name.charAt(0)) || KEYWORDS.contains(name) || fairnessPrefixed(name)) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!asciiLetter(c) && !(c >= '0' && c <= '9') && c != '_') return false;
        }
        return true;
    }

    private static boolean asciiLetter(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

    // ---- the allocated top-level names of one translation ---------------------------------------------------

    private enum Kind { MODULE, CONST, DEF, INVARIANT, PROPERTY, NODES, VAR, ACTION, NODE, NODE_ORDER, BINDING, CONSTRAINT,
        SYMMETRY }

    private record Key(Kind kind, List<String> parts) {}

    /** Every allocated name, model values included: allocation keeps them distinct. */
    private final Set<String> taken = new HashSet<>();
    /** The symbols the module declares or defines (model values of .cfg right-hand sides are none). */
    private final Set<String> symbols = new HashSet<>();
    private final Map<Key, String> names = new HashMap<>();
    private final Map<String, String> nodeOfTla = new HashMap<>();

    private TlaNames() {}

    /**
     * Allocates every top-level name of {@code spec}'s translation. {@code nodes}: every node name of the models;
     * {@code declared}: those the module declares as constants; {@code models}: the names of the models
     * translated. Spec-level names go first, so they keep their spelling whenever it is free.
     */
    static TlaNames allocate(CheckedSpec spec, Collection<String> nodes, Set<String> declared, Collection<String> models) {
        TlaNames n = new TlaNames();
        // A module's name is no symbol of its own (SANY accepts MODULE Init defining Init); it must only differ
        // from the modules it extends.
        String module = ident(spec.name());
        n.names.put(new Key(Kind.MODULE, List.of()), STANDARD.contains(module) ? module + "_1" : module);
        spec.consts().forEach(c -> n.allocate(key(Kind.CONST, c.name()), ident(c.name())));
        spec.defs().forEach(d -> n.allocate(key(Kind.DEF, d.name()), ident(d.name())));
        spec.invariants().forEach(i -> n.allocate(key(Kind.INVARIANT, i.name()), ident(i.name())));
        spec.properties().forEach(p -> n.allocate(key(Kind.PROPERTY, p.name()), ident(p.name())));
        for (CheckedSpec.Role r : spec.roles()) {
            r.vars().forEach(v -> n.allocate(key(Kind.VAR, r.name(), v.name()), ident(r.name()) + "_" + ident(v.name())));
        }
        for (CheckedSpec.Role r : spec.roles()) {
            r.actions().forEach(a -> n.allocate(key(Kind.ACTION, r.name(), a.name()),
                    ident(r.name()) + "_" + ident(a.name())));
        }
        spec.roles().forEach(r -> n.allocate(key(Kind.NODES, r.name()), ident(r.name()) + "_nodes"));
        for (String node : nodes) {
            String tla = n.allocateNode(key(Kind.NODE, node), ident(node));
            n.nodeOfTla.put(tla, node);
            // A model value named only in the .cfg is no symbol of the module: a bound name may be spelled like it.
            if (!declared.contains(node)) n.symbols.remove(tla);
        }
        n.allocate(key(Kind.NODE_ORDER), "NodeOrder");
        for (String model : models) {
            spec.consts().forEach(c -> n.allocate(key(Kind.BINDING, model, c.name()),
                    ident(model) + "_" + ident(c.name())));
            n.allocate(key(Kind.CONSTRAINT, model), "Constraint_" + ident(model));
        }
        // Last, so that adding symmetry to a model renames nothing else.
        for (String model : models) {
            if (spec.model(model).map(m -> !m.symmetric().isEmpty()).orElse(false)) {
                n.allocate(key(Kind.SYMMETRY, model), "Symmetry_" + ident(model));
            }
        }
        return n;
    }

    private static Key key(Kind kind, String... parts) { return new Key(kind, List.of(parts)); }

    private String allocate(Key key, String spelling) {
        String name = spelling;
        for (int i = 1; taken.contains(name) || reserved(name); i++) name = spelling + "_" + i;
        taken.add(name);
        symbols.add(name);
        names.put(key, name);
        return name;
    }

    /**
     * A node's model value. TLC gives a model value named like {@code a_1} (a letter, '_', more) the type "a" and
     * refuses to compare model values of different types, so such a spelling, or one that is not free, becomes
     * {@code node_<spelling>} (plus a suffix if needed), which TLC leaves untyped.
     */
    private String allocateNode(Key key, String spelling) {
        if (!typedByTlc(spelling) && !taken.contains(spelling) && !reserved(spelling)) return allocate(key, spelling);
        return allocate(key, "node_" + spelling);
    }

    /** TLC's rule for typed model values ({@code tlc2.value.impl.ModelValue}). */
    static boolean typedByTlc(String modelValue) {
        return modelValue.length() > 2 && modelValue.charAt(1) == '_';
    }

    private String get(Kind kind, String... parts) {
        String name = names.get(key(kind, parts));
        if (name == null) throw new IllegalArgumentException("no TLA+ name for " + kind + " " + List.of(parts));
        return name;
    }

    /** The module's own symbols: a bound name must differ from them (and from {@link #reservedForBinders}). */
    Set<String> symbols() { return symbols; }

    /** The module's name (also its file name). */
    String module() { return names.get(new Key(Kind.MODULE, List.of())); }

    String constant(String name) { return get(Kind.CONST, name); }

    String def(String name) { return get(Kind.DEF, name); }

    String invariant(String name) { return get(Kind.INVARIANT, name); }

    String property(String name) { return get(Kind.PROPERTY, name); }

    /** A role variable: one TLA+ variable per (role, var), a function from the role's nodes. */
    String var(String role, String var) { return get(Kind.VAR, role, var); }

    /** The set of a role's nodes. */
    String nodes(String role) { return get(Kind.NODES, role); }

    /** One operator per action, with the acting node as its parameter. */
    String action(String role, String action) { return get(Kind.ACTION, role, action); }

    /** A node: a constant of the module bound to the model value of the same name. */
    String node(String node) { return get(Kind.NODE, node); }

    /**
     * The constant every .cfg binds first to the set of all nodes, listed in Lockstep's order: TLC orders model
     * values by their creation, i.e. their first mention in the .cfg, and so its CHOOSE then picks as Lockstep's.
     */
    String nodeOrder() { return get(Kind.NODE_ORDER); }

    /** The node a model value of TLC's output stands for. */
    String nodeOf(String tla) {
        String node = nodeOfTla.get(tla);
        if (node == null) throw new IllegalArgumentException("TLC's model value " + tla + " is not a node of the spec");
        return node;
    }

    /** A model's constraint. */
    String constraint(String model) { return get(Kind.CONSTRAINT, model); }

    /** A model's set of permutations, for the .cfg's SYMMETRY (models that declare symmetric sets only). */
    String symmetry(String model) { return get(Kind.SYMMETRY, model); }

    /** The definition of a model's constant value when the .cfg cannot spell it (sequences, functions, ...). */
    String binding(String model, String constant) { return get(Kind.BINDING, model, constant); }

    /** A record or message field. */
    static String field(String name) { return ident(name); }
}
