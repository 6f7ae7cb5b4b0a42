package dev.lockstep.spectojava;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The typed trace recorder of one role, for Java written by hand (docs/conformance.md, "Recording traces from code
 * written by hand"): the spec's action names as constants, and one method per action taking that action's parameters
 * with their Java types, the message it received (checked to be of the action's type), the local state after the
 * step as the generated state record, and the messages sent as the protocol's message records. Each method records
 * one trace event through the runtime's {@code TraceRecorder} and returns the envelopes to send. Closing it closes the
 * sink.
 */
record TraceGen(CheckedSpec spec, CheckedSpec.Role role, TypeMapper types, UnitFactory units) {
    CompilationUnit unit() {
        String state = types.states.get(role.name());
        CompilationUnit cu = units.unit("dev.lockstep.runtime.api.Envelope", "dev.lockstep.runtime.api.NodeId",
                "dev.lockstep.runtime.trace.TraceRecorder", "dev.lockstep.runtime.trace.TraceSink", "java.util.List", "java.util.Map", "java.util.Set",
                "java.util.Objects", "javax.annotation.processing.Generated");
        String name = types.traces.get(role.name());
        ClassOrInterfaceDeclaration c = cu.addClass(name, Modifier.Keyword.PUBLIC, Modifier.Keyword.FINAL);
        units.generated(c, "Trace events of role " + role.name() + " of protocol " + spec.name() + ", for Java written "
                + "by hand: one method per action, with the action's typed parameters, the local state after the step "
                + "and the messages sent; each returns the envelopes to send. Not thread-safe: one per node, used from "
                + "the node's own thread.", role.span());
        c.addImplementedType("AutoCloseable");
        Names.Scope constants = new Names.Scope();
        Names.Scope methods = new Names.Scope("init", "restart", "recorder", "close", "hashCode", "equals", "toString",
                "getClass", "notify", "notifyAll", "wait", "clone", "finalize");
        List<String> constantNames = new ArrayList<>();
        for (CheckedSpec.Action a : role.actions()) {
            String constant = constants.allocate(upperSnake(a.name()), "_ACTION");
            constantNames.add(constant);
            FieldDeclaration f = c.addFieldWithInitializer("String", constant, J.str(a.name()), Modifier.Keyword.PUBLIC,
                    Modifier.Keyword.STATIC, Modifier.Keyword.FINAL);
            UnitFactory.doc(f, "The spec's name of action " + a.qualifiedName() + ", as trace events carry it.", a.span());
        }
        c.addField("TraceSink", "sink", Modifier.Keyword.PRIVATE, Modifier.Keyword.FINAL);
        c.addField("TraceRecorder", "recorder", Modifier.Keyword.PRIVATE, Modifier.Keyword.FINAL);

        ConstructorDeclaration ctor = c.addConstructor(Modifier.Keyword.PUBLIC);
        UnitFactory.doc(ctor, "Records node {@code self}'s events into {@code sink}.", role.span());
        ctor.addParameter("NodeId", "self");
        ctor.addParameter("TraceSink", "sink");
        ctor.setBody(new BlockStmt()
                .addStatement(assign("sink", J.call("Objects", "requireNonNull", J.name("sink"), J.str("sink"))))
                .addStatement(assign("recorder", J.newObject(J.type("TraceRecorder"), J.call(J.call("Objects",
                        "requireNonNull", J.name("self"), J.str("self")), "name"), J.str(role.name()), J.name("sink")))));

        MethodDeclaration init = c.addMethod("init", Modifier.Keyword.PUBLIC);
        UnitFactory.doc(init, "Records the node's initial local state (step 0); call it once, first.", role.span());
        init.addParameter(J.type(state), "state");
        init.setBody(new BlockStmt().addStatement(J.call(J.name("recorder"), "init", J.name("state"))));

        for (int i = 0; i < role.actions().size(); i++) {
            CheckedSpec.Action a = role.actions().get(i);
            if (a.trigger() instanceof CheckedSpec.Trigger.Exchange) continue; // recorded by the runtime's exchange runner
            c.addMember(action(a, methods.allocate(Names.local(Names.decapitalize(a.name())), "Step"),
                    constantNames.get(i), state));
        }
        if (role.crashes()) c.addMember(restart(state));

        MethodDeclaration recorder = c.addMethod("recorder", Modifier.Keyword.PUBLIC);
        UnitFactory.doc(recorder, "The untyped recorder underneath (clocks, step count).", role.span());
        recorder.setType("TraceRecorder");
        recorder.setBody(new BlockStmt().addStatement(new ReturnStmt(J.name("recorder"))));

        MethodDeclaration close = c.addMethod("close", Modifier.Keyword.PUBLIC);
        close.addMarkerAnnotation("Override");
        UnitFactory.doc(close, "Closes the sink (flushes and closes a trace file).", role.span());
        close.setBody(new BlockStmt().addStatement(J.call(J.name("sink"), "close")));
        return cu;
    }

    private MethodDeclaration action(CheckedSpec.Action a, String method, String constant, String state) {
        MethodDeclaration md = new MethodDeclaration(NodeList.nodeList(Modifier.publicModifier()),
                J.type("List", J.type("Envelope")), method);
        Names.Scope locals = new Names.Scope("after", "sent", "received");
        List<Expression> paramNames = new ArrayList<>();
        List<Expression> paramValues = new ArrayList<>();
        for (CheckedSpec.Param p : a.params()) {
            Expr.Local local = p.local();
            String name = locals.allocate(Names.local(local.name()), "_");
            md.addParameter(types.java(local.type()), name);
            paramNames.add(J.str(local.name()));
            paramValues.add(J.name(name));
        }
        BlockStmt body = new BlockStmt();
        Expression params = J.call("List", "of", paramNames.toArray(Expression[]::new));
        Expression values = J.call("List", "of", paramValues.toArray(Expression[]::new));
        Expression sent = J.call("List", "of", J.name("sent"));
        String what;
        Expression record;
        switch (a.trigger()) {
            case CheckedSpec.Trigger.OnReceive r -> {
                String message = types.messages.get(r.messageType());
                md.addParameter(J.type("Envelope"), "received");
                body.addStatement(requireMessage(a, message));
                what = "which received {@code received} (a " + r.messageType() + " message)";
                record = J.call(J.name("recorder"), "step", J.name(constant), params, values, J.name("received"), sent,
                        J.name("after"));
            }
            case CheckedSpec.Trigger.OnReceiveAll r -> {
                md.addParameter(J.type("List", J.type("Envelope")), "received");
                what = "a quorum receive, which read the set {@code received} of " + r.messageType() + " messages";
                record = J.call(J.name("recorder"), "stepAll", J.name(constant), params, values, J.name("received"),
                        sent, J.name("after"));
            }
            case CheckedSpec.Trigger.Auto x -> {
                what = "an internal action";
                record = stepWithout(constant, params, values, sent);
            }
            case CheckedSpec.Trigger.Timer x -> {
                what = "a timer action";
                record = stepWithout(constant, params, values, sent);
            }
            case CheckedSpec.Trigger.Input x -> {
                what = "an input action";
                record = stepWithout(constant, params, values, sent);
            }
            // The runtime's exchange runner records an exchange's events (units() skips them).
            case CheckedSpec.Trigger.Exchange x -> throw new IllegalStateException("an exchange reached the trace recorder");
        }
        md.addParameter(J.type(state), "after");
        Parameter varargs = new Parameter(J.type(types.messageInterface), "sent");
        varargs.setVarArgs(true);
        md.addParameter(varargs);
        body.addStatement(new ReturnStmt(record));
        md.setBody(body);
        UnitFactory.doc(md, "Records a step of " + a.qualifiedName() + ", " + what + ", leaving local state {@code after}"
                + " and sending {@code sent}; returns their envelopes, in order, to hand to the network.", a.span());
        return md;
    }

    private static Expression stepWithout(String constant, Expression params, Expression values, Expression sent) {
        return J.call(J.name("recorder"), "step", J.name(constant), params, values, new NullLiteralExpr(), sent,
                J.name("after"));
    }

    /** {@code if (!(received.message() instanceof Prepared)) throw new IllegalArgumentException(...)}. */
    private static IfStmt requireMessage(CheckedSpec.Action a, String message) {
        Expression isMessage = new InstanceOfExpr(J.call(J.name("received"), "message"), J.type(message));
        Expression text = J.binary(J.str(a.qualifiedName() + " receives a " + message + " message, not "),
                BinaryExpr.Operator.PLUS, J.call(J.call(J.name("received"), "message"), "type"));
        return new IfStmt(J.not(isMessage), new ThrowStmt(J.newObject(J.type("IllegalArgumentException"), text)), null);
    }

    private MethodDeclaration restart(String state) {
        MethodDeclaration md = new MethodDeclaration(NodeList.nodeList(Modifier.publicModifier()),
                J.type("List", J.type("Envelope")), "restart");
        md.addParameter(J.type(state), "state");
        Parameter varargs = new Parameter(J.type(types.messageInterface), "sent");
        varargs.setVarArgs(true);
        md.addParameter(varargs);
        md.setBody(new BlockStmt().addStatement(new ReturnStmt(J.call(J.name("recorder"), "restart", J.name("state"),
                J.call("List", "of", J.name("sent"))))));
        UnitFactory.doc(md, "Records the node's restart after a crash (the spec's Crash step): its local state after "
                + "recovery and what its {@code on restart} sent; returns their envelopes.", role.span());
        return md;
    }

    private static Expression assign(String field, Expression value) {
        return new AssignExpr(new FieldAccessExpr(new ThisExpr(), field), value, AssignExpr.Operator.ASSIGN);
    }

    /** {@code ReceivePrepared} -> {@code RECEIVE_PREPARED}, {@code P1a} -> {@code P1A}. */
    static String upperSnake(String name) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            boolean boundary = i > 0 && Character.isUpperCase(ch) && (Character.isLowerCase(name.charAt(i - 1))
                    || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))
                        && Character.isUpperCase(name.charAt(i - 1))));
            if (boundary && b.charAt(b.length() - 1) != '_') b.append('_');
            b.append(ch == '.' ? '_' : Character.toUpperCase(ch));
        }
        String s = b.toString();
        return Character.isJavaIdentifierStart(s.charAt(0)) ? s : "_" + s;
    }
}
