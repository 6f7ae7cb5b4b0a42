package dev.lockstep.lang.syntax;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostics;
import dev.lockstep.lang.source.SourceFile;
import dev.lockstep.lang.syntax.Ast.Expr;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses a spec file into {@link Ast.Spec}. A syntax error abandons only the declaration (or action) it is in:
 * the parser skips to the next one and goes on, so every independent error in a file is reported.
 */
public final class Parser extends ExprParser {
    private static final Set<TokenKind> DECL_START = EnumSet.of(TokenKind.CONST, TokenKind.ENUM, TokenKind.MESSAGE,
            TokenKind.NETWORK, TokenKind.ROLE, TokenKind.DEF, TokenKind.INVARIANT, TokenKind.PROPERTY,
            TokenKind.MODEL);
    private static final Set<String> ROLE_ITEM_WORDS = Set.of("on", "auto", "timer", "input", "fair", "strong",
            "exchange", "compose", "reads");

    private Parser(SourceFile file, List<Token> tokens, Diagnostics diags, Set<String> messageNames) {
        super(file, tokens, diags, messageNames);
    }

    /** Parses a whole file; problems go to {@code diags}. Never throws for bad input. */
    public static Ast.Spec parse(SourceFile file, Diagnostics diags) {
        List<Token> tokens = new ArrayList<>(Lexer.lex(file, diags));
        Ast.Spec spec = new Parser(file, tokens, diags, declaredMessages(tokens)).spec();
        Nesting.check(spec, diags);
        return spec;
    }

    private static Set<String> declaredMessages(List<Token> tokens) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is(TokenKind.MESSAGE) && tokens.get(i + 1).is(TokenKind.IDENT)) {
                names.add(tokens.get(i + 1).text());
            }
        }
        return names;
    }

    private Ast.Spec spec() {
        Token first = peek();
        Ast.Ident name = new Ast.Ident("Unnamed", span(first));
        if (at(TokenKind.PROTOCOL)) {
            advance();
            try {
                name = ident("the protocol name");
            } catch (Bail b) {
                syncToDecl();
            }
        } else {
            diags.error(Code.MISSING_PROTOCOL, span(first), "a spec starts with 'protocol Name', found "
                    + first.describe());
        }
        List<Ast.Decl> decls = new ArrayList<>();
        while (!at(TokenKind.EOF)) {
            int before = pos;
            try {
                decls.add(decl());
            } catch (Bail b) {
                syncToDecl();
            }
            if (pos == before) advance();
        }
        return new Ast.Spec(name, decls, spanFrom(first));
    }

    private void syncToDecl() {
        while (!at(TokenKind.EOF) && !DECL_START.contains(peek().kind()) && !atSoftDecl()) advance();
    }

    /** {@code init Name ==}, {@code [strong] fair group} or {@code instance Name}: declarations a soft word starts. */
    private boolean atSoftDecl() {
        Token t = peek();
        return t.isWord("init") && peek(1).is(TokenKind.IDENT) && peek(2).is(TokenKind.DEFEQ)
                || t.isWord("fair") && peek(1).isWord("group")
                || t.isWord("strong") && peek(1).isWord("fair") && peek(2).isWord("group")
                || startsInstance();
    }

    /** {@code instance Name}: the soft word starts a declaration only when a name follows. */
    private boolean startsInstance() {
        return atWord("instance") && peek(1).is(TokenKind.IDENT);
    }

    private Ast.Decl decl() {
        Token t = peek();
        return switch (t.kind()) {
            case CONST -> {
                advance();
                Ast.Ident name = ident("a constant name");
                expect(TokenKind.COLON, "':' and the constant's type");
                yield new Ast.ConstDecl(name, type(), spanFrom(t));
            }
            case ENUM -> {
                advance();
                Ast.Ident name = ident("an enum name");
                expect(TokenKind.LBRACE, "'{'");
                List<Ast.Ident> labels = commaSeparated(() -> ident("an enum label"));
                expect(TokenKind.RBRACE, "'}'");
                yield new Ast.EnumDecl(name, labels, spanFrom(t));
            }
            case MESSAGE -> {
                advance();
                Ast.Ident name = ident("a message name");
                List<Ast.FieldDecl> fields = List.of();
                if (accept(TokenKind.LBRACE)) {
                    fields = fieldDecls(TokenKind.RBRACE);
                    expect(TokenKind.RBRACE, "'}'");
                }
                yield new Ast.MessageDecl(name, fields, spanFrom(t));
            }
            case NETWORK -> {
                advance();
                Ast.Ident kind = ident("a network kind: set, bag or fifo");
                List<Ast.Ident> faults = new ArrayList<>();
                while (at(TokenKind.IDENT) && !startsInstance()) faults.add(ident("a fault"));
                yield new Ast.NetworkDecl(kind, faults, spanFrom(t));
            }
            case ROLE -> role();
            case DEF -> {
                advance();
                Ast.Ident name = ident("a definition name");
                List<Ast.ParamDecl> params = new ArrayList<>();
                if (accept(TokenKind.LPAREN)) {
                    params = commaSeparated(() -> named("a parameter name", TokenKind.COLON,
                            "':' and the parameter's type", this::type, Ast.ParamDecl::new));
                    expect(TokenKind.RPAREN, "')'");
                }
                Expr body = exprAfter(TokenKind.DEFEQ, "'=='");
                yield new Ast.DefDecl(name, params, body, spanFrom(t));
            }
            case INVARIANT, PROPERTY -> {
                // Both are NAME == formula; an invariant holds in every state, a property over behaviours.
                advance();
                boolean invariant = t.is(TokenKind.INVARIANT);
                Ast.Ident name = ident(invariant ? "an invariant name" : "a property name");
                primesAllowed = !invariant;  // a property [](P) with primes in P is a transition property
                Expr body;
                try {
                    body = exprAfter(TokenKind.DEFEQ, "'=='");
                } finally {
                    primesAllowed = false;
                }
                yield invariant ? new Ast.InvariantDecl(name, body, spanFrom(t))
                        : new Ast.PropertyDecl(name, body, spanFrom(t));
            }
            case MODEL -> model();
            case IDENT -> {
                if (t.isWord("init") && peek(1).is(TokenKind.IDENT)) {
                    advance();
                    Ast.Ident name = ident("an init predicate's name");
                    yield new Ast.InitDecl(name, exprAfter(TokenKind.DEFEQ, "'=='"), spanFrom(t));
                }
                if (t.isWord("fair") && peek(1).isWord("group")
                        || t.isWord("strong") && peek(1).isWord("fair") && peek(2).isWord("group")) {
                    yield fairGroup();
                }
                if (!t.isWord("instance")) throw badDeclaration(t);
                yield instance();
            }
            default -> throw badDeclaration(t);
        };
    }

    private Bail badDeclaration(Token t) {
        diags.error(Code.BAD_DECLARATION, span(t), "expected a declaration, found " + t.describe(),
                "declarations start with const, enum, message, network, role, def, invariant, property, init,"
                        + " fair group, model or instance");
        return new Bail();
    }

    /** {@code [strong] fair group Name { Role.Action, ... }}. */
    private Ast.FairGroupDecl fairGroup() {
        Token start = peek();
        boolean strong = acceptWord("strong");
        expectWord("fair");
        expectWord("group");
        Ast.Ident name = ident("the fairness group's name");
        expect(TokenKind.LBRACE, "'{' and the group's actions, as in  fair group G { Sender.Send, Receiver.Ack }");
        List<Ast.ActionRef> actions = commaSeparated(() -> {
            Ast.Ident role = ident("a role name");
            expect(TokenKind.DOT, "'.' and an action of role " + role.name());
            return new Ast.ActionRef(role, ident("an action name"));
        });
        expect(TokenKind.RBRACE, "'}' to close fair group " + name.name());
        return new Ast.FairGroupDecl(name, strong, actions, spanFrom(start));
    }

    /** {@code instance Name = "file.lstep" [with C <- e {, C <- e}]}; the word {@code instance} is next. */
    private Ast.InstanceDecl instance() {
        Token start = advance();
        Ast.Ident name = ident("an instance name");
        Ast.Ident partVar = null;
        Ast.Ident groups = null;
        if (accept(TokenKind.LBRACKET)) {
            partVar = ident("the group variable, as in  instance Local[g \\in Groups]");
            expect(TokenKind.IN_SET, "'\\in' and the constant set of groups, as in  instance Local[g \\in Groups]");
            groups = ident("the constant set of groups");
            expect(TokenKind.RBRACKET, "']' to close the partition");
        }
        expect(TokenKind.EQ, "'=' and the file to instantiate, as in  instance Lower = \"chang-roberts.lstep\"");
        Token file = expect(TokenKind.STRING, "the file to instantiate, as a string");
        Ast.StrLit path = new Ast.StrLit(file.text(), span(file));
        Ast.Ident over = partVar != null && acceptWord("over") ? ident("the node set the groups partition") : null;
        List<Ast.Binding> with = new ArrayList<>();
        if (acceptWord("with")) {
            with = commaSeparated(() -> {
                Ast.Ident constant = ident("a constant of the instantiated spec");
                expect(TokenKind.LT, "'<-' and the constant's value, as in  Nodes <- GroupA");
                expect(TokenKind.MINUS, "'<-' and the constant's value, as in  Nodes <- GroupA");
                return new Ast.Binding(constant, expr());
            });
        }
        return new Ast.InstanceDecl(name, path, with, spanFrom(start),
                partVar == null ? null : new Ast.Partition(partVar, groups, over));
    }

    private Ast.RoleDecl role() {
        Token start = advance();
        Ast.Ident name = ident("a role name");
        expectWord("at");
        Expr nodes = expr();
        boolean crashes = acceptWord("crashes");
        expect(TokenKind.LBRACE, crashes ? "'{' to open the role body" : "'{' to open the role body (or 'crashes')");
        List<Ast.VarDecl> vars = new ArrayList<>();
        List<Ast.ActionDecl> actions = new ArrayList<>();
        Ast.RestartDecl restart = null;
        List<Ast.ComposeDecl> composes = new ArrayList<>();
        List<Ast.Ident> layersRead = new ArrayList<>();
        List<EpochPipelining.Decl> epochs = new ArrayList<>();
        while (!at(TokenKind.RBRACE) && !at(TokenKind.EOF) && !DECL_START.contains(peek().kind())) {
            int before = pos;
            try {
                if (at(TokenKind.VAR) || atVarQualifiers()) vars.add(var());
                else if (atWord("on") && peek(1).isWord("restart")) {
                    Ast.RestartDecl r = restart();
                    if (restart != null) {
                        diags.error(Code.DUPLICATE_RESTART, r.span(), "role " + name.name() + " has two 'on restart'"
                                + " actions", "the first is at " + restart.span().location() + "; merge their statements");
                    } else {
                        restart = r;
                    }
                }
                else if (atWord("compose") && peek(1).isWord(EpochPipelining.KIND) && peek(2).is(TokenKind.IDENT)) {
                    epochs.add(epochs());
                }
                else if (atWord("compose") && peek(1).is(TokenKind.IDENT) && peek(2).is(TokenKind.IDENT)) {
                    composes.add(compose());
                }
                else if (atWord("reads") && peek(1).is(TokenKind.IDENT)) {
                    advance();
                    layersRead.addAll(commaSeparated(() -> ident("a role whose variables this role reads")));
                }
                else actions.add(action());
            } catch (Bail b) {
                syncToRoleItem();
            }
            if (pos == before) advance();
        }
        expect(TokenKind.RBRACE, "'}' to close role " + name.name());
        EpochPipelining.desugar(name.name(), vars, actions, epochs, diags);
        Compositions.desugar(name.name(), vars, actions, composes, diags);
        return new Ast.RoleDecl(name, nodes, crashes, vars, actions, restart, composes, layersRead, spanFrom(start));
    }

    /** {@code compose kind Name(A, B, ...)} (docs/gossip.md); the kind is checked by {@link Compositions}. */
    private Ast.ComposeDecl compose() {
        Token start = advance();
        Ast.Ident kind = ident("a composition operator (correlated, independent or roundrobin)");
        Ast.Ident name = ident("the composite exchange's name");
        expect(TokenKind.LPAREN, "'(' and the two exchanges to compose");
        Ast.Ident first = ident("an exchange of this role");
        expect(TokenKind.COMMA, "',' and the second exchange");
        Ast.Ident second = ident("an exchange of this role");
        List<Ast.Ident> more = new ArrayList<>();
        while (at(TokenKind.COMMA)) {
            advance();
            more.add(ident("an exchange of this role"));
        }
        expect(TokenKind.RPAREN, "')'");
        return new Ast.ComposeDecl(kind, name, first, second, 0, 0, List.copyOf(more), List.of(), spanFrom(start));
    }

    /** {@code compose epochs E(A) until N [when G]} (docs/gossip.md); desugared by {@link EpochPipelining}. */
    private EpochPipelining.Decl epochs() {
        Token start = advance();
        advance();
        Ast.Ident name = ident("the pipelined exchange's name");
        expect(TokenKind.LPAREN, "'(' and the exchange to pipeline");
        Ast.Ident exchange = ident("an exchange of this role");
        expect(TokenKind.RPAREN, "')' (epochs pipelines one exchange)");
        expectWord("until");
        Ast.Expr bound = expr();
        Ast.Expr guard = null;
        if (at(TokenKind.WHEN)) {
            advance();
            guard = expr();
        }
        return new EpochPipelining.Decl(name, exchange, bound, guard, spanFrom(start));
    }

    /** {@code on restart do statements}: no parameters, no guard (it runs in every Crash step of the node). */
    private Ast.RestartDecl restart() {
        Token start = advance();
        advance();
        if (at(TokenKind.WHEN) || at(TokenKind.LPAREN)) {
            throw error(peek(), "'on restart' takes no guard nor parameters, found " + peek().describe(),
                    "it runs whenever the node recovers; choose values with IF in its assignments");
        }
        expect(TokenKind.DO, "'do' and what the node does as it recovers");
        List<Ast.Stmt> body = statements();
        return new Ast.RestartDecl(body, spanFrom(start));
    }

    private void syncToRoleItem() {
        int depth = 0;
        while (!at(TokenKind.EOF)) {
            Token t = peek();
            if (depth == 0 && (t.is(TokenKind.VAR) || t.is(TokenKind.RBRACE) || DECL_START.contains(t.kind()) || atSoftDecl()
                    || (t.is(TokenKind.IDENT) && ROLE_ITEM_WORDS.contains(t.text()) && startsRoleItem()))) {
                return;
            }
            if (t.is(TokenKind.LBRACE)) depth++;
            if (t.is(TokenKind.RBRACE)) depth--;
            advance();
        }
    }

    /** {@code on receive}, {@code on restart}, {@code auto action}, {@code timer(}, {@code input action}, {@code fair}, {@code strong fair}. */
    private boolean startsRoleItem() {
        Token t = peek();
        Token n = peek(1);
        return switch (t.text()) {
            case "on" -> n.isWord("receive") || n.isWord("restart");
            case "auto", "input" -> n.is(TokenKind.ACTION);
            case "timer" -> n.is(TokenKind.LPAREN);
            case "exchange" -> n.is(TokenKind.IDENT);
            case "compose", "reads" -> n.is(TokenKind.IDENT);
            case "fair" -> true;
            case "strong" -> n.isWord("fair");
            default -> false;
        };
    }

    private static final java.util.Set<String> VAR_QUALIFIERS = java.util.Set.of("durable", "ghost", "stable");

    /** Whether qualifier words ({@code durable}, {@code ghost}, {@code stable[(op)]}) and then {@code var} follow. */
    private boolean atVarQualifiers() {
        for (int k = 0; ; ) {
            Token t = peek(k);
            if (t.is(TokenKind.VAR)) return k > 0;
            if (VAR_QUALIFIERS.stream().noneMatch(t::isWord)) return false;
            k++;
            if (t.isWord("stable") && peek(k).is(TokenKind.LPAREN)) k += 3; // stable ( op )
        }
    }

    /**
     * A variable, after its qualifiers: {@code durable} (survives a crash), {@code ghost} (model only) and
     * {@code stable} or {@code stable(<=|>=|\subseteq)} (changes only as declared once it left its initial value).
     */
    private Ast.VarDecl var() {
        Token start = peek();
        boolean durableWord = false;
        boolean ghostWord = false;
        Ast.Stable stable = null;
        while (!at(TokenKind.VAR)) {
            Token q = advance();
            boolean again = q.isWord("durable") ? durableWord : q.isWord("ghost") ? ghostWord : stable != null;
            if (again) throw error(q, "'" + q.text() + "' is written twice", "write each qualifier once");
            if (q.isWord("durable")) durableWord = true;
            else if (q.isWord("ghost")) ghostWord = true;
            else stable = new Ast.Stable(stableOrder(), spanFrom(q));
        }
        if (durableWord && ghostWord) {
            throw error(start, "a variable is durable or ghost, not both",
                    "a ghost variable is not part of the generated node, so it has nothing to keep on disk");
        }
        Token var = advance();
        Ast.Ident name = ident("a variable name");
        expect(TokenKind.COLON, "':' and the variable's type");
        Ast.TypeExpr type = type();
        boolean fromSet;
        if (accept(TokenKind.EQ)) fromSet = false;
        else if (accept(TokenKind.IN_SET)) fromSet = true;
        else throw error(peek(), "expected '=' or '\\in' and the initial value, found " + peek().describe(),
                    "every variable has an initial value: var x: int = 0");
        Expr init = expr();
        return new Ast.VarDecl(name, type, fromSet, init, durableWord, ghostWord, stable, spanFrom(start));
    }

    /** The order of {@code stable(op)}, or null for plain {@code stable} (the variable stays equal). */
    private dev.lockstep.lang.ir.BinaryOp stableOrder() {
        if (!accept(TokenKind.LPAREN)) return null;
        Token op = advance();
        dev.lockstep.lang.ir.BinaryOp order = switch (op.kind()) {
            case LE -> dev.lockstep.lang.ir.BinaryOp.LE;
            case GE -> dev.lockstep.lang.ir.BinaryOp.GE;
            case SUBSETEQ -> dev.lockstep.lang.ir.BinaryOp.SUBSETEQ;
            default -> throw error(op, "expected an order <=, >= or \\subseteq after 'stable(', found " + op.describe(),
                    "stable(<=) var x: int = 0  lets x only grow once it left 0");
        };
        expect(TokenKind.RPAREN, "')' after the order of 'stable'");
        return order;
    }

    private Ast.ActionDecl action() {
        Token start = peek();
        Ast.Fairness fairness = Ast.Fairness.NONE;
        if (acceptWord("strong")) {
            expectWord("fair");
            fairness = Ast.Fairness.STRONG;
        } else if (acceptWord("fair")) {
            fairness = Ast.Fairness.WEAK;
        }
        Token kw = peek();
        Ast.Trigger trigger;
        Ast.Ident name;
        List<Ast.ActionParam> params;
        if (acceptWord("on")) {
            expectWord("receive");
            if (atWord("all") && peek(1).is(TokenKind.IDENT)) {
                advance();
                trigger = receiveAll(kw);
            } else {
                Ast.Ident msgVar = ident("the received message's name, as in  on receive m: Prepared");
                expect(TokenKind.COLON, "':' and the message type");
                trigger = new Ast.OnReceive(msgVar, ident("a message type"));
            }
            Ast.Ident msgType = trigger instanceof Ast.OnReceiveAll all ? all.messageType()
                    : ((Ast.OnReceive) trigger).messageType();
            String prefix = trigger instanceof Ast.OnReceiveAll ? "ReceiveAll" : "Receive";
            name = acceptWord("as") ? ident("an action name")
                    : new Ast.Ident(prefix + msgType.name(), msgType.span());
            params = params();
        } else if (atWord("auto") || atWord("input")) {
            trigger = advance().text().equals("auto") ? new Ast.Auto() : new Ast.Input();
            expect(TokenKind.ACTION, "'action'");
            name = ident("an action name");
            params = params();
        } else if (atWord("timer")) {
            advance();
            Token open = expect(TokenKind.LPAREN, "'(' and the delay bounds, as in timer(500ms..1s)");
            long lo = duration();
            expect(TokenKind.DOTDOT, "'..' between the delay bounds");
            long hi = duration();
            expect(TokenKind.RPAREN, "')'");
            trigger = new Ast.Timer(lo, hi, spanFrom(open));
            expect(TokenKind.ACTION, "'action'");
            name = ident("an action name");
            params = params();
        } else if (atWord("exchange") && peek(1).is(TokenKind.IDENT)) {
            advance();
            name = ident("an exchange name");
            if (!acceptWord("with")) {
                throw error(peek(), "expected 'with' and the peer, found " + peek().describe(),
                        "an exchange names its peer and view, as in  exchange Gossip with peer \\in Nodes \\ {self}");
            }
            params = new ArrayList<>(List.of(named("the peer's name", TokenKind.IN_SET,
                    "'\\in' and the view (the set of possible peers)", this::expr, Ast.ActionParam::new)));
            Expr weight = acceptWord("weighted") ? expr() : null;
            Expr rate = acceptWord("rate") ? expr() : null;
            boolean mayFail = false;
            if (atWord("may") && peek(1).isWord("fail")) {
                advance();
                advance();
                mayFail = true;
            }
            trigger = new Ast.Exchange(weight, rate, mayFail, spanFrom(kw));
        } else {
            String found = "expected 'var' or an action (on receive, auto action, timer(..) action, input action,"
                    + " exchange),"
                    + " found " + kw.describe();
            if (kw.isWord("restart") || kw.isWord("cancel")) {
                throw error(kw, found, kw.text() + " T is a statement: write it after an action's 'do'");
            }
            throw error(kw, found);
        }
        Expr guard = null;
        if (accept(TokenKind.WHEN)) guard = expr();
        expect(TokenKind.DO, "'do' and the action's effect");
        List<Ast.Stmt> body = statements();
        return new Ast.ActionDecl(name, trigger, fairness, params, guard, body, spanFrom(start));
    }

    /** After {@code on receive all}: {@code ms: T from Q [where m: filter]}. */
    private Ast.OnReceiveAll receiveAll(Token start) {
        Ast.Ident setVar = ident("the name of the received set, as in  on receive all ms: Promise from Q");
        expect(TokenKind.COLON, "':' and the message type");
        Ast.Ident msgType = ident("a message type");
        if (!acceptWord("from")) {
            throw error(peek(), "expected 'from' and the set of senders, found " + peek().describe(),
                    "a quorum receive names its senders, as in  on receive all ms: Promise from Q");
        }
        Expr from = expr();
        Ast.Ident each = null;
        Expr filter = null;
        if (acceptWord("where")) {
            each = ident("the name of each message, as in  where m: m.bal = b");
            expect(TokenKind.COLON, "':' and the filter on each message");
            filter = expr();
        }
        return new Ast.OnReceiveAll(setVar, msgType, from, each, filter, spanFrom(start));
    }

    private long duration() {
        Token t = expect(TokenKind.DURATION, "a duration such as 500ms or 2s");
        // A malformed or too large duration was reported by the lexer; read it as 0ms and go on.
        return Math.max(0, Lexer.durationMillis(t.text()));
    }

    private List<Ast.ActionParam> params() {
        if (!accept(TokenKind.LPAREN)) return new ArrayList<>();
        List<Ast.ActionParam> params = commaSeparated(() -> named("a parameter name", TokenKind.IN_SET,
                "'\\in' and the parameter's finite domain", this::expr, Ast.ActionParam::new));
        expect(TokenKind.RPAREN, "')'");
        return params;
    }

    /**
     * Statements after {@code do}: {@code x' = e}, {@code send M {..} to e}, {@code skip}, {@code restart T},
     * {@code cancel T}; ';' is optional. {@code restart} and {@code cancel} are soft keywords: an identifier
     * followed by a name (never by {@code '}, as an assignment is, nor by an action header's next word, which is
     * never one of these two).
     */
    private List<Ast.Stmt> statements() {
        List<Ast.Stmt> body = new ArrayList<>();
        do {
            body.add(statement());
            accept(TokenKind.SEMI);
        } while (startsStatement());
        return body;
    }

    private boolean startsStatement() {
        return at(TokenKind.SEND) || at(TokenKind.SKIP) || (at(TokenKind.IDENT) && peek(1).is(TokenKind.PRIME))
                || atPeerAssign() || timerOp() != null;
    }

    /** {@code p.x' = e}: an assignment to an exchange peer's variable. */
    private boolean atPeerAssign() {
        return at(TokenKind.IDENT) && peek(1).is(TokenKind.DOT) && peek(2).is(TokenKind.IDENT)
                && peek(3).is(TokenKind.PRIME);
    }

    /** The timer statement starting here ({@code restart T} or {@code cancel T}), or null. */
    private Ast.TimerOp timerOp() {
        if (!at(TokenKind.IDENT) || !peek(1).is(TokenKind.IDENT)) return null;
        return switch (peek().text()) {
            case "restart" -> Ast.TimerOp.RESTART;
            case "cancel" -> Ast.TimerOp.CANCEL;
            default -> null;
        };
    }

    private Ast.Stmt statement() {
        Token t = peek();
        if (accept(TokenKind.SKIP)) return new Ast.Skip(span(t));
        if (accept(TokenKind.SEND)) {
            Ast.Ident type = ident("a message type after 'send'");
            List<Ast.FieldInit> fields = at(TokenKind.LBRACE) ? messageFields() : List.of();
            Expr to = exprAfter(TokenKind.TO, "'to' and the receiving node or set of nodes");
            return new Ast.Send(type, fields, to, spanFrom(t));
        }
        if (at(TokenKind.IDENT) && peek(1).is(TokenKind.PRIME)) {
            Ast.Ident var = ident("a variable");
            advance();
            expect(TokenKind.EQ, "'=' after the primed variable");
            return new Ast.Assign(var, expr(), spanFrom(t));
        }
        if (atPeerAssign()) {
            Ast.Ident peer = ident("the peer");
            advance();
            Ast.Ident var = ident("a variable of the peer");
            advance();
            expect(TokenKind.EQ, "'=' after the primed variable");
            return new Ast.PeerAssign(peer, var, expr(), spanFrom(t));
        }
        Ast.TimerOp op = timerOp();
        if (op != null) {
            advance();
            return new Ast.TimerControl(op, ident("a timer action"), spanFrom(t));
        }
        throw error(t, "expected a statement (x' = e, peer.x' = e, send M {..} to n, skip, restart T or cancel T),"
                + " found "
                + t.describe());
    }

    private Ast.ModelDecl model() {
        Token start = advance();
        Ast.Ident name = ident("a model name");
        expect(TokenKind.LBRACE, "'{'");
        List<Ast.Binding> bindings = new ArrayList<>();
        List<Ast.Ident> checks = new ArrayList<>();
        List<Ast.Ident> symmetric = new ArrayList<>();
        Expr constraint = null;
        Ast.IntLit crashes = null;
        while (!at(TokenKind.RBRACE) && !at(TokenKind.EOF)) {
            if (accept(TokenKind.SEMI) || accept(TokenKind.COMMA)) continue;
            if (atWord("check") && peek(1).is(TokenKind.IDENT)) {
                advance();
                checks.addAll(commaSeparated(() -> ident("an invariant or property name")));
            } else if (atWord("symmetric") && peek(1).is(TokenKind.IDENT)) {
                advance();
                symmetric.addAll(commaSeparated(() -> ident("a constant (a set of nodes)")));
            } else if (atWord("crashes") && !peek(1).is(TokenKind.EQ)) {
                Token word = advance();
                Token n = expect(TokenKind.INT, "the most crash steps of a run, as in  crashes 2");
                if (crashes != null) throw error(word, "model " + name.name() + " bounds its crashes twice");
                crashes = new Ast.IntLit(Long.parseLong(n.text()), spanFrom(word));
            } else if (atWord("constraint") && !peek(1).is(TokenKind.EQ)) {
                advance();
                Expr more = expr();
                // Several constraints all apply, as several CONSTRAINTs do in a TLC .cfg.
                constraint = constraint == null ? more
                        : new Ast.Binary(dev.lockstep.lang.ir.BinaryOp.AND, constraint, more,
                                constraint.span().to(more.span()));
            } else {
                Ast.Ident constant = ident("a constant binding (Name = value), 'check', 'symmetric' or 'constraint'");
                expect(TokenKind.EQ, "'=' after the constant name");
                bindings.add(new Ast.Binding(constant, expr()));
            }
        }
        expect(TokenKind.RBRACE, "'}' to close model " + name.name());
        return new Ast.ModelDecl(name, bindings, checks, symmetric, constraint, crashes, spanFrom(start));
    }
}
