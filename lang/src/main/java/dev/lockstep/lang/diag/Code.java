package dev.lockstep.lang.diag;

/**
 * Stable diagnostic codes. The id never changes meaning once released; new problems get new ids.
 * Ranges: LS0xx lexical, LS1xx syntax, LS2xx names, LS3xx types, LS4xx roles and actions,
 * LS5xx invariants and properties, LS6xx models, LS7xx evaluation faults, LS80x model checking with TLC,
 * LS85x Java generation, LS87x prover (Z3 backend), LS9xx input/output.
 */
public enum Code {
    UNEXPECTED_CHARACTER("LS001", "unexpected character"),
    UNTERMINATED_STRING("LS002", "unterminated string literal"),
    UNTERMINATED_COMMENT("LS003", "unterminated block comment"),
    INTEGER_TOO_LARGE("LS004", "integer literal does not fit in 64 bits"),
    BAD_DURATION("LS005", "malformed duration"),

    UNEXPECTED_TOKEN("LS101", "unexpected token"),
    MISSING_PROTOCOL("LS102", "the file must start with 'protocol Name'"),
    BAD_DECLARATION("LS103", "not a declaration"),
    BAD_PRIME("LS104", "primed name outside an assignment"),
    UNSUPPORTED_SYNTAX("LS105", "syntax Lockstep does not support"),
    NESTED_TOO_DEEPLY("LS106", "expression nested too deeply"),

    UNKNOWN_NAME("LS201", "unknown name"),
    DUPLICATE_DECLARATION("LS202", "declared twice"),
    UNKNOWN_MESSAGE("LS203", "unknown message type"),
    UNKNOWN_FIELD("LS204", "unknown field"),
    @Reserved("no check produces it: an undeclared name, whatever it was meant to name, is reported as LS201")
    UNKNOWN_ROLE("LS205", "unknown role"),
    UNKNOWN_TYPE("LS206", "unknown type"),
    DUPLICATE_ENUM_LABEL("LS207", "enum label declared in two enums"),
    RESERVED_FIELD("LS208", "reserved message field name"),
    RECURSIVE_DEFINITION("LS209", "recursive definition"),
    MISSING_FIELD("LS210", "missing field in message or record"),
    WRONG_ARITY("LS211", "wrong number of arguments"),
    UNKNOWN_VAR("LS212", "unknown role variable"),
    NOT_A_VALUE("LS213", "the name of a declaration that is not a value"),
    NODE_NAME_TAKEN("LS214", "a node name in a model binding is already a declared name or enum label"),
    SYMMETRY_NOT_NODE_SET("LS215", "only a constant of type set<node> can be declared symmetric"),
    SYMMETRY_ORDER_DEPENDENT("LS216", "a model with symmetry uses CHOOSE over nodes, which depends on their order"),
    SYMMETRY_WITH_PROPERTY("LS217", "a model with symmetry checks a temporal property"),
    SYMMETRY_BROKEN_BY_BINDING("LS218", "a constant's value singles out nodes of a symmetric set"),
    SYMMETRIC_TWICE("LS219", "a constant is declared symmetric twice in one model"),
    UNKNOWN_TIMER("LS220", "restart or cancel names no action"),
    TIMER_OF_OTHER_ROLE("LS221", "restart or cancel names an action of another role"),
    NOT_A_TIMER("LS222", "restart or cancel names an action that is not a timer action"),
    TIMER_CONTROLLED_TWICE("LS223", "one timer restarted or cancelled twice in one action"),
    CRASH_BOUND_WITHOUT_CRASHES("LS230", "a model bounds crashes, but no role crashes"),
    CRASHES_UNBOUNDED("LS231", "a role crashes, but a model does not bound the crashes (or bounds them above 1000)"),
    DURABLE_WITHOUT_CRASHES("LS232", "a durable variable in a role that does not crash"),
    VOLATILE_INIT_FROM_SET("LS233", "a crashing role's volatile variable starts from a set of values"),
    RESTART_WITHOUT_CRASHES("LS234", "an 'on restart' action in a role that does not crash"),
    RESTART_TIMER_STATEMENT("LS235", "a timer statement in an 'on restart' action (the runtime re-arms timers at recovery)"),
    DUPLICATE_RESTART("LS236", "a role with two 'on restart' actions"),
    BAD_TRANSITION_PROPERTY("LS240", "a primed read outside a transition property [](P), or temporal operators in P"),
    NESTED_PRIME("LS241", "a primed expression primed again"),
    UNKNOWN_FAIR_ACTION("LS242", "a fairness group names no action"),
    GHOST_READ_BY_NODE("LS243", "a ghost variable read by what the generated node computes"),
    GHOST_INIT_FROM_SET("LS244", "a ghost variable starts from a set of values"),
    STABLE_INIT_FROM_SET("LS245", "a stable variable starts from a set of values"),
    LOSSY_ANY_NOT_FIFO("LS250", "'lossy any' on a network that is not a lossy fifo"),
    CHANNEL_NOT_FIFO("LS251", "Channel or ChannelLen on a network that is not fifo"),
    PARTITION_GROUPS_NOT_CONSTANT("LS252", "a partitioned instance's groups (or 'over' set) are not a fitting constant"),
    PARTITION_NOT_LITERAL("LS253", "a model binds a partition's groups to something other than a literal set of node sets"),
    PARTITION_EMPTY_GROUP("LS254", "a model gives a partitioned instance an empty group"),
    PARTITION_OVERLAP("LS255", "a node is in two groups of a partitioned instance"),
    PARTITION_NOT_COVERING("LS256", "the groups of a partitioned instance do not cover its 'over' set exactly"),
    PARTITION_NESTED("LS257", "a partitioned instance inside an instantiated spec"),
    INSTANCE_FILE_UNREADABLE("LS260", "an instantiated spec file cannot be read"),
    INSTANCE_CYCLE("LS261", "specs instantiate each other in a cycle"),
    INSTANCE_UNBOUND_CONSTANT("LS262", "an instance does not bind a constant of the instantiated spec"),
    INSTANCE_UNKNOWN_CONSTANT("LS263", "an instance binds a name that is not a constant of the instantiated spec"),
    INSTANCE_CONSTANT_BOUND_TWICE("LS264", "an instance binds a constant twice"),
    INSTANCE_NAME_CLASH("LS265", "a qualified name of an instance clashes with another declaration"),
    INSTANCE_NETWORK_MISMATCH("LS266", "the instantiated spec assumes another network"),
    INSTANCE_HAS_ERRORS("LS267", "the instantiated spec has errors"),
    INSTANCE_UNKNOWN_MEMBER("LS268", "Instance.Name names nothing the instance declares"),
    NOT_THE_PEER("LS270", "an exchange writes a node's variable, but the node is not its peer"),
    BAD_EXCHANGE_RATE("LS271", "an exchange's rate is not a positive integer literal"),
    COMPOSE_NOT_AN_EXCHANGE("LS272", "a composition names something that is not an uncomposed exchange of the role"),
    COMPOSE_SHARED_STATE("LS273", "composed exchanges write a common variable (no state preservation)"),
    ROUND_ROBIN_UNEQUAL_RATES("LS274", "round-robin composition of exchanges with unequal rates"),
    COMPOSE_UNSUPPORTED("LS275", "a composition this version cannot desugar (peers named differently, statements"
            + " other than assignments)"),
    UNKNOWN_COMPOSITION("LS276", "an unknown composition operator"),
    COMPOSE_TOO_MANY("LS277", "an independent or round-robin composition of more than two exchanges"),
    WEIGHT_READS_PEER("LS278", "a weight in a correlated merge reads the peer's variables (its total would read every"
            + " peer's)"),

    PARTITION_REFUSED("LS280", "transform partition: the role cannot be sharded by its key (a guard quantifies across keys, ...)"),
    PARTITION_UNSUPPORTED("LS281", "transform partition: a shape it does not shard (key type, nodes, route)"),
    SHARDED_ROLE_READ("LS282", "transform partition: the spec reads the sharded role's node or state from outside it"),
    DECOUPLE_UNSAFE("LS283", "transform decouple: proxies would change the behaviour (fifo with several proxies, ...)"),
    DECOUPLE_UNSUPPORTED("LS284", "transform decouple: the action is not a broadcast it can route through proxies"),
    REPLICATE_NOT_MONOTONE("LS285", "transform replicate: the role has a coordination point"),
    REPLICATE_UNSUPPORTED("LS286", "transform replicate: a role shape it does not replicate"),
    TRANSFORM_TARGET_UNKNOWN("LS287", "a transform names a role or action the spec does not have"),
    TRANSFORM_NETWORK("LS290", "a transform does not apply to the spec's network, or cannot write the one asked for"),
    TRANSFORM_UNSUPPORTED("LS291", "a construct the transform does not rewrite"),
    TRANSFORM_NAME_CLASH("LS292", "a name the transform adds is already declared"),
    @NotProvokedByTests("only a transform that writes a spec the checker rejects (a Lockstep bug) produces it")
    TRANSFORM_OUTPUT_INVALID("LS293", "the transformed spec does not compile (a Lockstep bug)"),
    REFINEMENT_MAP_INVALID("LS295", "a refinement map names no variable, or maps one twice"),
    REFINEMENT_MODELS_DIFFER("LS296", "the two specs' models have different nodes for a role"),

    TYPE_MISMATCH("LS301", "type mismatch"),
    NOT_A_SET("LS302", "expected a set"),
    NOT_APPLICABLE("LS303", "cannot apply or select from this value"),
    @Reserved("no check produces it; the id stays allotted so it never changes meaning")
    CANNOT_INFER("LS304", "cannot infer a type"),
    NOT_COMPARABLE("LS305", "values of these types cannot be compared"),

    WRITE_OUTSIDE_ROLE("LS401", "action writes a variable it does not own"),
    DOUBLE_ASSIGNMENT("LS402", "variable assigned twice in one action"),
    INFINITE_DOMAIN("LS403", "action parameter domain is not finite"),
    REMOTE_READ_IN_ACTION("LS404", "action reads another node's state"),
    NETWORK_READ_IN_ACTION("LS405", "action reads the network directly"),
    SELF_OUTSIDE_ROLE("LS406", "'self' outside a role"),
    BAD_SEND_TARGET("LS407", "send target must be a node or a set of nodes"),
    LOCAL_VAR_OUTSIDE_ROLE("LS408", "role variable used without a node"),
    BAD_TIMER("LS409", "timer bounds are not an interval"),
    DUPLICATE_ACTION("LS410", "two actions with the same name in one role"),
    INFINITE_ENUMERATION("LS411", "set is not finite"),
    PEER_WRITE_OUTSIDE_EXCHANGE("LS412", "an action that is not an exchange writes another node's variable"),
    EXCHANGE_WRITES_OTHER_ROLE("LS413", "an exchange writes a variable of another role"),
    SEND_IN_EXCHANGE("LS414", "an exchange sends a message"),
    UNKNOWN_LAYER("LS415", "a role 'reads' a name that is not another role"),
    EPOCH_NOT_AN_EXCHANGE("LS416", "'compose epochs' names something that is not an uncomposed exchange of the role"),
    EPOCH_NAME_CLASH("LS417", "a name 'compose epochs' adds (backup variable, epoch counter, end action) is taken"),
    EPOCH_INIT_NOT_REPEATABLE("LS418", "'compose epochs': a variable the exchange writes has no initial expression that"
            + " can be evaluated again at an epoch's end"),
    EPOCH_UNSUPPORTED("LS419", "'compose epochs' over an exchange with statements other than assignments"),

    TEMPORAL_IN_STATE_PREDICATE("LS501", "temporal operator in a state predicate"),
    NOT_A_PREDICATE("LS502", "expected a boolean predicate"),

    UNBOUND_CONSTANT("LS601", "model does not bind a constant"),
    UNKNOWN_CONSTANT("LS602", "model binds an unknown constant"),
    CONSTANT_BOUND_TWICE("LS603", "model binds a constant twice"),
    NOT_CONSTANT("LS604", "model binding is not a constant expression"),
    UNKNOWN_MODEL("LS605", "no such model"),
    UNKNOWN_CHECK("LS606", "model checks an unknown invariant or property"),
    BAD_BINDING_VALUE("LS607", "model binding does not evaluate to a value of the constant's type"),
    NO_MODEL("LS608", "spec declares no model"),

    FUNCTION_OUTSIDE_DOMAIN("LS701", "function applied outside its domain"),
    CHOOSE_FAILED("LS702", "CHOOSE found no element"),
    OVERFLOW("LS703", "integer overflow beyond 64 bits"),
    DIVISION_BY_ZERO("LS704", "division by zero"),
    EMPTY_SEQUENCE("LS705", "Head or Tail of an empty sequence"),
    EVALUATION_FAULT("LS706", "evaluation fault"),
    NOT_ENUMERABLE("LS707", "set too large or infinite to enumerate"),
    STORE_MEMORY_EXCEEDED("LS708", "the explorer's state store outgrew its memory budget (--memory)"),
    QUEUE_SPILL_FAILED("LS709", "the explorer could not write or read the part of its queue spilled to disk"),
    CHECKPOINT_WRITE_FAILED("LS710", "the explorer could not write its checkpoint (--checkpoint)"),
    CHECKPOINT_INVALID("LS711", "a checkpoint cannot be resumed: missing, damaged, or of another spec, model or options"),
    CHECKPOINT_STOPPED("LS712", "the search stopped after writing a checkpoint (--stop-after-level)"),

    TLC_REJECTED_TRANSLATION("LS801", "TLC rejected the generated TLA+ (a Lockstep bug)"),
    TLC_OUT_OF_MEMORY("LS802", "TLC ran out of memory"),
    TLC_TIMEOUT("LS803", "TLC did not finish in time"),
    TLC_NO_JAVA("LS804", "cannot start a Java VM for TLC"),
    TLC_FAILED("LS805", "TLC stopped with an error"),
    @NotProvokedByTests("only a disagreement between the TLA+ translation and the explorer (a Lockstep bug) produces it")
    TLC_TRACE_MISMATCH("LS806", "TLC's counterexample is not a behaviour of the spec (a Lockstep bug)"),
    TLC_INTEGER_RANGE("LS807", "an integer outside TLC's 32-bit range"),
    TLC_NO_INITIAL_STATE("LS808", "TLC found no initial state where the spec has some (a Lockstep bug)"),

    JAVA_UNSUPPORTED("LS850", "construct the Java backend does not support"),
    @NotProvokedByTests("only generated Java that javac rejects (a Lockstep bug) produces it")
    JAVA_COMPILE_FAILED("LS851", "the generated Java does not compile (a Lockstep bug)"),
    @NotProvokedByTests("tests run on a JDK, which always has a compiler")
    NO_JAVA_COMPILER("LS852", "no Java compiler in this JVM"),
    JAVA_LAYER_NAME_CLASH("LS853", "a layered role and a role it reads name an action alike (they run as one machine)"),

    UNSUPPORTED_BY_PROVER("LS870", "construct outside the fragment the Z3 backend encodes"),

    IO_ERROR("LS901", "cannot read input"),

    CLUSTER_CONFIG("LS910", "bad cluster setting (member list, port, cluster name, secret)"),
    CLUSTER_JOIN_FAILED("LS911", "cannot start a cluster member or reach a worker"),
    CLUSTER_UNAUTHENTICATED("LS912", "a cluster member without the cluster's secret"),
    CLUSTER_MEMBER_LOST("LS913", "a cluster member left during a distributed search"),
    CLUSTER_UNSUPPORTED("LS914", "an option a distributed search does not support"),
    PARTIAL_MAPPING_INVALID("LS940", "a partial-trace mapping that cannot be read or names what the model lacks"),
    PARTIAL_LOG_MALFORMED("LS941", "a log line the partial-trace mapping cannot read"),
    PARTIAL_SEARCH_LIMIT("LS942", "a partial-trace search that would hold more states than its bound"),
    LOGBACK_SETTING_INVALID("LS943", "a lockstep-logback appender setting that is missing or invalid"),
    LOGBACK_FILE_UNWRITABLE("LS944", "a lockstep-logback appender that cannot create or write its log file"),
    PARTIAL_CLOCK_INVALID("LS945", "a per-node partial log line whose clock or timestamp is missing, malformed or goes back"),
    LINK_FAULTS_INVALID("LS965", "a --link-faults rule that is malformed, names a node the model lacks, or asks for a fault the spec's network never has");

    private final String id;
    private final String summary;

    Code(String id, String summary) {
        this.id = id;
        this.summary = summary;
    }

    public String id() { return id; }

    public String summary() { return summary; }
}
