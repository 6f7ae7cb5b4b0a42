package dev.lockstep.lang.syntax;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostics;
import dev.lockstep.lang.source.SourceFile;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.ir.BinaryOp;
import dev.lockstep.lang.syntax.Ast.Expr;
import dev.lockstep.lang.ir.UnaryOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Expressions (TLA+ ASCII syntax) and types. Precedence, loosest first:
 * {@code => <=> ~>}, {@code \/}, {@code /\}, prefix {@code ~ [] <>}, relations, {@code @@}, {@code :>},
 * {@code \cup \cap \}, {@code ..}, {@code + -}, {@code * \div % \o}, prefix {@code -}, postfix {@code f[x] r.f}.
 */
abstract class ExprParser extends ParserBase {
    private record OpInfo(BinaryOp op, int precedence, boolean rightAssoc) {}

    private static final int PREFIX_LOGIC_OPERAND = 5;

    /** Names declared with {@code message}, so {@code Name { ... }} parses as a message constructor. */
    protected final Set<String> messageNames;

    /** Whether {@code e'} may be read here: in a property's body (a transition property, checked later). */
    protected boolean primesAllowed;

    protected ExprParser(SourceFile file, List<Token> tokens, Diagnostics diags, Set<String> messageNames) {
        super(file, tokens, diags);
        this.messageNames = messageNames;
    }

    private static OpInfo binaryOp(TokenKind kind) {
        return switch (kind) {
            case IMPLIES -> new OpInfo(BinaryOp.IMPLIES, 1, true);
            case EQUIV -> new OpInfo(BinaryOp.EQUIV, 1, false);
            case LEADSTO -> new OpInfo(BinaryOp.LEADSTO, 1, false);
            case OR -> new OpInfo(BinaryOp.OR, 2, false);
            case AND -> new OpInfo(BinaryOp.AND, 3, false);
            case EQ -> new OpInfo(BinaryOp.EQ, 5, false);
            case NEQ, HASH -> new OpInfo(BinaryOp.NEQ, 5, false);
            case LT -> new OpInfo(BinaryOp.LT, 5, false);
            case LE -> new OpInfo(BinaryOp.LE, 5, false);
            case GT -> new OpInfo(BinaryOp.GT, 5, false);
            case GE -> new OpInfo(BinaryOp.GE, 5, false);
            case IN_SET -> new OpInfo(BinaryOp.IN, 5, false);
            case NOT_IN -> new OpInfo(BinaryOp.NOTIN, 5, false);
            case SUBSETEQ -> new OpInfo(BinaryOp.SUBSETEQ, 5, false);
            case ATAT -> new OpInfo(BinaryOp.MERGE_MAP, 6, false);
            case COLONGT -> new OpInfo(BinaryOp.SINGLETON_MAP, 7, false);
            case CUP -> new OpInfo(BinaryOp.CUP, 8, false);
            case CAP -> new OpInfo(BinaryOp.CAP, 8, false);
            case SETMINUS -> new OpInfo(BinaryOp.SETMINUS, 8, false);
            case DOTDOT -> new OpInfo(BinaryOp.RANGE, 9, false);
            case PLUS -> new OpInfo(BinaryOp.PLUS, 10, false);
            case MINUS -> new OpInfo(BinaryOp.MINUS, 10, false);
            case STAR -> new OpInfo(BinaryOp.TIMES, 11, false);
            case DIV -> new OpInfo(BinaryOp.DIV, 11, false);
            case PERCENT -> new OpInfo(BinaryOp.MOD, 11, false);
            case CONCAT -> new OpInfo(BinaryOp.CONCAT, 11, false);
            default -> null;
        };
    }

    protected Expr expr() { return binary(0); }

    /**
     * Precedence climbing. A run of one left-associative operator ({@code a + b + c ...}) is read by a loop, not
     * by recursion, and folded by {@link #fold}, so a long flat list costs no stack depth here or downstream.
     */
    private Expr binary(int minPrecedence) {
        enterNesting();
        try {
            Token first = peek();
            Expr left = prefix();
            while (true) {
                OpInfo info = binaryOp(peek().kind());
                if (info == null || info.precedence() < minPrecedence) return left;
                advance();
                if (info.rightAssoc()) {
                    Expr right = binary(info.precedence());
                    left = new Ast.Binary(info.op(), left, right, spanFrom(first));
                    continue;
                }
                List<Expr> operands = new ArrayList<>();
                List<Integer> ends = new ArrayList<>();
                operands.add(binary(info.precedence() + 1));
                ends.add(pos);
                while (binaryOp(peek().kind()) instanceof OpInfo next && next.op() == info.op()) {
                    advance();
                    operands.add(binary(info.precedence() + 1));
                    ends.add(pos);
                }
                left = fold(info.op(), left, operands, first, ends);
            }
        } finally {
            exitNesting();
        }
    }

    /**
     * {@code left op operands[0] op operands[1] ...}, grouped to the left as written. A long run of an associative
     * operator is regrouped into a balanced tree instead (same value, by associativity, and still evaluated left to
     * right), so its depth grows with the logarithm of its length; short runs keep the written shape.
     */
    private Expr fold(BinaryOp op, Expr left, List<Expr> operands, Token first, List<Integer> ends) {
        if (operands.size() > FlatLists.KEEP_AS_WRITTEN && FlatLists.isAssociative(op)) {
            Expr rest = FlatLists.balanced(op, operands, 0, operands.size());
            return new Ast.Binary(op, left, rest, spanTo(first, ends.get(ends.size() - 1)));
        }
        for (int i = 0; i < operands.size(); i++) {
            left = new Ast.Binary(op, left, operands.get(i), spanTo(first, ends.get(i)));
        }
        return left;
    }

    private Expr prefix() {
        Token t = peek();
        return switch (t.kind()) {
            case NOT -> unary(UnaryOp.NOT, PREFIX_LOGIC_OPERAND);
            case ALWAYS -> unary(UnaryOp.ALWAYS, PREFIX_LOGIC_OPERAND);
            case EVENTUALLY -> unary(UnaryOp.EVENTUALLY, PREFIX_LOGIC_OPERAND);
            case MINUS -> unary(UnaryOp.NEG, 12);
            case DOMAIN -> unary(UnaryOp.DOMAIN, 9);
            case SUBSET -> unary(UnaryOp.SUBSET, 9);
            case UNION -> unary(UnaryOp.UNION, 9);
            case AND, OR -> junctionList();
            default -> postfix(primary());
        };
    }

    private Expr unary(UnaryOp op, int operandPrecedence) {
        Token t = advance();
        Expr operand = binary(operandPrecedence);
        return new Ast.Unary(op, operand, spanFrom(t));
    }

    /** A TLA+ bulleted list: every {@code /\\ } (or {@code \\/ }) at the same column is one conjunct. */
    private Expr junctionList() {
        Token bullet = peek();
        BinaryOp op = bullet.is(TokenKind.AND) ? BinaryOp.AND : BinaryOp.OR;
        List<Expr> items = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        while (peek().kind() == bullet.kind() && peek().column() == bullet.column()) {
            Token b = advance();
            pushFence(b);
            try {
                items.add(expr());
            } finally {
                popFence();
            }
            ends.add(pos);
        }
        return fold(op, items.get(0), items.subList(1, items.size()), bullet, ends.subList(1, ends.size()));
    }

    private Expr postfix(Expr e) {
        while (true) {
            Token t = peek();
            if (t.is(TokenKind.LBRACKET)) {
                advance();
                List<Expr> args = commaList(TokenKind.RBRACKET);
                expect(TokenKind.RBRACKET, "']'");
                e = new Ast.Apply(e, args, e.span().to(span(tokens.get(pos - 1))));
            } else if (t.is(TokenKind.DOT)) {
                advance();
                Ast.Ident field = ident("a field name");
                if (e instanceof Ast.Name instance && at(TokenKind.LPAREN)) {
                    // I.Def(args): a definition of instance I, named I.Def until instances are flattened.
                    advance();
                    List<Expr> args = commaList(TokenKind.RPAREN);
                    expect(TokenKind.RPAREN, "')'");
                    e = new Ast.Call(new Ast.Ident(instance.name() + "." + field.name(), e.span().to(field.span())),
                            args, e.span().to(span(tokens.get(pos - 1))));
                    continue;
                }
                e = new Ast.Field(e, field, e.span().to(field.span()));
            } else if (t.is(TokenKind.PRIME) && primesAllowed) {
                advance();
                e = new Ast.Primed(e, e.span().to(span(t)));
            } else if (t.is(TokenKind.PRIME)) {
                diags.error(Code.BAD_PRIME, span(t), "a primed name can only be assigned, as in  x' = e",
                        "actions assign with  do x' = e ; guards and invariants read unprimed variables");
                throw new Bail();
            } else {
                return e;
            }
        }
    }

    /** {@code kind} (said as {@code what} when missing), then an expression. */
    protected Expr exprAfter(TokenKind kind, String what) {
        expect(kind, what);
        return expr();
    }

    private List<Expr> commaList(TokenKind close) {
        return at(close) ? new ArrayList<>() : commaSeparated(this::expr);
    }

    private Expr primary() {
        Token t = peek();
        switch (t.kind()) {
            case INT -> {
                advance();
                return new Ast.IntLit(Long.parseLong(t.text()), span(t));
            }
            case STRING -> {
                advance();
                return new Ast.StrLit(t.text(), span(t));
            }
            case TRUE, FALSE -> {
                advance();
                return new Ast.BoolLit(t.is(TokenKind.TRUE), span(t));
            }
            case SELF -> {
                advance();
                return new Ast.SelfExpr(span(t));
            }
            case AT_SIGN -> {
                advance();
                return new Ast.AtExpr(span(t));
            }
            case IDENT -> {
                return nameOrCall();
            }
            case LPAREN -> {
                advance();
                Expr inner = expr();
                expect(TokenKind.RPAREN, "')'");
                return inner;
            }
            case LBRACE -> {
                return setExpr();
            }
            case LBRACKET -> {
                return bracketExpr();
            }
            case LANGLE -> {
                advance();
                List<Expr> items = commaList(TokenKind.RANGLE);
                expect(TokenKind.RANGLE, "'>>'");
                return new Ast.TupleLit(items, spanFrom(t));
            }
            case FORALL, EXISTS -> {
                advance();
                List<Ast.Bound> bounds = bounds();
                Expr body = exprAfter(TokenKind.COLON, "':' after the bound variables");
                return new Ast.Quant(t.is(TokenKind.FORALL), bounds, body, spanFrom(t));
            }
            case CHOOSE -> {
                advance();
                Ast.Ident var = ident("a variable name after CHOOSE");
                Expr domain = exprAfter(TokenKind.IN_SET, "'\\in' (CHOOSE ranges over a set)");
                Expr body = exprAfter(TokenKind.COLON, "':'");
                return new Ast.Choose(var, domain, body, spanFrom(t));
            }
            case IF -> {
                advance();
                Expr c = expr();
                Expr a = exprAfter(TokenKind.THEN, "THEN");
                Expr b = exprAfter(TokenKind.ELSE, "ELSE (every IF needs one)");
                return new Ast.If(c, a, b, spanFrom(t));
            }
            case CASE -> {
                return caseExpr();
            }
            case LET -> {
                advance();
                List<Ast.LetDef> defs = new ArrayList<>();
                do {
                    Ast.Ident name = ident("a name to define");
                    if (at(TokenKind.LPAREN)) {
                        diags.error(Code.UNSUPPORTED_SYNTAX, span(peek()),
                                "LET definitions with parameters are not supported",
                                "use a top-level 'def' with typed parameters");
                        throw new Bail();
                    }
                    defs.add(new Ast.LetDef(name, exprAfter(TokenKind.DEFEQ, "'=='")));
                } while (at(TokenKind.IDENT));
                Expr body = exprAfter(TokenKind.IN, "IN");
                return new Ast.Let(defs, body, spanFrom(t));
            }
            default -> throw error(t, "expected an expression, found " + t.describe());
        }
    }

    private Expr nameOrCall() {
        Token t = advance();
        Ast.Ident name = new Ast.Ident(t.text(), span(t));
        if (at(TokenKind.LPAREN)) {
            advance();
            List<Expr> args = commaList(TokenKind.RPAREN);
            expect(TokenKind.RPAREN, "')'");
            return new Ast.Call(name, args, spanFrom(t));
        }
        if (at(TokenKind.LBRACE) && messageNames.contains(t.text())) {
            List<Ast.FieldInit> fields = messageFields();
            return new Ast.MsgCtor(name, fields, spanFrom(t));
        }
        return new Ast.Name(t.text(), span(t));
    }

    /** {@code { f: e, g: e }} after a message name. */
    protected List<Ast.FieldInit> messageFields() {
        expect(TokenKind.LBRACE, "'{'");
        List<Ast.FieldInit> fields = at(TokenKind.RBRACE) ? new ArrayList<>()
                : commaSeparated(() -> named("a field name", TokenKind.COLON, "':' after the field name", this::expr,
                        Ast.FieldInit::new));
        expect(TokenKind.RBRACE, "'}'");
        return fields;
    }

    /**
     * {@code {}}, {@code {a, b}}, {@code {x \in S : p}} (filter, when the part before ':' is a membership test
     * of a plain name) or {@code {e : x \in S}} (map).
     */
    private Expr setExpr() {
        Token open = advance();
        if (accept(TokenKind.RBRACE)) return new Ast.SetLit(List.of(), spanFrom(open));
        Expr first = expr();
        if (accept(TokenKind.COLON)) {
            if (first instanceof Ast.Binary b && b.op() == BinaryOp.IN && b.left() instanceof Ast.Name n) {
                Expr predicate = expr();
                expect(TokenKind.RBRACE, "'}'");
                return new Ast.SetFilter(new Ast.Ident(n.name(), n.span()), b.right(), predicate, spanFrom(open));
            }
            List<Ast.Bound> bounds = bounds();
            expect(TokenKind.RBRACE, "'}'");
            return new Ast.SetMap(first, bounds, spanFrom(open));
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (accept(TokenKind.COMMA)) items.add(expr());
        expect(TokenKind.RBRACE, "'}' or ','");
        return new Ast.SetLit(items, spanFrom(open));
    }

    /** {@code [x \in S |-> e]}, {@code [f |-> e, ...]} (record) or {@code [f EXCEPT ![a] = b, ...]}. */
    private Expr bracketExpr() {
        Token open = advance();
        if (peek().is(TokenKind.IDENT) && peek(1).is(TokenKind.MAPSTO)) {
            List<Ast.FieldInit> fields = commaSeparated(
                    () -> named("a field name", TokenKind.MAPSTO, "'|->'", this::expr, Ast.FieldInit::new));
            expect(TokenKind.RBRACKET, "']'");
            return new Ast.RecordCtor(fields, spanFrom(open));
        }
        if (peek().is(TokenKind.IDENT) && (peek(1).is(TokenKind.IN_SET) || peek(1).is(TokenKind.COMMA))) {
            List<Ast.Bound> bounds = bounds();
            Expr body = exprAfter(TokenKind.MAPSTO, "'|->'");
            expect(TokenKind.RBRACKET, "']'");
            return new Ast.FnCtor(bounds, body, spanFrom(open));
        }
        Expr base = expr();
        if (accept(TokenKind.ARROW)) {
            Expr range = expr();
            expect(TokenKind.RBRACKET, "']'");
            return new Ast.Binary(BinaryOp.FN_SET, base, range, spanFrom(open));
        }
        expect(TokenKind.EXCEPT, "EXCEPT, '->', '|->' or '\\in'");
        List<Ast.Update> updates = new ArrayList<>();
        do {
            expect(TokenKind.BANG, "'!' to start an EXCEPT path");
            List<Ast.PathStep> path = new ArrayList<>();
            do {
                if (accept(TokenKind.DOT)) {
                    path.add(new Ast.PathStep(null, ident("a field name")));
                } else {
                    expect(TokenKind.LBRACKET, "'[' or '.' in an EXCEPT path");
                    List<Expr> idx = commaList(TokenKind.RBRACKET);
                    Token close = expect(TokenKind.RBRACKET, "']'");
                    Expr index = idx.size() == 1 ? idx.get(0)
                            : new Ast.TupleLit(idx, idx.isEmpty() ? span(close) : idx.get(0).span().to(span(close)));
                    path.add(new Ast.PathStep(index, null));
                }
            } while (at(TokenKind.DOT) || at(TokenKind.LBRACKET));
            updates.add(new Ast.Update(path, exprAfter(TokenKind.EQ, "'=' after the EXCEPT path")));
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.RBRACKET, "']'");
        return new Ast.Except(base, updates, spanFrom(open));
    }

    private Expr caseExpr() {
        Token start = advance();
        List<Ast.CaseArm> arms = new ArrayList<>();
        Expr other = null;
        do {
            if (accept(TokenKind.OTHER)) {
                other = exprAfter(TokenKind.ARROW, "'->'");
                break;
            }
            Expr guard = expr();
            arms.add(new Ast.CaseArm(guard, exprAfter(TokenKind.ARROW, "'->'")));
        } while (accept(TokenKind.ALWAYS));
        return new Ast.Case(arms, other, spanFrom(start));
    }

    /** {@code x, y \in S, z \in T}. */
    protected List<Ast.Bound> bounds() {
        return commaSeparated(() -> {
            List<Ast.Ident> names = commaSeparated(() -> ident("a variable name"));
            expect(TokenKind.IN_SET, "'\\in' (bound variables range over a set)");
            return new Ast.Bound(names, binary(PREFIX_LOGIC_OPERAND + 1));
        });
    }

    // ---- types --------------------------------------------------------------------------------

    protected Ast.TypeExpr type() {
        enterNesting();
        try {
            return typeWithin();
        } finally {
            exitNesting();
        }
    }

    private Ast.TypeExpr typeWithin() {
        Token t = peek();
        if (t.is(TokenKind.ENUM)) {
            advance();
            expect(TokenKind.LBRACE, "'{'");
            List<Ast.Ident> labels = commaSeparated(() -> ident("an enum label"));
            expect(TokenKind.RBRACE, "'}'");
            return new Ast.InlineEnum(labels, spanFrom(t));
        }
        if (t.is(TokenKind.LBRACKET)) {
            advance();
            List<Ast.FieldDecl> fields = fieldDecls(TokenKind.RBRACKET);
            expect(TokenKind.RBRACKET, "']'");
            return new Ast.RecordType(fields, spanFrom(t));
        }
        if (t.is(TokenKind.LANGLE)) {
            advance();
            List<Ast.TypeExpr> elements = commaSeparated(this::type);
            expect(TokenKind.RANGLE, "'>>'");
            return new Ast.TupleType(elements, spanFrom(t));
        }
        Ast.Ident name = ident("a type");
        switch (name.name()) {
            case "set", "seq" -> {
                expect(TokenKind.LT, "'<' after '" + name.name() + "'");
                Ast.TypeExpr element = type();
                closeAngle();
                return name.name().equals("set") ? new Ast.SetType(element, spanFrom(t))
                        : new Ast.SeqType(element, spanFrom(t));
            }
            case "option" -> {
                // option<T> is seq<T> of length at most one (lang/check/OptionForms); a type named option
                // that a spec declares is still written without '<'.
                if (!at(TokenKind.LT)) return new Ast.NamedType(name, name.span());
                advance();
                Ast.TypeExpr element = type();
                closeAngle();
                return new Ast.SeqType(element, spanFrom(t));
            }
            case "map" -> {
                expect(TokenKind.LT, "'<' after 'map'");
                Ast.TypeExpr key = type();
                expect(TokenKind.COMMA, "',' between the key and value types");
                Ast.TypeExpr value = type();
                closeAngle();
                return new Ast.MapType(key, value, spanFrom(t));
            }
            default -> {
                return new Ast.NamedType(name, name.span());
            }
        }
    }

    /** Closes a generic type; {@code >>} in {@code set<set<node>>} is split into two {@code >}. */
    private void closeAngle() {
        Token t = peek();
        if (t.is(TokenKind.GT)) {
            advance();
        } else if (t.is(TokenKind.RANGLE)) {
            tokens.set(pos, new Token(TokenKind.GT, ">", t.start() + 1, t.end(), t.line(), t.column() + 1));
        } else {
            throw error(t, "expected '>', found " + t.describe());
        }
    }

    protected List<Ast.FieldDecl> fieldDecls(TokenKind close) {
        if (at(close)) return new ArrayList<>();
        return commaSeparated(() -> named("a field name", TokenKind.COLON, "':' after the field name", this::type,
                Ast.FieldDecl::new));
    }
}
