package dev.lockstep.modelcheck;

import java.util.Set;

/** How spec names become TLA+ names. Kept in one place so the translator and the result reader agree. */
final class TlaNames {
    private TlaNames() {}

    /** A role variable: one TLA+ variable per (role, var), a function from the role's nodes. */
    static String var(String role, String var) { return role + "_" + var; }

    /** The set of a role's nodes. */
    static String nodes(String role) { return role + "_nodes"; }

    /** One operator per action, with the acting node as its parameter. */
    static String action(String role, String action) { return role + "_" + action; }

    static final String NETWORK = "network";
    /** Network helpers: one message sent, one message per destination of a set, a received message removed. */
    static final String SEND = "Send";
    static final String SEND_ALL = "SendAll";
    static final String REMOVE = "Remove";
    /** A fifo channel's message with the channel's ends added back as src and dst. */
    static final String WITH_ENDS = "WithEnds";
    /** A set network's message (stored without its dst) with a destination added back. */
    static final String WITH_DST = "WithDst";
    static final String DROP = "Network_Drop";
    static final String DUPLICATE = "Network_Duplicate";

    static String constraint(String model) { return "Constraint_" + model; }

    /** The definition of a model's constant value when the .cfg cannot spell it (sequences, functions, ...). */
    static String binding(String model, String constant) { return model + "_" + constant; }

    /** TLA+ keywords and the names of the standard modules the translation extends: never usable as a binder. */
    static final Set<String> RESERVED = Set.of(
            "ASSUME", "ASSUMPTION", "AXIOM", "BOOLEAN", "CASE", "CHOOSE", "CONSTANT", "CONSTANTS", "DOMAIN", "ELSE",
            "ENABLED", "EXCEPT", "EXTENDS", "FALSE", "IF", "IN", "INSTANCE", "LET", "LOCAL", "MODULE", "OTHER",
            "SF_", "STRING", "SUBSET", "THEN", "THEOREM", "TRUE", "UNCHANGED", "UNION", "VARIABLE", "VARIABLES",
            "WF_", "WITH", "LAMBDA", "RECURSIVE", "Nat", "Int", "Seq", "Len", "Append", "Head", "Tail", "SubSeq",
            "SelectSeq", "Cardinality", "IsFiniteSet", "Print", "PrintT", "Assert", "JavaTime", "TLCGet", "TLCSet",
            "Permutations", "SortSeq", "RandomElement", "Any", "ToString", "TLCEval", "self", "vars", "roleVars",
            "Init", "Next", "Spec", "Fairness", "Min", "Max", "Deliverable", "InFlight", "Msgs", SEND, SEND_ALL, REMOVE, WITH_ENDS, WITH_DST,
            NETWORK, DROP, DUPLICATE);
}
