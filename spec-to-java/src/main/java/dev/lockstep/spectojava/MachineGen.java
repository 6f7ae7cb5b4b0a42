package dev.lockstep.spectojava;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * The machine class of one role: pure functions {@code enabledX(state, params…[, msg])} and
 * {@code X(state, params…[, msg])} per action, parameter domains, initial states, timers, and the actions as
 * {@code ActionSpec} data for the runtime.
 */
final class MachineGen {
    private static final String S = "s";
    private static final String[] RESERVED = {"constants", "self", "actions", "layers", S, "out", "next", "e"};

    private final CheckedSpec spec;
    private final CheckedSpec.Role role;
    private final TypeMapper types;
    private final UnitFactory units;
    private final String state;
    private final Names.Scope methods = new Names.Scope("role", "self", "initialStates", "start", "actions", "armTimers",
            "specs", "restart", "crashes", "durableVariables", "exchanges", "layersRead", "readLayers", "hashCode", "equals", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");
    private final List<ActionNames> actionNames = new ArrayList<>();
    private final QuorumReceiveGen quorums;
    /** The roles this role reads ({@code reads L}); empty for most roles. */
    private final List<String> layers;

    /** The Java method names of one action. */
    private record ActionNames(String effect, String enabled, String guard, List<String> domains, String anyEnabled) {}

    MachineGen(CheckedSpec spec, CheckedSpec.Role role, TypeMapper types, UnitFactory units) {
        this.spec = spec;
        this.role = role;
        this.types = types;
        this.units = units;
        this.state = types.states.get(role.name());
        for (CheckedSpec.Action a : role.actions()) {
            String base = Names.decapitalize(a.name());
            String effect = methods.allocate(Names.local(base), "Step");
            String enabled = methods.allocate("enabled" + Names.capitalize(a.name()), "Guard");
            List<String> domains = new ArrayList<>();
            for (CheckedSpec.Param p : a.params()) {
                domains.add(methods.allocate(base + "Domain" + Names.capitalize(p.local().name()), ""));
            }
            String any = a.trigger() instanceof CheckedSpec.Trigger.Timer
                    ? methods.allocate("anyEnabled" + Names.capitalize(a.name()), "") : null;
            String guard = a.params().isEmpty() ? enabled : methods.allocate("guard" + Names.capitalize(a.name()), "");
            actionNames.add(new ActionNames(effect, enabled, guard, domains, any));
        }
        this.quorums = new QuorumReceiveGen(this, role, types, methods);
        this.layers = LayerReads.of(role);
    }

    CompilationUnit unit() {
        CompilationUnit cu = units.unit("dev.lockstep.runtime.api.ActionSpec", "dev.lockstep.runtime.api.Command",
                "dev.lockstep.runtime.api.ExchangeSpec",
                "dev.lockstep.runtime.api.NodeId", "dev.lockstep.runtime.api.RoleMachine",
                "dev.lockstep.runtime.api.SpecOverflowException", "dev.lockstep.runtime.api.SpecValues",
                "dev.lockstep.runtime.api.Step", "dev.lockstep.runtime.api.Trigger", "java.util.ArrayList",
                "java.util.List", "java.util.Map", "java.util.Objects", "java.util.Set",
                "javax.annotation.processing.Generated");
        String name = types.machines.get(role.name());
        ClassOrInterfaceDeclaration c = cu.addClass(name, Modifier.Keyword.PUBLIC, Modifier.Keyword.FINAL);
        units.generated(c, "Role " + role.name() + " of protocol " + spec.name() + " for one node: pure functions of "
                + "the local state; commands are returned as data.", role.span());
        c.addImplementedType(J.type("RoleMachine", J.type(state)));
        c.addField(types.constants, "constants", Modifier.Keyword.PRIVATE, Modifier.Keyword.FINAL);
        c.addField("NodeId", "self", Modifier.Keyword.PRIVATE, Modifier.Keyword.FINAL);
        c.addField(J.type("List", J.type("ActionSpec", J.type(state))), "actions", Modifier.Keyword.PRIVATE,
                Modifier.Keyword.FINAL);
        if (!layers.isEmpty()) {
            cu.addImport("dev.lockstep.runtime.api.Layers");
            c.addField("Layers", "layers", Modifier.Keyword.PRIVATE);
        }

        ConstructorDeclaration ctor = c.addConstructor(Modifier.Keyword.PUBLIC);
        UnitFactory.doc(ctor, "The machine of node {@code self} under a model's constants.", role.span());
        ctor.addParameter(types.constants, "constants");
        ctor.addParameter("NodeId", "self");
        ctor.setBody(new BlockStmt()
                .addStatement(assignField("constants", J.call("Objects", "requireNonNull", J.name("constants"), J.str("constants"))))
                .addStatement(assignField("self", J.call("Objects", "requireNonNull", J.name("self"), J.str("self"))))
                .addStatement(assignField("actions", J.call((Expression) null, "specs"))));
        if (!layers.isEmpty()) {
            ctor.getBody().addStatement(assignField("layers", J.call("Layers", "none", J.str(role.name()), J.name("self"))));
        }

        simpleGetter(c, "role", J.type("String"), J.str(role.name()), "The role's name.");
        simpleGetter(c, "self", J.type("NodeId"), J.name("self"), "The node this machine runs.");
        c.addMember(initialStates());
        c.addMember(start());
        simpleGetter(c, "actions", J.type("List", J.type("ActionSpec", J.type(state))), J.name("actions"),
                "The role's actions in spec order, as data for the runtime.");
        for (int i = 0; i < role.actions().size(); i++) {
            CheckedSpec.Action a = role.actions().get(i);
            ActionNames n = actionNames.get(i);
            if (isExchange(a)) continue; // run by the runtime through exchanges() (the projection's ExchangeSpec)
            for (int k = 0; k < a.params().size(); k++) c.addMember(domain(a, n, k));
            c.addMember(enabled(a, n));
            if (!a.params().isEmpty()) c.addMember(guard(a, n));
            c.addMember(effect(a, n));
            if (n.anyEnabled() != null) c.addMember(anyEnabled(a, n));
            if (a.trigger() instanceof CheckedSpec.Trigger.OnReceiveAll) quorums.addMethods(c, a);
        }
        if (hasTimers()) c.addMember(armTimers());
        if (role.crashes()) {
            for (MethodDeclaration m : RestartGen.members(role, types, state, this::translatorOver,
                    (send, tr) -> send(send, tr, methodScope()))) c.addMember(m);
        }
        c.addMember(specs());
        if (role.actions().stream().anyMatch(MachineGen::isExchange)) c.addMember(exchanges());
        if (!layers.isEmpty()) layerMembers(c);
        return cu;
    }

    /** A layered role ({@code reads L}): which roles it reads, and the runtime's hand-over of their states. */
    private void layerMembers(ClassOrInterfaceDeclaration c) {
        List<Expression> names = new ArrayList<>();
        for (String l : layers) names.add(J.str(l));
        MethodDeclaration read = publicMethod(J.type("List", J.type("String")), "layersRead", true);
        UnitFactory.doc(read, "The roles this role reads ({@code reads}): the runtime runs them on the same node.",
                role.span());
        read.setBody(new BlockStmt().addStatement(new ReturnStmt(J.call("List", "of", names.toArray(Expression[]::new)))));
        c.addMember(read);
        MethodDeclaration give = publicMethod(new com.github.javaparser.ast.type.VoidType(), "readLayers", true);
        UnitFactory.doc(give, "The lower layers' states on this node, from the runtime that hosts them together.",
                role.span());
        give.addParameter("Layers", "layers");
        give.setBody(new BlockStmt().addStatement(new AssignExpr(new FieldAccessExpr(new ThisExpr(), "layers"),
                J.call("Objects", "requireNonNull", J.name("layers"), J.str("layers")), AssignExpr.Operator.ASSIGN)));
        c.addMember(give);
    }

    private static boolean isExchange(CheckedSpec.Action a) {
        return a.trigger() instanceof CheckedSpec.Trigger.Exchange;
    }

    /** The role's exchanges for the runtime: each projection's {@code spec} (docs/runtime.md, "Exchanges"). */
    private MethodDeclaration exchanges() {
        MethodDeclaration md = publicMethod(J.type("List", J.type("ExchangeSpec", J.type(state))), "exchanges", true);
        UnitFactory.doc(md, "The role's exchange actions, in spec order, as f1/f2/f3 for the runtime.", role.span());
        List<Expression> specs = new ArrayList<>();
        for (CheckedSpec.Action a : role.actions()) {
            if (isExchange(a) && layers.isEmpty()) {
                specs.add(J.call(types.exchanges.get(a.qualifiedName()).projection(), "spec", J.name("constants"),
                        J.name("self")));
            } else if (isExchange(a)) { // reads the layers given later (readLayers), when it runs
                specs.add(J.call(types.exchanges.get(a.qualifiedName()).projection(), "spec", J.name("constants"),
                        com.github.javaparser.StaticJavaParser.parseExpression("role -> layers.state(role)"),
                        J.name("self")));
            }
        }
        md.setBody(new BlockStmt().addStatement(new ReturnStmt(J.call("List", "of", specs.toArray(Expression[]::new)))));
        return md;
    }

    // ---- contexts ------------------------------------------------------------------------------------

    /** Expressions inside an action: variables are the old state's components. */
    ExprTranslator actionTranslator(Names.Scope names) {
        return translatorOver(S, names);
    }

    /** Expressions whose variables are the components of the state in Java variable {@code stateVar}. */
    private ExprTranslator translatorOver(String stateVar) {
        return translatorOver(stateVar, methodScope());
    }

    private ExprTranslator translatorOver(String stateVar, Names.Scope names) {
        return new ExprTranslator(types, new ExprTranslator.Context() {
            public ExprTranslator.JExpr var(Expr.VarRef v) {
                return new ExprTranslator.JExpr(J.call(J.name(stateVar), Names.member(v.var())), TypeMapper.isPrimitive(v.type()));
            }

            public Expression constant(Expr.ConstRef c) { return J.call(J.name("constants"), Names.member(c.name())); }

            public Expression defs() { return J.name("constants"); }

            public Expression self() { return J.name("self"); }

            @Override
            public ExprTranslator.JExpr remote(Expr.RemoteVar r) { // L[self].x of a lower layer (FragmentCheck)
                return LayerReads.onThisNode(types, J.name("layers"), r);
            }
        }, names);
    }

    static Names.Scope methodScope() { return new Names.Scope(RESERVED); }

    /**
     * Adds {@code State s}, the parameters up to {@code upTo} and the message (or, with every parameter, a quorum
     * receive's received set) to the method; binds them.
     */
    void signature(MethodDeclaration md, CheckedSpec.Action a, int upTo, ExprTranslator tr) {
        md.addParameter(J.type(state), S);
        for (int k = 0; k < upTo; k++) {
            Expr.Local p = a.params().get(k).local();
            String name = tr.bind(p, TypeMapper.isPrimitive(p.type()));
            md.addParameter(types.java(p.type()), name);
        }
        if (a.message() != null) {
            String name = tr.bind(a.message(), false);
            md.addParameter(J.type(types.messages.get(((CheckedSpec.Trigger.OnReceive) a.trigger()).messageType())), name);
        }
        if (upTo == a.params().size() && a.trigger() instanceof CheckedSpec.Trigger.OnReceiveAll all) {
            String name = tr.bind(all.received(), false);
            md.addParameter(types.java(all.received().type()), name);
        }
    }

    private List<Expression> callArgs(MethodDeclaration md) {
        List<Expression> args = new ArrayList<>();
        for (Parameter p : md.getParameters()) args.add(J.name(p.getNameAsString()));
        return args;
    }

    // ---- members -------------------------------------------------------------------------------------

    private MethodDeclaration initialStates() {
        MethodDeclaration md = publicMethod(J.type("List", J.type(state)), "initialStates", true);
        UnitFactory.doc(md, "The initial local states: every combination of the {@code \\in} initializers, variable by "
                + "variable in declaration order.", role.span());
        Names.Scope names = methodScope();
        List<String> javaVars = new ArrayList<>();
        ExprTranslator tr = new ExprTranslator(types, new ExprTranslator.Context() {
            public ExprTranslator.JExpr var(Expr.VarRef v) {
                return new ExprTranslator.JExpr(J.name(javaVars.get(v.varIndex())), TypeMapper.isPrimitive(v.type()));
            }

            public Expression constant(Expr.ConstRef c) { return J.call(J.name("constants"), Names.member(c.name())); }

            public Expression defs() { return J.name("constants"); }

            public Expression self() { return J.name("self"); }
        }, names);
        BlockStmt body = new BlockStmt();
        body.addStatement(new VariableDeclarationExpr(new VariableDeclarator(J.type("List", J.type(state)), "out",
                J.newObject(J.diamond("ArrayList")))));
        BlockStmt inner = body;
        for (CheckedSpec.Var v : role.vars()) {
            if (v.ghost()) {
                javaVars.add(null);  // not in the node's state; no ordinary initializer reads it (LS243)
                continue;
            }
            String name = names.allocate(Names.local(v.name()), "");
            javaVars.add(name);
            Expression init = tr.code(v.init());
            if (v.initFromSet()) {
                BlockStmt loopBody = new BlockStmt();
                inner.addStatement(new ForEachStmt(new VariableDeclarationExpr(types.boxed(v.type()), name), init, loopBody));
                inner = loopBody;
            } else {
                inner.addStatement(new VariableDeclarationExpr(new VariableDeclarator(types.java(v.type()), name, init)));
            }
        }
        List<Expression> args = new ArrayList<>();
        for (String v : javaVars) if (v != null) args.add(J.name(v));
        inner.addStatement(J.call(J.name("out"), "add", J.newObject(J.type(state), args.toArray(Expression[]::new))));
        body.addStatement(new ReturnStmt(J.call("List", "copyOf", J.name("out"))));
        md.setBody(body);
        return md;
    }

    private MethodDeclaration start() {
        MethodDeclaration md = publicMethod(J.type("List", J.type("Command")), "start", true);
        md.addParameter(J.type(state), "initial");
        UnitFactory.doc(md, "The commands for a node starting in {@code initial}: a SetTimer per enabled timer action.",
                role.span());
        BlockStmt body = new BlockStmt();
        if (hasTimers()) {
            body.addStatement(new VariableDeclarationExpr(new VariableDeclarator(J.type("List", J.type("Command")), "out",
                    J.newObject(J.diamond("ArrayList")))));
            body.addStatement(J.call((Expression) null, "armTimers", J.name("initial"), J.name("out")));
            body.addStatement(new ReturnStmt(J.call("List", "copyOf", J.name("out"))));
        } else {
            body.addStatement(new ReturnStmt(J.call("List", "of")));
        }
        md.setBody(body);
        return md;
    }

    private MethodDeclaration domain(CheckedSpec.Action a, ActionNames n, int k) {
        CheckedSpec.Param p = a.params().get(k);
        MethodDeclaration md = publicMethod(J.type("Set", types.boxed(p.local().type())), n.domains().get(k), false);
        UnitFactory.doc(md, "The domain of parameter " + p.local().name() + " of action " + a.name()
                + ", in the spec's canonical order.", p.domain().span());
        ExprTranslator tr = actionTranslator(methodScope());
        signature(md, a, k, tr);
        md.setBody(guarded(a, tr, new BlockStmt().addStatement(new ReturnStmt(tr.code(p.domain())))));
        return md;
    }

    private MethodDeclaration enabled(CheckedSpec.Action a, ActionNames n) {
        MethodDeclaration md = publicMethod(PrimitiveType.booleanType(), n.enabled(), false);
        UnitFactory.doc(md, "Whether " + trigger(a) + " " + a.name() + " is enabled" + (a.params().isEmpty() ? ""
                : ": each parameter in its domain and the guard holds") + ".", a.guard().span());
        ExprTranslator tr = actionTranslator(methodScope());
        signature(md, a, a.params().size(), tr);
        if (a.params().isEmpty()) {
            md.setBody(guarded(a, tr, new BlockStmt().addStatement(new ReturnStmt(tr.code(a.guard())))));
            return md;
        }
        Expression result = null;
        for (int k = 0; k < a.params().size(); k++) {
            List<Expression> args = new ArrayList<>();
            args.add(J.name(S));
            for (int j = 0; j < k; j++) args.add(J.name(md.getParameter(j + 1).getNameAsString()));
            if (a.message() != null) args.add(J.name(md.getParameter(md.getParameters().size() - 1).getNameAsString()));
            Expression member = J.call(J.call((Expression) null, n.domains().get(k), args.toArray(Expression[]::new)),
                    "contains", J.name(md.getParameter(k + 1).getNameAsString()));
            result = result == null ? member : J.binary(result, BinaryExpr.Operator.AND, member);
        }
        result = J.binary(result, BinaryExpr.Operator.AND, J.call((Expression) null, n.guard(), callArgs(md).toArray(Expression[]::new)));
        md.setBody(new BlockStmt().addStatement(new ReturnStmt(result)));
        return md;
    }

    /** The guard alone, for parameters already drawn from their domains (as the runtime and the ActionSpec do). */
    private MethodDeclaration guard(CheckedSpec.Action a, ActionNames n) {
        MethodDeclaration md = new MethodDeclaration(new NodeList<>(Modifier.privateModifier()),
                PrimitiveType.booleanType(), n.guard());
        UnitFactory.doc(md, "The guard of " + a.name() + " for parameters drawn from their domains.", a.guard().span());
        ExprTranslator tr = actionTranslator(methodScope());
        signature(md, a, a.params().size(), tr);
        md.setBody(guarded(a, tr, new BlockStmt().addStatement(new ReturnStmt(tr.code(a.guard())))));
        return md;
    }

    private MethodDeclaration effect(CheckedSpec.Action a, ActionNames n) {
        MethodDeclaration md = publicMethod(J.type("Step", J.type(state)), n.effect(), false);
        boolean controlsTimers = a.effects().stream().anyMatch(st -> st instanceof Stmt.TimerControl);
        UnitFactory.doc(md, "Fires " + trigger(a) + " " + a.name() + " (call only when enabled): the new local state, the "
                + (controlsTimers ? "messages sent and the timers restarted or cancelled" : "messages sent")
                + " in statement order, then the timers to arm.", a.span());
        Names.Scope names = methodScope();
        ExprTranslator tr = actionTranslator(names);
        signature(md, a, a.params().size(), tr);
        if (!hasTimers() && a.effects().stream().noneMatch(st -> st instanceof Stmt.Send send && send.toSet())) {
            md.setBody(guarded(a, tr, fixedCommands(a, tr)));
            return md;
        }
        BlockStmt body = new BlockStmt();
        body.addStatement(new VariableDeclarationExpr(new VariableDeclarator(J.type("List", J.type("Command")), "out",
                J.newObject(J.diamond("ArrayList")))));
        Expression[] next = new Expression[role.vars().size()];
        for (CheckedSpec.Var v : role.vars()) if (!v.ghost()) next[v.index()] = J.call(J.name(S), Names.member(v.name()));
        for (Stmt st : a.effects()) {
            switch (st) {
                case Stmt.Assign asg -> {
                    if (!role.vars().get(asg.varIndex()).ghost()) next[asg.varIndex()] = tr.code(asg.value());
                }
                case Stmt.Send send -> body.addStatement(send(send, tr, names));
                case Stmt.PeerAssign peer -> throw new IllegalStateException("exchange actions are refused by FragmentCheck (LS850)");
                case Stmt.TimerControl timer -> body.addStatement(new com.github.javaparser.ast.stmt.ExpressionStmt(
                        J.call(J.name("out"), "add", J.newObject(new ClassOrInterfaceType(J.type("Command"),
                                timer.op() == Stmt.TimerOp.RESTART ? "RestartTimer" : "CancelTimer"),
                                J.str(timer.action())))));
            }
        }
        body.addStatement(new VariableDeclarationExpr(new VariableDeclarator(J.type(state), "next",
                J.newObject(J.type(state), nodeState(next)))));
        if (hasTimers()) body.addStatement(J.call((Expression) null, "armTimers", J.name("next"), J.name("out")));
        body.addStatement(new ReturnStmt(J.newObject(J.diamond("Step"), J.name("next"), J.name("out"))));
        md.setBody(guarded(a, tr, body));
        return md;
    }

    /**
     * The generated state's fields among {@code next} (indexed by variable): every variable but the ghost ones,
     * whose assignments are dropped (docs/language.md, "Ghost variables").
     */
    private Expression[] nodeState(Expression[] next) {
        List<Expression> out = new ArrayList<>();
        for (CheckedSpec.Var v : role.vars()) if (!v.ghost()) out.add(next[v.index()]);
        return out.toArray(Expression[]::new);
    }

    /**
     * An effect whose commands are known in number: sends to single nodes, no timers (so no timer statements either);
     * an immutable command list.
     */
    private BlockStmt fixedCommands(CheckedSpec.Action a, ExprTranslator tr) {
        Expression[] next = new Expression[role.vars().size()];
        for (CheckedSpec.Var v : role.vars()) if (!v.ghost()) next[v.index()] = J.call(J.name(S), Names.member(v.name()));
        List<Expression> sends = new ArrayList<>();
        for (Stmt st : a.effects()) {
            switch (st) {
                case Stmt.Assign asg -> {
                    if (!role.vars().get(asg.varIndex()).ghost()) next[asg.varIndex()] = tr.code(asg.value());
                }
                case Stmt.Send send -> {
                    List<Expression> payload = new ArrayList<>();
                    for (Expr v : send.values()) payload.add(tr.code(v));
                    Expression to = tr.code(send.to());
                    sends.add(J.newObject(sendType(), message(types.messages.get(send.messageType()), to, payload)));
                }
                case Stmt.PeerAssign peer -> throw new IllegalStateException("exchange actions are refused by FragmentCheck (LS850)");
                // Not reached: a timer statement names a timer action of this role, whose effects take the other path.
                case Stmt.TimerControl timer -> throw new IllegalStateException("timer statement in a role without timers");
            }
        }
        return new BlockStmt()
                .addStatement(new VariableDeclarationExpr(new VariableDeclarator(J.type(state), "next",
                        J.newObject(J.type(state), nodeState(next)))))
                .addStatement(new ReturnStmt(J.newObject(J.diamond("Step"), J.name("next"),
                        J.call("List", "of", sends.toArray(Expression[]::new)))));
    }

    /** One Send command per destination node, in the canonical order of the destinations. */
    private Statement send(Stmt.Send send, ExprTranslator tr, Names.Scope names) {
        String type = types.messages.get(send.messageType());
        List<Expression> payload = new ArrayList<>();
        for (Expr v : send.values()) payload.add(tr.code(v));
        Expression to = tr.code(send.to());
        if (send.toSet()) {
            String dst = names.allocate("dst", "");
            Expression message = message(type, J.name(dst), payload);
            return new ForEachStmt(new VariableDeclarationExpr(J.type("NodeId"), dst), to,
                    new BlockStmt().addStatement(J.call(J.name("out"), "add", J.newObject(sendType(), message))));
        }
        return new com.github.javaparser.ast.stmt.ExpressionStmt(
                J.call(J.name("out"), "add", J.newObject(sendType(), message(type, to, payload))));
    }

    private static ClassOrInterfaceType sendType() {
        return new ClassOrInterfaceType(J.type("Command"), "Send");
    }

    private static Expression message(String type, Expression dst, List<Expression> payload) {
        List<Expression> args = new ArrayList<>();
        args.add(J.name("self"));
        args.add(dst);
        args.addAll(payload);
        return J.newObject(J.type(type), args.toArray(Expression[]::new));
    }

    private MethodDeclaration anyEnabled(CheckedSpec.Action a, ActionNames n) {
        MethodDeclaration md = new MethodDeclaration(new NodeList<>(Modifier.privateModifier()),
                PrimitiveType.booleanType(), n.anyEnabled());
        md.addParameter(J.type(state), S);
        UnitFactory.doc(md, "Whether timer action " + a.name() + " is enabled for some parameter binding.", a.span());
        Names.Scope names = methodScope();
        List<String> bound = new ArrayList<>();
        for (CheckedSpec.Param p : a.params()) bound.add(names.allocate(Names.local(p.local().name()), ""));
        md.setBody(new BlockStmt().addStatement(new ReturnStmt(anyBinding(n, bound, 0))));
        return md;
    }

    private Expression anyBinding(ActionNames n, List<String> bound, int k) {
        List<Expression> args = new ArrayList<>();
        args.add(J.name(S));
        for (int j = 0; j < k; j++) args.add(J.name(bound.get(j)));
        if (k == bound.size()) return J.call((Expression) null, n.enabled(), args.toArray(Expression[]::new));
        return J.call("SpecValues", "exists", J.call((Expression) null, n.domains().get(k), args.toArray(Expression[]::new)),
                J.lambda(anyBinding(n, bound, k + 1), bound.get(k)));
    }

    private boolean hasTimers() {
        return role.actions().stream().anyMatch(a -> a.trigger() instanceof CheckedSpec.Trigger.Timer);
    }

    private MethodDeclaration armTimers() {
        MethodDeclaration md = new MethodDeclaration(new NodeList<>(Modifier.privateModifier()),
                new com.github.javaparser.ast.type.VoidType(), "armTimers");
        md.addParameter(J.type(state), S);
        md.addParameter(J.type("List", J.type("Command")), "out");
        UnitFactory.doc(md, "Asks for the timer of each timer action enabled in {@code s}; the runtime arms it unless it is "
                + "armed already.", role.span());
        BlockStmt body = new BlockStmt();
        for (int i = 0; i < role.actions().size(); i++) {
            CheckedSpec.Action a = role.actions().get(i);
            if (!(a.trigger() instanceof CheckedSpec.Trigger.Timer t)) continue;
            ActionNames n = actionNames.get(i);
            Expression cond = J.call((Expression) null, n.anyEnabled(), J.name(S));
            body.addStatement(new IfStmt(cond, new com.github.javaparser.ast.stmt.ExpressionStmt(J.call(J.name("out"),
                    "add", J.newObject(new ClassOrInterfaceType(J.type("Command"), "SetTimer"), J.str(a.name()),
                            J.lng(t.lowMillis()), J.lng(t.highMillis())))), null));
        }
        md.setBody(body);
        return md;
    }

    /** The actions as data; the lambdas unpack the untyped parameter list into the typed methods. */
    private MethodDeclaration specs() {
        MethodDeclaration md = new MethodDeclaration(new NodeList<>(Modifier.privateModifier()),
                J.type("List", J.type("ActionSpec", J.type(state))), "specs");
        md.addAnnotation(new SingleMemberAnnotationExpr(new com.github.javaparser.ast.expr.Name("SuppressWarnings"),
                J.str("unchecked")));
        UnitFactory.doc(md, "The actions of role " + role.name() + " as ActionSpecs, in spec order.", role.span());
        BlockStmt body = new BlockStmt();
        body.addStatement(new VariableDeclarationExpr(new VariableDeclarator(J.type("List", J.type("ActionSpec",
                J.type(state))), "out", J.newObject(J.diamond("ArrayList")))));
        Names.Scope locals = new Names.Scope("out", "s", "p", "m");
        for (int i = 0; i < role.actions().size(); i++) {
            if (!isExchange(role.actions().get(i))) spec(role.actions().get(i), actionNames.get(i), body, locals);
        }
        body.addStatement(new ReturnStmt(J.call("List", "copyOf", J.name("out"))));
        md.setBody(body);
        return md;
    }

    private void spec(CheckedSpec.Action a, ActionNames n, BlockStmt body, Names.Scope locals) {
        String trigger;
        Expression messageType = new NullLiteralExpr();
        long lo = 0;
        long hi = 0;
        switch (a.trigger()) {
            case CheckedSpec.Trigger.OnReceive r -> {
                trigger = "ON_RECEIVE";
                messageType = J.str(r.messageType());
            }
            case CheckedSpec.Trigger.OnReceiveAll r -> {
                quorums.addSpec(a, n.effect(), n.guard(), paramSpecs(a, n, body, locals), body, locals);
                return;
            }
            case CheckedSpec.Trigger.Auto x -> trigger = "AUTO";
            case CheckedSpec.Trigger.Timer t -> {
                trigger = "TIMER";
                lo = t.lowMillis();
                hi = t.highMillis();
            }
            case CheckedSpec.Trigger.Input x -> trigger = "INPUT";
            case CheckedSpec.Trigger.Exchange x -> throw new IllegalStateException("exchange actions are refused by FragmentCheck (LS850)");
        }
        List<Expression> params = paramSpecs(a, n, body, locals);
        String guard = locals.allocate(n.effect() + "Guard", "");
        String effect = locals.allocate(n.effect() + "Effect", "");
        body.addStatement(new VariableDeclarationExpr(new VariableDeclarator(
                new ClassOrInterfaceType(J.type("ActionSpec"), new com.github.javaparser.ast.expr.SimpleName("Guard"),
                        NodeList.nodeList(J.type(state))), guard,
                J.lambda(J.call((Expression) null, n.guard(), typedArgs(a, a.params().size())), "s", "p", "m"))));
        body.addStatement(new VariableDeclarationExpr(new VariableDeclarator(
                new ClassOrInterfaceType(J.type("ActionSpec"), new com.github.javaparser.ast.expr.SimpleName("Effect"),
                        NodeList.nodeList(J.type(state))), effect,
                J.lambda(J.call((Expression) null, n.effect(), typedArgs(a, a.params().size())), "s", "p", "m"))));
        body.addStatement(J.call(J.name("out"), "add", J.newObject(J.diamond("ActionSpec"), J.str(a.name()),
                new FieldAccessExpr(J.name("Trigger"), trigger), messageType, J.lng(lo), J.lng(hi),
                J.call("List", "of", params.toArray(Expression[]::new)), J.name(guard), J.name(effect),
                J.str(Locations.of(a.span())))));
    }

    /** Declares the action's parameters as {@code ActionSpec.Param} locals; returns their names. */
    private List<Expression> paramSpecs(CheckedSpec.Action a, ActionNames n, BlockStmt body, Names.Scope locals) {
        ClassOrInterfaceType paramType = new ClassOrInterfaceType(J.type("ActionSpec"),
                new com.github.javaparser.ast.expr.SimpleName("Param"), NodeList.nodeList(J.type(state)));
        List<Expression> params = new ArrayList<>();
        for (int k = 0; k < a.params().size(); k++) {
            String local = locals.allocate(n.effect() + Names.capitalize(a.params().get(k).local().name()), "Param");
            Expression values = J.call("SpecValues", "elements", J.call((Expression) null, n.domains().get(k), typedArgs(a, k)));
            body.addStatement(new VariableDeclarationExpr(new VariableDeclarator(paramType, local,
                    J.newObject(J.diamond("ActionSpec.Param"), J.str(a.params().get(k).local().name()),
                            J.lambda(values, "s", "p", "m")))));
            params.add(J.name(local));
        }
        return params;
    }

    /** {@code s, (T0) p.get(0), ..., (Msg) m} for the typed methods. */
    Expression[] typedArgs(CheckedSpec.Action a, int upTo) {
        List<Expression> args = new ArrayList<>();
        args.add(J.name("s"));
        for (int k = 0; k < upTo; k++) {
            args.add(new CastExpr(types.boxed(a.params().get(k).local().type()),
                    J.call(J.name("p"), "get", new com.github.javaparser.ast.expr.IntegerLiteralExpr(Integer.toString(k)))));
        }
        if (a.message() != null) {
            args.add(new CastExpr(J.type(types.messages.get(((CheckedSpec.Trigger.OnReceive) a.trigger()).messageType())),
                    J.name("m")));
        }
        return args.toArray(Expression[]::new);
    }

    // ---- helpers -------------------------------------------------------------------------------------

    /** Wraps a body that may overflow so that the overflow names the action and its spec location. */
    BlockStmt guarded(CheckedSpec.Action a, ExprTranslator tr, BlockStmt body) {
        if (!tr.usesExactArithmetic()) return body;
        BlockStmt handler = new BlockStmt().addStatement(new ThrowStmt(J.newObject(J.type("SpecOverflowException"),
                J.str(a.name()), J.str(Locations.of(a.span())))));
        CatchClause c = new CatchClause(new Parameter(J.type("ArithmeticException"), "e"), handler);
        return new BlockStmt().addStatement(new TryStmt(body, NodeList.nodeList(c), null));
    }

    private static String trigger(CheckedSpec.Action a) {
        return switch (a.trigger()) {
            case CheckedSpec.Trigger.OnReceive r -> "on receive " + r.messageType() + " action";
            case CheckedSpec.Trigger.OnReceiveAll r -> "on receive all " + r.messageType() + " action";
            case CheckedSpec.Trigger.Auto x -> "auto action";
            case CheckedSpec.Trigger.Timer t -> "timer action";
            case CheckedSpec.Trigger.Input x -> "input action";
            case CheckedSpec.Trigger.Exchange x -> throw new IllegalStateException("exchange actions are refused by FragmentCheck (LS850)");
        };
    }

    private static Statement assignField(String field, Expression value) {
        return new com.github.javaparser.ast.stmt.ExpressionStmt(new AssignExpr(new FieldAccessExpr(new ThisExpr(), field),
                value, AssignExpr.Operator.ASSIGN));
    }

    private static MethodDeclaration publicMethod(Type type, String name, boolean override) {
        MethodDeclaration md = new MethodDeclaration(new NodeList<>(Modifier.publicModifier()), type, name);
        if (override) md.addMarkerAnnotation("Override");
        return md;
    }

    private void simpleGetter(ClassOrInterfaceDeclaration c, String name, Type type, Expression value, String doc) {
        MethodDeclaration md = publicMethod(type, name, true);
        UnitFactory.doc(md, doc, role.span());
        md.setBody(new BlockStmt().addStatement(new ReturnStmt(value)));
        c.addMember(md);
    }
}
