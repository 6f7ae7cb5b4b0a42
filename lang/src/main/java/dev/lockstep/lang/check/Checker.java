package dev.lockstep.lang.check;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostics;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Stmt;
import dev.lockstep.lang.source.SourceFile;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.syntax.Ast;
import dev.lockstep.lang.syntax.AstWalk;
import dev.lockstep.lang.types.Type;
import dev.lockstep.lang.value.BoolV;
import dev.lockstep.lang.value.EnumV;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Name resolution and type checking of a parsed spec, producing a {@link CheckedSpec}. It also enforces the
 * structural rules: actions write only their own role's variables, each at most once; action parameters range
 * over finite sets; every model binds every constant; invariants are state predicates.
 */
public final class Checker {
    private static final Set<String> RESERVED_FIELDS = Set.of("src", "dst", "type");

    private final SourceFile file;
    private final Diagnostics diags;
    private final Symbols symbols = new Symbols();
    private final ExprChecker exprs;
    private final TimerStatements timers;
    private final ExchangeRules exchanges;

    private Checker(Ast.Spec spec, SourceFile file, Diagnostics diags) {
        this.file = file;
        this.diags = diags;
        this.exprs = new ExprChecker(symbols, diags, this::resolveDef);
        this.timers = new TimerStatements(spec, diags);
        this.exchanges = new ExchangeRules(diags, exprs, symbols);
    }

    /** The checked spec, or empty when there were errors (all reported to {@code diags}). */
    public static Optional<CheckedSpec> check(Ast.Spec spec, SourceFile file, Diagnostics diags) {
        int errorsBefore = diags.errorCount();
        StableVars.Desugared stable = StableVars.desugar(spec, diags);
        Checker checker = new Checker(stable.spec(), file, diags);
        checker.stableProperties.addAll(stable.properties());
        CheckedSpec checked = checker.run(stable.spec());
        return diags.errorCount() > errorsBefore ? Optional.empty() : Optional.of(checked);
    }

    /** The properties that stand for stable variables ({@link StableVars}): every model checks them. */
    private final List<String> stableProperties = new ArrayList<>();

    private CheckedSpec run(Ast.Spec spec) {
        declareNames(spec);
        List<CheckedSpec.EnumDecl> enums = declareEnums(spec);
        List<CheckedSpec.MessageDecl> messages = declareMessages(spec);
        List<CheckedSpec.Const> consts = declareConsts(spec);
        CheckedSpec.Network network = network(spec);
        symbols.networkKind = network.kind();
        declareRoleSignatures(spec, enums);
        declareDefs(spec);

        List<CheckedSpec.Role> roles = new ArrayList<>();
        for (Ast.Decl d : spec.decls()) {
            // A second role with the same name was reported as a duplicate; only the first one has a signature.
            if (d instanceof Ast.RoleDecl r && symbols.roles.get(r.name().name()).span().equals(r.span())) {
                roles.add(role(r));
            }
        }
        // An invariant used as a predicate joins the definitions, at the end, when first used
        // (Symbols.invariantAsDef): the list is taken again when its end is reached and the definitions grew.
        List<Symbols.DefSig> toResolve = new ArrayList<>(symbols.defs.values());
        for (int i = 0; i < toResolve.size(); i++) {
            Symbols.DefSig def = toResolve.get(i);
            resolveDef(def, def.decl.span());
            if (i == toResolve.size() - 1 && symbols.defs.size() > toResolve.size()) {
                toResolve = new ArrayList<>(symbols.defs.values());
            }
        }
        List<CheckedSpec.Invariant> invariants = new ArrayList<>();
        List<CheckedSpec.Property> properties = new ArrayList<>();
        List<CheckedSpec.Model> models = new ArrayList<>();
        List<CheckedSpec.Invariant> inits = new ArrayList<>();
        List<CheckedSpec.FairGroup> fairGroups = new ArrayList<>();
        for (Ast.Decl d : spec.decls()) {
            switch (d) {
                case Ast.InvariantDecl inv -> {
                    Context ctx = Context.global(false);
                    Expr body = predicate(inv.body(), ctx, "invariant " + inv.name().name());
                    invariants.add(new CheckedSpec.Invariant(inv.name().name(), body, ctx.frameSize(), inv.span()));
                }
                case Ast.PropertyDecl p -> {
                    Context ctx = Context.global(true);
                    Expr body = predicate(p.body(), ctx, "property " + p.name().name());
                    var property = new CheckedSpec.Property(p.name().name(), body, ctx.frameSize(), p.span());
                    StepPropertyRules.checkTransition(property, diags);
                    properties.add(property);
                }
                case Ast.InitDecl i -> {
                    Context ctx = Context.global(false);
                    Expr body = predicate(i.body(), ctx, "init predicate " + i.name().name());
                    inits.add(new CheckedSpec.Invariant(i.name().name(), body, ctx.frameSize(), i.span()));
                }
                case Ast.FairGroupDecl g -> fairGroups.add(StepPropertyRules.fairGroup(g, roles, diags));
                case Ast.ModelDecl m -> models.add(model(m, roles));
                default -> { }
            }
        }
        if (models.isEmpty() && !diags.hasErrors()) {
            diags.warning(Code.NO_MODEL, spec.name().span(), "spec " + spec.name().name() + " declares no model",
                    "add one to explore or check it: model small { Const = value ... }");
        }
        // Every definition, with the invariants used as predicates that the formulas above added, in index order.
        List<CheckedSpec.Def> defs = new ArrayList<>();
        for (Symbols.DefSig def : new ArrayList<>(symbols.defs.values())) {
            CheckedSpec.Def checked = resolveDef(def, def.decl.span());
            if (checked != null) defs.add(checked);
        }
        CheckedSpec checked = new CheckedSpec(spec.name().name(), file, consts, enums, messages, network, roles, defs,
                invariants, properties, models, inits, fairGroups);
        // Over the checked IR, which is whole only without errors.
        if (!diags.hasErrors()) new SymmetryRules(diags).refuseOrderDependence(checked);
        return checked;
    }

    private Expr predicate(Ast.Expr e, Context ctx, String what) {
        Expr body = exprs.check(e, ctx);
        if (Type.unify(body.type(), Type.BOOL) == null) {
            diags.error(Code.NOT_A_PREDICATE, body.span(), what + " must be a boolean predicate, but has type "
                    + body.type());
        }
        return body;
    }

    // ---- names and signatures -----------------------------------------------------------------

    private void declareNames(Ast.Spec spec) {
        for (Ast.Decl d : spec.decls()) {
            if (d instanceof Ast.NetworkDecl) continue;
            declare(d.name().name(), d.name().span(), kindOf(d));
        }
    }

    private void declare(String name, Span span, String kind) {
        Span previous = symbols.declared.putIfAbsent(name, span);
        if (previous != null) {
            diags.error(Code.DUPLICATE_DECLARATION, span, kind + " '" + name + "' is already declared",
                    "first declared at " + previous.location());
        }
    }

    private static String kindOf(Ast.Decl d) {
        return switch (d) {
            case Ast.ConstDecl c -> "constant";
            case Ast.EnumDecl e -> "enum";
            case Ast.MessageDecl m -> "message";
            case Ast.NetworkDecl n -> "network";
            case Ast.RoleDecl r -> "role";
            case Ast.DefDecl def -> "definition";
            case Ast.InvariantDecl i -> "invariant";
            case Ast.PropertyDecl p -> "property";
            case Ast.InitDecl i -> "init predicate";
            case Ast.FairGroupDecl g -> "fairness group";
            case Ast.ModelDecl m -> "model";
            case Ast.InstanceDecl i -> "instance";
        };
    }

    private List<CheckedSpec.EnumDecl> declareEnums(Ast.Spec spec) {
        List<CheckedSpec.EnumDecl> enums = new ArrayList<>();
        for (Ast.Decl d : spec.decls()) {
            if (d instanceof Ast.EnumDecl e) {
                Type.Enum type = enumType(e.name().name(), e.labels());
                symbols.enums.put(e.name().name(), type);
                enums.add(new CheckedSpec.EnumDecl(e.name().name(), type, e.span()));
            }
        }
        return enums;
    }

    private Type.Enum enumType(String name, List<Ast.Ident> labels) {
        List<String> names = new ArrayList<>();
        for (Ast.Ident l : labels) {
            if (names.contains(l.name())) {
                diags.error(Code.DUPLICATE_DECLARATION, l.span(), "label '" + l.name() + "' appears twice in enum "
                        + name);
            } else {
                names.add(l.name());
            }
        }
        Type.Enum type = new Type.Enum(name, names);
        for (Ast.Ident l : labels) {
            int ordinal = names.indexOf(l.name());
            var previous = symbols.labels.get(l.name());
            if (previous != null && previous.type() != type) {
                diags.error(Code.DUPLICATE_ENUM_LABEL, l.span(), "label '" + l.name() + "' is already a label of "
                        + previous.type().name(), "labels are global names, so each belongs to one enum");
            } else if (symbols.declared.containsKey(l.name())) {
                diags.error(Code.DUPLICATE_DECLARATION, l.span(), "label '" + l.name()
                        + "' has the name of another declaration");
            } else {
                symbols.labels.put(l.name(), new Symbols.Label(new EnumV(name, l.name(), ordinal), type));
            }
        }
        return type;
    }

    private List<CheckedSpec.MessageDecl> declareMessages(Ast.Spec spec) {
        List<CheckedSpec.MessageDecl> messages = new ArrayList<>();
        // Message types may mention each other only through names resolved after all are known.
        for (Ast.Decl d : spec.decls()) {
            if (d instanceof Ast.MessageDecl m) symbols.messages.put(m.name().name(), new Type.Message(m.name().name(), List.of()));
        }
        for (Ast.Decl d : spec.decls()) {
            if (!(d instanceof Ast.MessageDecl m)) continue;
            List<Type.Field> fields = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Ast.FieldDecl f : m.fields()) {
                if (RESERVED_FIELDS.contains(f.name().name())) {
                    diags.error(Code.RESERVED_FIELD, f.name().span(), "'" + f.name().name()
                            + "' is a field every message already has", "src, dst and type are set by send");
                } else if (!seen.add(f.name().name())) {
                    diags.error(Code.DUPLICATE_DECLARATION, f.name().span(), "field '" + f.name().name()
                            + "' is declared twice in message " + m.name().name());
                } else {
                    fields.add(new Type.Field(f.name().name(), resolveType(f.type())));
                }
            }
            Type.Message type = new Type.Message(m.name().name(), fields);
            symbols.messages.put(m.name().name(), type);
            messages.add(new CheckedSpec.MessageDecl(m.name().name(), type, m.span()));
        }
        return messages;
    }

    private List<CheckedSpec.Const> declareConsts(Ast.Spec spec) {
        List<CheckedSpec.Const> consts = new ArrayList<>();
        for (Ast.Decl d : spec.decls()) {
            if (d instanceof Ast.ConstDecl c && !symbols.consts.containsKey(c.name().name())) {
                var constant = new CheckedSpec.Const(c.name().name(), consts.size(), resolveType(c.type()), c.span());
                symbols.consts.put(constant.name(), constant);
                consts.add(constant);
            }
        }
        return consts;
    }

    private CheckedSpec.Network network(Ast.Spec spec) {
        CheckedSpec.Network network = null;
        for (Ast.Decl d : spec.decls()) {
            if (!(d instanceof Ast.NetworkDecl n)) continue;
            if (network != null) {
                diags.error(Code.DUPLICATE_DECLARATION, n.span(), "the network is already declared",
                        "first declared at " + network.span().location());
                continue;
            }
            CheckedSpec.NetworkKind kind = switch (n.name().name()) {
                case "set" -> CheckedSpec.NetworkKind.SET;
                case "bag" -> CheckedSpec.NetworkKind.BAG;
                case "fifo" -> CheckedSpec.NetworkKind.FIFO;
                default -> {
                    diags.error(Code.BAD_DECLARATION, n.name().span(), "unknown network kind '" + n.name().name()
                            + "'", "the kinds are set, bag and fifo");
                    yield CheckedSpec.NetworkKind.SET;
                }
            };
            boolean lossy = false, duplicating = false, losesAny = false;
            String previous = "";
            for (Ast.Ident f : n.faults()) {
                switch (f.name()) {
                    case "lossy" -> lossy = true;
                    case "duplicating" -> duplicating = true;
                    case "any" -> {
                        losesAny = true;
                        if (!previous.equals("lossy") || kind != CheckedSpec.NetworkKind.FIFO) {
                            diags.error(Code.LOSSY_ANY_NOT_FIFO, f.span(), "'any' follows 'lossy' on a fifo network",
                                    "a lossy set or bag loses any message already; write 'network fifo lossy any'");
                        }
                    }
                    default -> diags.error(Code.BAD_DECLARATION, f.span(), "unknown network fault '" + f.name() + "'",
                            "the faults are lossy (or, on fifo, lossy any) and duplicating");
                }
                previous = f.name();
            }
            network = new CheckedSpec.Network(kind, lossy, duplicating, losesAny && lossy, n.span());
        }
        return network != null ? network
                : new CheckedSpec.Network(CheckedSpec.NetworkKind.SET, false, false, spec.name().span());
    }

    private void declareRoleSignatures(Ast.Spec spec, List<CheckedSpec.EnumDecl> enums) {
        for (Ast.Decl d : spec.decls()) {
            if (!(d instanceof Ast.RoleDecl r) || symbols.roles.containsKey(r.name().name())) continue;
            List<Symbols.VarSig> vars = new ArrayList<>();
            for (Ast.VarDecl v : r.vars()) {
                if (vars.stream().anyMatch(x -> x.name().equals(v.name().name()))) {
                    diags.error(Code.DUPLICATE_DECLARATION, v.name().span(), "variable '" + v.name().name()
                            + "' is declared twice in role " + r.name().name());
                    continue;
                }
                Type type;
                if (v.type() instanceof Ast.InlineEnum inline) {
                    Type.Enum e = enumType(r.name().name() + "_" + v.name().name(), inline.labels());
                    enums.add(new CheckedSpec.EnumDecl(e.name(), e, inline.span()));
                    type = e;
                } else {
                    type = resolveType(v.type());
                }
                vars.add(new Symbols.VarSig(v.name().name(), vars.size(), type, v.span()));
            }
            symbols.roles.put(r.name().name(),
                    new Symbols.RoleSig(r.name().name(), symbols.roles.size(), vars, r.span()));
        }
        for (Ast.Decl d : spec.decls()) {
            if (d instanceof Ast.RoleDecl r) symbols.layersRead.put(r.name().name(), layersRead(r));
        }
    }

    /** The roles {@code r} declares with {@code reads}: other roles of the spec ({@code LS415}). */
    private Set<String> layersRead(Ast.RoleDecl r) {
        Set<String> out = new HashSet<>();
        for (Ast.Ident layer : r.layersRead()) {
            if (!symbols.roles.containsKey(layer.name()) || layer.name().equals(r.name().name())) {
                diags.error(Code.UNKNOWN_LAYER, layer.span(), "role " + r.name().name() + " reads '" + layer.name()
                        + "', which is not another role of this spec", "name a lower layer: a role on the same nodes");
                continue;
            }
            out.add(layer.name());
        }
        return out;
    }

    private void declareDefs(Ast.Spec spec) {
        for (Ast.Decl d : spec.decls()) {
            if (d instanceof Ast.DefDecl def && !symbols.defs.containsKey(def.name().name())) {
                Symbols.DefSig sig = new Symbols.DefSig(def, symbols.defs.size());
                for (Ast.ParamDecl p : def.params()) sig.paramTypes.add(resolveType(p.type()));
                symbols.defs.put(def.name().name(), sig);
            }
            if (d instanceof Ast.InvariantDecl i) {
                symbols.invariants.put(i.name().name(), i.span());
                symbols.invariantDecls.putIfAbsent(i.name().name(), i);
            }
            if (d instanceof Ast.PropertyDecl p) symbols.properties.put(p.name().name(), p.span());
            if (d instanceof Ast.ModelDecl m) symbols.models.add(m.name().name());
        }
    }

    private CheckedSpec.Def resolveDef(Symbols.DefSig def, Span useSite) {
        if (def.checked != null) return def.checked;
        if (def.inProgress) {
            diags.error(Code.RECURSIVE_DEFINITION, useSite, "definition " + def.decl.name().name()
                    + " uses itself", "definitions cannot be recursive; use a quantifier or a CHOOSE instead");
            return null;
        }
        def.inProgress = true;
        Context ctx = Context.global(false);
        List<Expr.Local> params = new ArrayList<>();
        for (int i = 0; i < def.decl.params().size(); i++) {
            Ast.ParamDecl p = def.decl.params().get(i);
            params.add(ctx.declare(p.name().name(), def.paramTypes.get(i), p.name().span()));
        }
        int saved = exprs.depth().beginBody();
        Expr body = exprs.check(def.decl.body(), ctx);
        def.depth = exprs.depth().endBody(saved);
        def.maxConstRead = ctx.maxConstRead;
        def.checked = new CheckedSpec.Def(def.decl.name().name(), def.index, params, body, ctx.readsGlobalState,
                ctx.frameSize(), def.decl.span());
        def.inProgress = false;
        return def.checked;
    }

    Type resolveType(Ast.TypeExpr t) {
        return switch (t) {
            case Ast.NamedType n -> switch (n.name().name()) {
                case "bool" -> Type.BOOL;
                case "int" -> Type.INT;
                case "string" -> Type.STRING;
                case "node" -> Type.NODE;
                default -> {
                    Type named = symbols.enums.containsKey(n.name().name()) ? symbols.enums.get(n.name().name())
                            : symbols.messages.get(n.name().name());
                    if (named == null) {
                        List<String> known = new ArrayList<>(List.of("bool", "int", "string", "node", "set", "seq",
                                "map"));
                        known.addAll(symbols.enums.keySet());
                        known.addAll(symbols.messages.keySet());
                        String suggestion = Symbols.closest(n.name().name(), known);
                        String kinds = "types are bool, int, string, node, set<T>, seq<T>, map<K, V>, [f: T, ...], "
                                + "<<T, ...>>, enums and messages";
                        if (suggestion != null) {
                            diags.error(Code.UNKNOWN_TYPE, n.span(), "unknown type '" + n.name().name() + "'",
                                    "did you mean '" + suggestion + "'?", kinds);
                        } else {
                            diags.error(Code.UNKNOWN_TYPE, n.span(), "unknown type '" + n.name().name() + "'", kinds);
                        }
                        yield Type.ANY;
                    }
                    yield named;
                }
            };
            case Ast.SetType s -> new Type.SetOf(resolveType(s.element()));
            case Ast.SeqType s -> new Type.SeqOf(resolveType(s.element()));
            case Ast.MapType m -> new Type.MapOf(resolveType(m.key()), resolveType(m.value()));
            case Ast.RecordType r -> new Type.Record(r.fields().stream()
                    .map(f -> new Type.Field(f.name().name(), resolveType(f.type()))).toList());
            case Ast.TupleType tu -> new Type.Tuple(tu.elements().stream().map(this::resolveType).toList());
            case Ast.InlineEnum e -> {
                diags.error(Code.UNKNOWN_TYPE, e.span(), "an inline enum is only allowed as a role variable's type",
                        "declare it at the top level: enum Name { a, b }");
                yield Type.ANY;
            }
        };
    }

    // ---- roles and actions --------------------------------------------------------------------

    private CheckedSpec.Role role(Ast.RoleDecl r) {
        Symbols.RoleSig sig = symbols.roles.get(r.name().name());
        Context nodesCtx = new Context(Context.Kind.ROLE_NODES, null, 0, false);
        Expr nodes = exprs.check(r.nodes(), nodesCtx);
        if (Type.unify(nodes.type(), Type.NODE) != null && !(nodes.type() instanceof Type.Any)) {
            nodes = new Expr.SetLit(List.of(nodes), new Type.SetOf(Type.NODE), nodes.span());
        } else {
            exprs.require(nodes, new Type.SetOf(Type.NODE), "the nodes of role " + r.name().name());
        }
        List<CheckedSpec.Var> vars = new ArrayList<>();
        for (Symbols.VarSig v : sig.vars()) {
            Ast.VarDecl decl = r.vars().stream().filter(x -> x.span().equals(v.span())).findFirst().orElseThrow();
            Context ctx = new Context(Context.Kind.VAR_INIT, sig, v.index(), false);
            Expr init = exprs.check(decl.init(), ctx);
            if (decl.initFromSet()) {
                Type elem = exprs.setElement(init, "the initial set of " + v.name());
                if (Type.unify(elem, v.type()) == null) {
                    diags.error(Code.TYPE_MISMATCH, init.span(), "initial values of " + v.name() + " must be "
                            + v.type() + ", but this is a set of " + elem);
                }
                if (!Finiteness.isFinite(init)) {
                    diags.error(Code.INFINITE_ENUMERATION, init.span(), "the initial values of " + v.name()
                            + " must form a finite set");
                }
            } else {
                exprs.require(init, v.type(), "the initial value of " + v.name());
            }
            CrashRules.checkVar(r, decl, diags);
            vars.add(new CheckedSpec.Var(v.name(), v.index(), v.type(), decl.initFromSet(), init, decl.durable(),
                    decl.ghost(), ctx.frameSize(), v.span()));
        }
        List<CheckedSpec.Action> actions = new ArrayList<>();
        Map<String, Span> names = new HashMap<>();
        for (Ast.ActionDecl a : r.actions()) {
            Span previous = names.putIfAbsent(a.name().name(), a.name().span());
            if (previous != null) {
                diags.error(Code.DUPLICATE_ACTION, a.name().span(), "role " + r.name().name()
                        + " already has an action named " + a.name().name(), "first declared at "
                        + previous.location() + "; name receive handlers with 'as', as in on receive m: T as Name");
            }
            actions.add(action(sig, a));
        }
        CheckedSpec.Action restart = r.restart() == null ? null : action(sig, CrashRules.restartAction(r, diags));
        List<CheckedSpec.Composition> compositions = r.composes().stream().map(c -> new CheckedSpec.Composition(
                c.kind().name(), c.name().name(), c.first().name(), c.second().name(), c.firstRate(), c.secondRate(),
                c.members(), c.span())).toList();
        CheckedSpec.Role checked = new CheckedSpec.Role(r.name().name(), sig.index(), nodes, nodesCtx.frameSize(),
                r.crashes(), vars, actions, restart, compositions, r.span());
        GhostRules.check(checked, diags);
        return checked;
    }

    private CheckedSpec.Action action(Symbols.RoleSig role, Ast.ActionDecl a) {
        Context ctx = new Context(Context.Kind.ACTION, role, role.vars().size(), false);
        CheckedSpec.Trigger trigger = switch (a.trigger()) {
            case Ast.OnReceive rcv -> new CheckedSpec.Trigger.OnReceive(rcv.messageType().name());
            case Ast.OnReceiveAll all -> null; // checked after the parameters, which it may read
            case Ast.Auto au -> new CheckedSpec.Trigger.Auto();
            case Ast.Input in -> new CheckedSpec.Trigger.Input();
            case Ast.Exchange x -> null; // checked after its peer parameter
            case Ast.Timer t -> {
                if (t.lowMillis() > t.highMillis()) {
                    diags.error(Code.BAD_TIMER, t.span(), "the lower delay bound " + t.lowMillis()
                            + "ms exceeds the upper bound " + t.highMillis() + "ms");
                }
                yield new CheckedSpec.Trigger.Timer(t.lowMillis(), t.highMillis());
            }
        };
        Expr.Local message = null;
        if (a.trigger() instanceof Ast.OnReceive rcv) {
            Type.Message type = symbols.messages.get(rcv.messageType().name());
            if (type == null) {
                diags.error(Code.UNKNOWN_MESSAGE, rcv.messageType().span(), "unknown message type '"
                        + rcv.messageType().name() + "'");
            }
            message = ctx.declare(rcv.messageVar().name(), type == null ? Type.ANY : type, rcv.messageVar().span());
        }
        List<CheckedSpec.Param> params = new ArrayList<>();
        for (Ast.ActionParam p : a.params()) {
            Expr domain = exprs.check(p.domain(), ctx);
            Type elem = exprs.setElement(domain, "parameter " + p.name().name() + "'s domain");
            if (!Finiteness.isFinite(domain)) {
                diags.error(Code.INFINITE_DOMAIN, domain.span(), "parameter " + p.name().name()
                        + " ranges over an infinite set", "bound it, as in " + p.name().name() + " \\in 0..3");
            }
            params.add(new CheckedSpec.Param(ctx.declare(p.name().name(), elem, p.name().span()), domain));
        }
        if (a.trigger() instanceof Ast.OnReceiveAll all) trigger = receiveAll(all, ctx);
        if (a.trigger() instanceof Ast.Exchange x) trigger = exchanges.trigger(x, params, ctx);
        Expr guard = a.guard() == null ? new Expr.Lit(BoolV.TRUE, Type.BOOL, a.name().span())
                : predicate(a.guard(), ctx, "the guard of " + a.name().name());
        if (trigger instanceof CheckedSpec.Trigger.Exchange x) guard = ExchangeRules.guard(x, guard);
        List<Stmt> effects = new ArrayList<>();
        Map<String, Span> assigned = new HashMap<>();
        Map<String, Span> timersControlled = new HashMap<>();
        Map<String, Span> peerAssigned = new HashMap<>();
        for (Ast.Stmt s : a.body()) {
            switch (s) {
                case Ast.Skip skip -> { }
                case Ast.Assign asg -> {
                    Stmt st = assign(role, asg, ctx, assigned);
                    if (st != null) effects.add(st);
                }
                case Ast.PeerAssign pa -> {
                    Stmt st = exchanges.peerAssign(role, pa, ctx, peerAssigned);
                    if (st != null) effects.add(st);
                }
                case Ast.Send send -> {
                    if (ctx.exchangePeer != null) exchanges.noSend(send);
                    Stmt st = send(send, ctx);
                    if (st != null) effects.add(st);
                }
                case Ast.TimerControl tc -> {
                    Stmt st = timers.check(role.name(), tc, timersControlled);
                    if (st != null) effects.add(st);
                }
            }
        }
        if (trigger instanceof CheckedSpec.Trigger.Exchange x && x.mayFail()) {
            effects = ExchangeRules.failable(x, params, effects, role);
        }
        CheckedSpec.Fairness fairness = switch (a.fairness()) {
            case NONE -> CheckedSpec.Fairness.NONE;
            case WEAK -> CheckedSpec.Fairness.WEAK;
            case STRONG -> CheckedSpec.Fairness.STRONG;
        };
        return new CheckedSpec.Action(role.name(), a.name().name(), trigger, fairness, params, message, guard, effects,
                ctx.frameSize(), a.span());
    }

    /**
     * A quorum receive: the senders are a set of nodes, the filter a predicate on each message (in a scope of its
     * own), and the received set is in scope for the guard and the effects.
     */
    private CheckedSpec.Trigger.OnReceiveAll receiveAll(Ast.OnReceiveAll all, Context ctx) {
        Type.Message type = symbols.messages.get(all.messageType().name());
        if (type == null) {
            diags.error(Code.UNKNOWN_MESSAGE, all.messageType().span(), "unknown message type '"
                    + all.messageType().name() + "'");
        }
        Type msgType = type == null ? Type.ANY : type;
        Expr from = exprs.check(all.from(), ctx);
        exprs.require(from, new Type.SetOf(Type.NODE), "the senders of a quorum receive");
        ctx.push();
        Expr.Local each = ctx.declare(all.each() == null ? "$each" : all.each().name(), msgType,
                all.each() == null ? all.messageType().span() : all.each().span());
        Expr filter = all.filter() == null ? new Expr.Lit(BoolV.TRUE, Type.BOOL, all.messageType().span())
                : predicate(all.filter(), ctx, "the filter of a quorum receive");
        ctx.pop();
        Expr.Local received = ctx.declare(all.setVar().name(), new Type.SetOf(msgType), all.setVar().span());
        return new CheckedSpec.Trigger.OnReceiveAll(all.messageType().name(), received, from, each, filter,
                all.span());
    }

    private Stmt assign(Symbols.RoleSig role, Ast.Assign asg, Context ctx, Map<String, Span> assigned) {
        String name = asg.var().name();
        Symbols.VarSig v = role.var(name);
        Expr value = exprs.check(asg.value(), ctx);
        if (v == null) {
            Symbols.RoleSig owner = symbols.roleOwning(name);
            if (owner != null) {
                diags.error(Code.WRITE_OUTSIDE_ROLE, asg.var().span(), "role " + role.name()
                        + " cannot write '" + name + "', a variable of role " + owner.name(),
                        "send " + owner.name() + " a message instead");
            } else if (symbols.consts.containsKey(name) || ctx.lookup(name) != null) {
                diags.error(Code.WRITE_OUTSIDE_ROLE, asg.var().span(), "'" + name
                        + "' is not a variable and cannot be assigned");
            } else {
                exprs.names().unknownVariable(role, asg.var());
            }
            return null;
        }
        Span previous = assigned.putIfAbsent(name, asg.span());
        if (previous != null) {
            diags.error(Code.DOUBLE_ASSIGNMENT, asg.span(), "'" + name + "' is assigned twice in this action",
                    "first assigned at " + previous.location() + "; assignments are simultaneous, so combine them");
        }
        exprs.require(value, v.type(), "the new value of " + name);
        return new Stmt.Assign(name, v.index(), value, asg.span());
    }

    private Stmt send(Ast.Send send, Context ctx) {
        Type.Message type = symbols.messages.get(send.messageType().name());
        Expr to = exprs.check(send.to(), ctx);
        boolean toSet;
        if (Type.unify(to.type(), Type.NODE) != null && !(to.type() instanceof Type.SetOf)) {
            toSet = false;
        } else if (Type.unify(to.type(), new Type.SetOf(Type.NODE)) != null) {
            toSet = true;
        } else {
            diags.error(Code.BAD_SEND_TARGET, to.span(), "send goes to a node or a set of nodes, not to a value of type "
                    + to.type());
            toSet = false;
        }
        if (type == null) {
            diags.error(Code.UNKNOWN_MESSAGE, send.messageType().span(), "unknown message type '"
                    + send.messageType().name() + "'");
            for (Ast.FieldInit f : send.fields()) exprs.check(f.value(), ctx);
            return null;
        }
        Map<String, Ast.FieldInit> given = new HashMap<>();
        for (Ast.FieldInit f : send.fields()) {
            if (given.putIfAbsent(f.name().name(), f) != null) {
                diags.error(Code.DUPLICATE_DECLARATION, f.name().span(), "field '" + f.name().name()
                        + "' is given twice");
            } else if (type.fields().stream().noneMatch(x -> x.name().equals(f.name().name()))) {
                diags.error(Code.UNKNOWN_FIELD, f.name().span(), "message " + type.name() + " has no field '"
                        + f.name().name() + "'");
                exprs.check(f.value(), ctx);
            }
        }
        List<String> names = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        for (Type.Field field : type.fields()) {
            Ast.FieldInit init = given.get(field.name());
            if (init == null) {
                diags.error(Code.MISSING_FIELD, send.span(), "message " + type.name() + " needs field '"
                        + field.name() + "'");
                continue;
            }
            names.add(field.name());
            values.add(exprs.check(init.value(), ctx, field.type(), "field " + field.name()));
        }
        return new Stmt.Send(type.name(), names, values, to, toSet, send.span());
    }

    // ---- models -------------------------------------------------------------------------------

    /**
     * A binding that should hold nodes but does not type-check: a node named like an enum label silently became
     * that label (labels resolve first), so say so at each label used in it.
     */
    private void labelsWhereNodesBelong(Ast.Expr binding) {
        AstWalk.forEach(binding, e -> {
            if (e instanceof Ast.Name n && symbols.labels.get(n.name()) instanceof Symbols.Label label) {
                diags.error(Code.NODE_NAME_TAKEN, n.span(), "'" + n.name() + "' is a label of enum "
                        + label.type().name() + ", so here it is that label, not a node",
                        "enum labels are global names and win over node names in a model binding; rename the node "
                        + "(or the label)");
            }
        });
    }

    private CheckedSpec.Model model(Ast.ModelDecl m, List<CheckedSpec.Role> roles) {
        Context ctx = new Context(Context.Kind.MODEL, null, 0, false);
        List<Expr> bindings = new ArrayList<>();
        for (int i = 0; i < symbols.consts.size(); i++) bindings.add(null);
        Map<String, Span> bound = new HashMap<>();
        for (Ast.Binding b : m.bindings()) {
            String name = b.name().name();
            CheckedSpec.Const c = symbols.consts.get(name);
            ctx.maxConstRead = -1;
            Expr value = exprs.check(b.value(), ctx);
            if (c == null) {
                diags.error(Code.UNKNOWN_CONSTANT, b.name().span(), "model " + m.name().name()
                        + " binds '" + name + "', which is not a declared constant");
                continue;
            }
            Span previous = bound.putIfAbsent(name, b.name().span());
            if (previous != null) {
                diags.error(Code.CONSTANT_BOUND_TWICE, b.name().span(), "constant " + name + " is bound twice",
                        "first bound at " + previous.location());
                continue;
            }
            if (ctx.maxConstRead >= c.index()) {
                // Constants are evaluated in declaration order, so a binding sees only the ones declared above it.
                String later = symbols.consts.values().stream().filter(x -> x.index() == ctx.maxConstRead)
                        .findFirst().map(CheckedSpec.Const::name).orElse("?");
                diags.error(Code.UNKNOWN_NAME, value.span(), "the value of " + name + " uses constant " + later
                        + ", which is not bound yet", "a binding may use only constants declared above its own");
            }
            if (Type.unify(value.type(), c.type()) == null && Type.canHoldNode(c.type())) labelsWhereNodesBelong(b.value());
            exprs.require(value, c.type(), "the value of " + name);
            bindings.set(c.index(), value);
        }
        for (CheckedSpec.Const c : symbols.consts.values()) {
            if (!bound.containsKey(c.name())) {
                diags.error(Code.UNBOUND_CONSTANT, m.name().span(), "model " + m.name().name()
                        + " does not bind constant " + c.name(), "add  " + c.name() + " = <value of type "
                        + c.type() + ">");
            }
        }
        List<String> invariants = new ArrayList<>();
        List<String> properties = new ArrayList<>();
        for (Ast.Ident check : m.checks()) {
            if (symbols.invariants.containsKey(check.name())) invariants.add(check.name());
            else if (symbols.properties.containsKey(check.name())) properties.add(check.name());
            else {
                diags.error(Code.UNKNOWN_CHECK, check.span(), "model " + m.name().name() + " checks '"
                        + check.name() + "', which is no invariant or property");
            }
        }
        if (m.checks().isEmpty()) {
            invariants.addAll(symbols.invariants.keySet());
            properties.addAll(symbols.properties.keySet());
        }
        // Stable variables are checked in every model; they are symmetric (one conjunct per node, the same for each).
        List<String> declared = properties.stream().filter(p -> !stableProperties.contains(p)).toList();
        for (String s : stableProperties) if (!properties.contains(s)) properties.add(s);
        Expr constraint = null;
        Context constraintCtx = Context.global(false);
        if (m.constraint() != null) {
            constraint = predicate(m.constraint(), constraintCtx, "the constraint of model " + m.name().name());
        }
        List<CheckedSpec.Symmetric> symmetric = new SymmetryRules(diags).resolve(m, symbols.consts, declared);
        int crashes = CrashRules.bound(m, roles, diags);
        return new CheckedSpec.Model(m.name().name(), bindings, invariants, properties, symmetric, constraint,
                crashes, Math.max(ctx.frameSize(), constraintCtx.frameSize()), m.span());
    }
}
