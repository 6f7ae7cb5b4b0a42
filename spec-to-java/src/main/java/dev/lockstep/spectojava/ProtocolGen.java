package dev.lockstep.spectojava;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.WildcardType;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The {@code ProtocolDescriptor}: network guarantees, roles with their nodes under a model's constants, machines, message decoding. */
record ProtocolGen(CheckedSpec spec, TypeMapper types, UnitFactory units, ConstantsGen constants) {
    CompilationUnit unit() {
        CompilationUnit cu = units.unit("dev.lockstep.runtime.api.Itf", "dev.lockstep.runtime.api.ItfEncodable",
                "dev.lockstep.runtime.api.MalformedValueException", "dev.lockstep.runtime.api.Message",
                "dev.lockstep.runtime.api.NetworkSpec", "dev.lockstep.runtime.api.NodeId",
                "dev.lockstep.runtime.api.ProtocolDescriptor", "dev.lockstep.runtime.api.RoleMachine",
                "dev.lockstep.runtime.api.SpecValues", "java.util.List", "java.util.Map", "java.util.function.Function",
                "javax.annotation.processing.Generated");
        ClassOrInterfaceDeclaration c = cu.addClass(types.protocol, Modifier.Keyword.PUBLIC, Modifier.Keyword.FINAL);
        units.generated(c, "Protocol " + spec.name() + " under one model's constants, for the runtime.",
                spec.network().span());
        c.addImplementedType("ProtocolDescriptor");
        c.addField("String", "model", Modifier.Keyword.PRIVATE, Modifier.Keyword.FINAL);
        c.addField(types.constants, "constants", Modifier.Keyword.PRIVATE, Modifier.Keyword.FINAL);
        c.addField(J.type("List", J.type("RoleDescriptor")), "roles", Modifier.Keyword.PRIVATE, Modifier.Keyword.FINAL);

        ConstructorDeclaration ctor = c.addConstructor(Modifier.Keyword.PUBLIC);
        UnitFactory.doc(ctor, "The protocol under constants bound by the model named {@code model}.", spec.network().span());
        ctor.addParameter("String", "model");
        ctor.addParameter(types.constants, "constants");
        List<Expression> roles = new ArrayList<>();
        for (CheckedSpec.Role r : spec.roles()) {
            roles.add(J.newObject(J.type("Role"), J.str(r.name()), J.call("List", "copyOf", nodes(r)),
                    J.lambda(J.newObject(J.type(types.machines.get(r.name())), J.name("constants"), J.name("self")), "self")));
        }
        ctor.setBody(new BlockStmt()
                .addStatement(assign("model", J.name("model")))
                .addStatement(assign("constants", J.name("constants")))
                .addStatement(assign("roles", J.call("List", "of", roles.toArray(Expression[]::new)))));

        if (!spec.models().isEmpty()) {
            // Tools that instantiate a descriptor by class name (lockstep simulate/run --descriptor) need this one.
            CheckedSpec.Model first = spec.models().get(0);
            ConstructorDeclaration byName = c.addConstructor(Modifier.Keyword.PUBLIC);
            UnitFactory.doc(byName, "The protocol under the spec's first model, " + first.name() + ".", first.span());
            byName.setBody(new BlockStmt().addStatement(new com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt(
                    true, null, NodeList.nodeList(J.str(first.name()),
                    J.call(types.constants, constants.factories.get(first.name()))))));
        }
        c.addMember(forModel());
        getter(c, "protocol", J.type("String"), J.str(spec.name()), true, "The protocol's name.");
        getter(c, "model", J.type("String"), J.name("model"), true, "The model whose constants this descriptor uses.");
        getter(c, "constants", J.type(types.constants), J.name("constants"), false, "The model's constants.");
        CheckedSpec.Network n = spec.network();
        getter(c, "network", J.type("NetworkSpec"), J.newObject(J.type("NetworkSpec"),
                new FieldAccessExpr(new FieldAccessExpr(J.name("NetworkSpec"), "Kind"), n.kind().name()), J.bool(n.lossy()),
                J.bool(n.duplicating())), true, "The network the spec assumes.");
        getter(c, "roles", J.type("List", J.type("RoleDescriptor")), J.name("roles"), true, "The roles in spec order.");
        c.addMember(messageFromItf());
        c.addMember(roleRecord());
        return cu;
    }

    /** The role's node set under the constants. */
    private Expression nodes(CheckedSpec.Role r) {
        ExprTranslator tr = new ExprTranslator(types, new ExprTranslator.Context() {
            public ExprTranslator.JExpr var(Expr.VarRef v) { throw new IllegalStateException("variable in a node set"); }

            public Expression constant(Expr.ConstRef c) { return J.call(J.name("constants"), Names.member(c.name())); }

            public Expression defs() { return J.name("constants"); }

            public Expression self() { throw new IllegalStateException("self in a node set"); }
        }, new Names.Scope("model", "constants", "roles", "self"));
        return tr.code(r.nodes());
    }

    private MethodDeclaration forModel() {
        MethodDeclaration md = new MethodDeclaration(new NodeList<>(Modifier.publicModifier(), Modifier.staticModifier()),
                J.type(types.protocol), "forModel");
        md.addParameter("String", "model");
        UnitFactory.doc(md, "The protocol under one of the spec's models; @throws IllegalArgumentException for another name",
                spec.models().isEmpty() ? spec.network().span() : spec.models().get(0).span());
        NodeList<SwitchEntry> entries = new NodeList<>();
        for (CheckedSpec.Model m : spec.models()) {
            entries.add(new SwitchEntry(NodeList.nodeList(J.str(m.name())), SwitchEntry.Type.STATEMENT_GROUP,
                    NodeList.nodeList(new ReturnStmt(J.newObject(J.type(types.protocol), J.str(m.name()),
                            J.call(types.constants, constants.factories.get(m.name())))))));
        }
        String known = spec.models().stream().map(CheckedSpec.Model::name).collect(Collectors.joining(", "));
        entries.add(new SwitchEntry(new NodeList<>(), SwitchEntry.Type.STATEMENT_GROUP, NodeList.nodeList(
                new ThrowStmt(J.newObject(J.type("IllegalArgumentException"), J.binary(J.binary(J.str("protocol "
                        + spec.name() + " has no model '"), BinaryExpr.Operator.PLUS, J.name("model")),
                        BinaryExpr.Operator.PLUS, J.str("'; its models: " + known)))))));
        md.setBody(new BlockStmt().addStatement(new SwitchStmt(J.name("model"), entries)));
        return md;
    }

    private MethodDeclaration messageFromItf() {
        MethodDeclaration md = new MethodDeclaration(new NodeList<>(Modifier.publicModifier()), J.type("Message"),
                "messageFromItf");
        md.addMarkerAnnotation("Override");
        md.addParameter("Object", "itf");
        UnitFactory.doc(md, "Decodes a message from its ITF object; @throws MalformedValueException naming the unknown type or "
                + "the missing or malformed field", spec.messages().isEmpty() ? spec.network().span() : spec.messages().get(0).span());
        BlockStmt body = new BlockStmt();
        body.addStatement(new VariableDeclarationExpr(new VariableDeclarator(J.type("Map", new WildcardType(),
                new WildcardType()), "r", J.call("Itf", "asRecord", J.name("itf")))));
        body.addStatement(new VariableDeclarationExpr(new VariableDeclarator(J.type("String"), "type",
                J.call("SpecValues", "field", J.name("r"), J.str("type"),
                        new MethodReferenceExpr(J.name("Itf"), null, "asString"), J.str("message")))));
        NodeList<SwitchEntry> entries = new NodeList<>();
        for (CheckedSpec.MessageDecl m : spec.messages()) {
            entries.add(new SwitchEntry(NodeList.nodeList(J.str(m.name())), SwitchEntry.Type.STATEMENT_GROUP,
                    NodeList.nodeList(new ReturnStmt(J.call(types.messages.get(m.name()), "fromItf", J.name("r"))))));
        }
        String known = spec.messages().stream().map(CheckedSpec.MessageDecl::name).collect(Collectors.joining(", "));
        entries.add(new SwitchEntry(new NodeList<>(), SwitchEntry.Type.STATEMENT_GROUP, NodeList.nodeList(
                new ThrowStmt(J.newObject(J.type("MalformedValueException"), J.binary(J.binary(J.str("unknown message type '"),
                        BinaryExpr.Operator.PLUS, J.name("type")), BinaryExpr.Operator.PLUS,
                        J.str("'; protocol " + spec.name() + (known.isEmpty() ? " has no message types" : " has " + known))))))));
        body.addStatement(new SwitchStmt(J.name("type"), entries));
        md.setBody(body);
        return md;
    }

    private RecordDeclaration roleRecord() {
        RecordDeclaration r = new RecordDeclaration(new NodeList<>(Modifier.privateModifier()), "Role");
        units.generated(r, "A role with its nodes and a machine factory.", spec.network().span());
        ClassOrInterfaceType machine = J.type("RoleMachine", new WildcardType(J.type("ItfEncodable")));
        r.addParameter(new Parameter(J.type("String"), "name"));
        r.addParameter(new Parameter(J.type("List", J.type("NodeId")), "nodes"));
        r.addParameter(new Parameter(J.type("Function", J.type("NodeId"), machine), "factory"));
        r.addImplementedType("RoleDescriptor");
        MethodDeclaration md = new MethodDeclaration(new NodeList<>(Modifier.publicModifier()), machine, "machine");
        md.addMarkerAnnotation("Override");
        md.addParameter("NodeId", "self");
        UnitFactory.doc(md, "A fresh machine for one of the role's nodes.", spec.network().span());
        md.setBody(new BlockStmt()
                .addStatement(new IfStmt(J.not(J.call(J.name("nodes"), "contains", J.name("self"))),
                        new ThrowStmt(J.newObject(J.type("IllegalArgumentException"), J.binary(J.binary(J.name("self"),
                                BinaryExpr.Operator.PLUS, J.str(" is not a node of role ")), BinaryExpr.Operator.PLUS,
                                J.name("name")))), null))
                .addStatement(new ReturnStmt(J.call(J.name("factory"), "apply", J.name("self")))));
        r.addMember(md);
        return r;
    }

    private static ExpressionStmt assign(String field, Expression value) {
        return new ExpressionStmt(new AssignExpr(new FieldAccessExpr(new ThisExpr(), field), value,
                AssignExpr.Operator.ASSIGN));
    }

    private void getter(ClassOrInterfaceDeclaration c, String name, com.github.javaparser.ast.type.Type type,
                               Expression value, boolean override, String doc) {
        MethodDeclaration md = new MethodDeclaration(new NodeList<>(Modifier.publicModifier()), type, name);
        if (override) md.addMarkerAnnotation("Override");
        UnitFactory.doc(md, doc, spec.network().span());
        md.setBody(new BlockStmt().addStatement(new ReturnStmt(value)));
        c.addMember(md);
    }
}
