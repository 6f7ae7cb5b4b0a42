package dev.lockstep.spectojava;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Stmt;

/**
 * The recovery of a crashing role's machine (docs/language.md, 9.1 and 9.2), as the explorer's {@code Crash} step:
 * {@code restart(crashed)} builds the reset state (each volatile variable's initializer evaluated over the crashed
 * state, as the explorer and the TLA+ translation evaluate it; each durable variable kept), then runs the role's
 * {@code on restart} over it: assignments simultaneous, sends as commands. The runtime arms the enabled timers after
 * it (NodeCore), so the step carries no timer command.
 */
final class RestartGen {
    private static final String CRASHED = "crashed";

    private RestartGen() {}

    /** {@code crashes()}, {@code durableVariables()} and {@code restart(S)}, for a crashing role. */
    static MethodDeclaration[] members(CheckedSpec.Role role, TypeMapper types, String state,
                                       java.util.function.Function<String, ExprTranslator> translatorOver,
                                       SendGen sends) {
        MethodDeclaration crashes = new MethodDeclaration(new NodeList<>(Modifier.publicModifier()),
                com.github.javaparser.ast.type.PrimitiveType.booleanType(), "crashes");
        crashes.addMarkerAnnotation("Override");
        UnitFactory.doc(crashes, "The spec declares role " + role.name() + " {@code crashes}.", role.span());
        crashes.setBody(new BlockStmt().addStatement(new ReturnStmt(new BooleanLiteralExpr(true))));

        MethodDeclaration durable = new MethodDeclaration(new NodeList<>(Modifier.publicModifier()),
                J.type("List", J.type("String")), "durableVariables");
        durable.addMarkerAnnotation("Override");
        UnitFactory.doc(durable, "The durable variables of role " + role.name() + ", which a node keeps on disk.",
                role.span());
        durable.setBody(new BlockStmt().addStatement(new ReturnStmt(J.call("List", "of", role.vars().stream()
                .filter(CheckedSpec.Var::durable).map(v -> (Expression) J.str(v.name())).toArray(Expression[]::new)))));

        MethodDeclaration md = new MethodDeclaration(new NodeList<>(Modifier.publicModifier()),
                J.type("Step", J.type(state)), "restart");
        md.addMarkerAnnotation("Override");
        md.addParameter(J.type(state), CRASHED);
        UnitFactory.doc(md, "Recovers from a crash in {@code crashed}: volatile variables back to their initial values, "
                + "durable ones kept" + (role.restart() == null ? "" : ", then on restart") + ".",
                role.restart() == null ? role.span() : role.restart().span());
        BlockStmt body = new BlockStmt();
        ExprTranslator overCrashed = translatorOver.apply(CRASHED);
        Expression[] reset = new Expression[role.vars().size()];
        for (CheckedSpec.Var v : role.vars()) {
            reset[v.index()] = v.durable() ? J.call(J.name(CRASHED), Names.member(v.name())) : overCrashed.code(v.init());
        }
        body.addStatement(new VariableDeclarationExpr(new VariableDeclarator(J.type(state), "s",
                J.newObject(J.type(state), reset))));
        if (role.restart() == null) {
            body.addStatement(new ReturnStmt(J.newObject(J.diamond("Step"), J.name("s"), J.call("List", "of"))));
            md.setBody(body);
            return new MethodDeclaration[] {crashes, durable, md};
        }
        ExprTranslator tr = translatorOver.apply("s");
        body.addStatement(new VariableDeclarationExpr(new VariableDeclarator(J.type("List", J.type("Command")), "out",
                J.newObject(J.diamond("ArrayList")))));
        Expression[] next = new Expression[role.vars().size()];
        for (CheckedSpec.Var v : role.vars()) next[v.index()] = J.call(J.name("s"), Names.member(v.name()));
        for (Stmt st : role.restart().effects()) {
            switch (st) {
                case Stmt.Assign asg -> next[asg.varIndex()] = tr.code(asg.value());
                case Stmt.Send send -> body.addStatement(sends.send(send, tr));
                case Stmt.TimerControl timer -> { } // refused by the checker (LS235)
                case Stmt.PeerAssign peer -> { } // refused by the checker: on restart is no exchange (LS412)
            }
        }
        body.addStatement(new VariableDeclarationExpr(new VariableDeclarator(J.type(state), "next",
                J.newObject(J.type(state), next))));
        body.addStatement(new ReturnStmt(J.newObject(J.diamond("Step"), J.name("next"), J.name("out"))));
        md.setBody(body);
        return new MethodDeclaration[] {crashes, durable, md};
    }

    /** Generates one send statement adding to {@code out} (MachineGen's). */
    interface SendGen {
        com.github.javaparser.ast.stmt.Statement send(Stmt.Send send, ExprTranslator tr);
    }
}
