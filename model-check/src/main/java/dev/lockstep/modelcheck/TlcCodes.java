package dev.lockstep.modelcheck;

/**
 * The message codes of TLC 2.18 this module reads, copied from {@code tlc2.output.EC} in tla2tools
 * ({@code javap -constants tlc2.output.EC}); {@code TlcCodesTest} checks them against the jar's own class.
 */
final class TlcCodes {
    private TlcCodes() {}

    /** Not a TLC code: a line printed outside any message frame. */
    static final int UNFRAMED = -1;

    static final int GENERAL = 1000;
    static final int SYSTEM_OUT_OF_MEMORY = 1001;
    static final int SYSTEM_OUT_OF_MEMORY_TOO_MANY_INIT = 1002;
    static final int SYSTEM_OUT_OF_MEMORY_LIVENESS = 1003;
    static final int SYSTEM_STACK_OVERFLOW = 1005;
    static final int TLC_INVARIANT_VIOLATED_INITIAL = 2107;
    static final int TLC_INVARIANT_VIOLATED_BEHAVIOR = 2110;
    static final int TLC_INVARIANT_EVALUATION_FAILED = 2111;
    static final int TLC_ACTION_PROPERTY_VIOLATED_BEHAVIOR = 2112;
    static final int TLC_DEADLOCK_REACHED = 2114;
    static final int TLC_TEMPORAL_PROPERTY_VIOLATED = 2116;
    static final int TLC_NO_STATES_SATISFYING_INIT = 2118;
    static final int TLC_BEHAVIOR_UP_TO_THIS_POINT = 2121;
    static final int TLC_BACK_TO_STATE = 2122;
    static final int TLC_PARSING_FAILED2 = 2171;
    static final int TLC_MODULE_OVERFLOW = 2178;
    static final int TLC_INTEGER_TOO_BIG = 2265;
    static final int TLC_PARSING_FAILED = 3002;
    static final int TLC_STARTING = 2185;
    static final int TLC_FINISHED = 2186;
    static final int TLC_INIT_GENERATED1 = 2190;
    static final int TLC_SUCCESS = 2193;
    static final int TLC_SEARCH_DEPTH = 2194;
    static final int TLC_STATS = 2199;
    static final int TLC_PROGRESS_STATS = 2200;
    static final int TLC_STATE_PRINT1 = 2216;
    static final int TLC_STATE_PRINT2 = 2217;
    static final int TLC_STATE_PRINT3 = 2218;
    static final int TLC_SANY_END = 2219;
    static final int TLC_COUNTER_EXAMPLE = 2264;
    static final int TLC_SANY_START = 2220;
    static final int SANY_PARSER_CHECK_1 = 4000;
    static final int SANY_PARSER_CHECK_3 = 4002;
    static final int CFG_GENERAL = 5002;
    static final int TLC_CONFIG_VALUE_NOT_ASSIGNED_TO_CONSTANT_PARAM = 2222;
    static final int TLC_NO_MODULES = 2245;
    static final int TLC_CONFIG_UNDEFINED_OR_NO_OPERATOR = 2280;
    static final int TLC_CONFIG_SUBSTITUTION_NON_CONSTANT = 2281;

    /** Codes that mean TLC rejected the module or the .cfg themselves: Lockstep generated them, so a Lockstep bug. */
    static boolean rejectsInput(int code) {
        return code == TLC_PARSING_FAILED || code == TLC_PARSING_FAILED2 || code == CFG_GENERAL
                || (code >= SANY_PARSER_CHECK_1 && code <= SANY_PARSER_CHECK_3)
                || (code >= TLC_CONFIG_VALUE_NOT_ASSIGNED_TO_CONSTANT_PARAM && code <= TLC_NO_MODULES)
                || code == TLC_CONFIG_UNDEFINED_OR_NO_OPERATOR || code == TLC_CONFIG_SUBSTITUTION_NON_CONSTANT;
    }
}
