package dev.lockstep.lang.syntax;

/** Token kinds. Declaration words such as {@code at}, {@code on}, {@code check} are soft: lexed as IDENT. */
public enum TokenKind {
    IDENT, INT, STRING, DURATION, EOF,
    // hard keywords
    PROTOCOL("protocol"), CONST("const"), ENUM("enum"), MESSAGE("message"), NETWORK("network"), ROLE("role"),
    VAR("var"), ACTION("action"), WHEN("when"), DO("do"), SEND("send"), TO("to"), SELF("self"),
    INVARIANT("invariant"), PROPERTY("property"), MODEL("model"), DEF("def"), SKIP("skip"),
    IF("IF"), THEN("THEN"), ELSE("ELSE"), CASE("CASE"), OTHER("OTHER"), LET("LET"), IN("IN"),
    CHOOSE("CHOOSE"), TRUE("TRUE"), FALSE("FALSE"), DOMAIN("DOMAIN"), SUBSET("SUBSET"), UNION("UNION"),
    EXCEPT("EXCEPT"),
    // backslash operators
    FORALL("\\A"), EXISTS("\\E"), IN_SET("\\in"), NOT_IN("\\notin"), CUP("\\cup"), CAP("\\cap"),
    SUBSETEQ("\\subseteq"), DIV("\\div"), CONCAT("\\o"), SETMINUS("\\"),
    // punctuation and operators
    AND("/\\"), OR("\\/"), NOT("~"), IMPLIES("=>"), EQUIV("<=>"), EQ("="), NEQ("/="), HASH("#"),
    LT("<"), GT(">"), LE("<="), GE(">="), PLUS("+"), MINUS("-"), STAR("*"), PERCENT("%"), DOTDOT(".."),
    LPAREN("("), RPAREN(")"), LBRACKET("["), RBRACKET("]"), LBRACE("{"), RBRACE("}"),
    LANGLE("<<"), RANGLE(">>"), COMMA(","), COLON(":"), SEMI(";"), DOT("."), PRIME("'"),
    MAPSTO("|->"), ARROW("->"), BANG("!"), AT_SIGN("@"), DEFEQ("=="),
    ALWAYS("[]"), EVENTUALLY("<>"), LEADSTO("~>"), COLONGT(":>"), ATAT("@@");

    private final String text;

    TokenKind() { this.text = null; }

    TokenKind(String text) { this.text = text; }

    /** How the token is spelled, for messages such as "expected 'do'". */
    public String display() {
        return text != null ? "'" + text + "'" : name().toLowerCase(java.util.Locale.ROOT);
    }

    public String text() { return text; }
}
