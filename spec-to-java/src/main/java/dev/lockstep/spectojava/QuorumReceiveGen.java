package dev.lockstep.spectojava;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a machine class that a quorum receive ({@code on receive all ms: T from Q where m: filter}) adds: a
 * method for the senders {@code Q} and one for the filter, per action, and the action's {@code ActionSpec} with its
 * {@code ReceiveAll}. The guard and the effect are the usual methods, which take the received set after the
 * parameters. The runtime collects the set from the node's inbox (dev.lockstep.runtime.node.QuorumReceives).
 */
final class QuorumReceiveGen {
    private final MachineGen machine;
    private final CheckedSpec.Role role;
    private final TypeMapper types;
    private final String state;
    private final Map<String, String> sendersMethod = new HashMap<>();
    private final Map<String, String> filterMethod = new HashMap<>();

    QuorumReceiveGen(MachineGen machine, CheckedSpec.Role role, TypeMapper types, Names.Scope methods) {
        this.machine = machine;
        this.role = role;
        this.types = types;
        this.state = types.states.get(role.name());
        for (CheckedSpec.Action a : role.actions()) {
            if (!(a.trigger() instanceof CheckedSpec.Trigger.OnReceiveAll)) continue;
            String base = Names.decapitalize(a.name());
            sendersMethod.put(a.name(), methods.allocate(base + "Senders", ""));
            filterMethod.put(a.name(), methods.allocate(base + "Accepts", ""));
        }
    }

    /** The senders and filter methods of quorum receive {@code a}. */
    void addMethods(ClassOrInterfaceDeclaration c, CheckedSpec.Action a) {
        CheckedSpec.Trigger.OnReceiveAll all = (CheckedSpec.Trigger.OnReceiveAll) a.trigger();
        MethodDeclaration senders = new MethodDeclaration(new NodeList<>(Modifier.publicModifier()),
                types.java(all.from().type()), sendersMethod.get(a.name()));
        UnitFactory.doc(senders, "The nodes that must each send a " + all.messageType() + " message for " + a.name()
                + " to fire with these parameters.", all.from().span());
        ExprTranslator tr = machine.actionTranslator(MachineGen.methodScope());
        parameters(senders, a, tr);
        senders.setBody(machine.guarded(a, tr, new BlockStmt().addStatement(new ReturnStmt(tr.code(all.from())))));
        c.addMember(senders);

        MethodDeclaration filter = new MethodDeclaration(new NodeList<>(Modifier.publicModifier()),
                PrimitiveType.booleanType(), filterMethod.get(a.name()));
        UnitFactory.doc(filter, "Whether " + a.name() + " reads message {@code " + all.each().name() + "} (of a sender) "
                + "with these parameters: its filter.", all.filter().span());
        tr = machine.actionTranslator(MachineGen.methodScope());
        parameters(filter, a, tr);
        String each = tr.bind(all.each(), false);
        filter.addParameter(J.type(types.messages.get(all.messageType())), each);
        filter.setBody(machine.guarded(a, tr, new BlockStmt().addStatement(new ReturnStmt(tr.code(all.filter())))));
        c.addMember(filter);
    }

    /** {@code State s} and every parameter, bound in {@code tr}. */
    private void parameters(MethodDeclaration md, CheckedSpec.Action a, ExprTranslator tr) {
        md.addParameter(J.type(state), "s");
        for (CheckedSpec.Param p : a.params()) {
            Expr.Local local = p.local();
            md.addParameter(types.java(local.type()), tr.bind(local, TypeMapper.isPrimitive(local.type())));
        }
    }

    /**
     * Adds {@code out.add(new ActionSpec<>(…, Trigger.ON_RECEIVE_ALL, …, receiveAll))} for quorum receive {@code a},
     * whose parameters are declared in {@code params}; {@code effect} and {@code guard} name its typed methods.
     */
    void addSpec(CheckedSpec.Action a, String effect, String guard, List<Expression> params, BlockStmt body,
                 Names.Scope locals) {
        CheckedSpec.Trigger.OnReceiveAll all = (CheckedSpec.Trigger.OnReceiveAll) a.trigger();
        String base = Names.decapitalize(a.name());
        String senders = declare(body, locals, base + "Senders", "Senders",
                J.call((Expression) null, sendersMethod.get(a.name()), args(a, null)), "s", "p");
        Expression message = new CastExpr(J.type(types.messages.get(all.messageType())), J.name("m"));
        String filter = declare(body, locals, base + "Filter", "Filter",
                J.call((Expression) null, filterMethod.get(a.name()), args(a, message)), "s", "p", "m");
        Expression received = new CastExpr(types.java(all.received().type()), J.name("r"));
        String setGuard = declare(body, locals, base + "Guard", "SetGuard",
                J.call((Expression) null, guard, args(a, received)), "s", "p", "r");
        String setEffect = declare(body, locals, base + "Effect", "SetEffect",
                J.call((Expression) null, effect, args(a, received)), "s", "p", "r");
        Expression receiveAll = J.newObject(J.diamond("ActionSpec.ReceiveAll"), J.name(senders), J.name(filter),
                J.name(setGuard), J.name(setEffect));
        body.addStatement(J.call(J.name("out"), "add", J.newObject(J.diamond("ActionSpec"), J.str(a.name()),
                new FieldAccessExpr(J.name("Trigger"), "ON_RECEIVE_ALL"), J.str(all.messageType()), J.lng(0), J.lng(0),
                J.call("List", "of", params.toArray(Expression[]::new)), new NullLiteralExpr(), new NullLiteralExpr(),
                J.str(Locations.of(a.span())), receiveAll)));
    }

    /** {@code s, (T0) p.get(0), …[, last]}. */
    private Expression[] args(CheckedSpec.Action a, Expression last) {
        List<Expression> out = new ArrayList<>(List.of(machine.typedArgs(a, a.params().size())));
        if (last != null) out.add(last);
        return out.toArray(Expression[]::new);
    }

    private String declare(BlockStmt body, Names.Scope locals, String preferred, String kind, Expression call,
                           String... lambdaParams) {
        String name = locals.allocate(preferred, kind);
        ClassOrInterfaceType type = new ClassOrInterfaceType(J.type("ActionSpec"), new SimpleName(kind),
                NodeList.nodeList(J.type(state)));
        body.addStatement(new VariableDeclarationExpr(new VariableDeclarator(type, name,
                J.lambda(call, lambdaParams))));
        return name;
    }
}
