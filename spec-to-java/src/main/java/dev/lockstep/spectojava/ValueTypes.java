package dev.lockstep.spectojava;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.type.PrimitiveType;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.types.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The spec's value types as Java: enums, record types, the sealed message interface with a record per message, and a record per role's local state. */
record ValueTypes(CheckedSpec spec, TypeMapper types, UnitFactory units) {
    /** A record component or field: its spec name, Java name and spec type. */
    record Field(String specName, String javaName, Type type) {}

    // ---- enums ---------------------------------------------------------------------------------------

    CompilationUnit enumUnit(Type.Enum type, Span span, String what) {
        String name = types.enums.get(type.name());
        CompilationUnit cu = units.unit("dev.lockstep.runtime.api.Itf", "dev.lockstep.runtime.api.ItfEncodable",
                "javax.annotation.processing.Generated");
        EnumDeclaration e = units.generated(cu.addEnum(name), what + "; labels in declaration order, which is the "
                + "spec's canonical order.", span);
        e.addImplementedType("ItfEncodable");
        for (String label : type.labels()) {
            EnumConstantDeclaration c = e.addEnumConstant(Names.member(label));
            c.addArgument(J.str(label));
        }
        e.addField("String", "label", Modifier.Keyword.PRIVATE, Modifier.Keyword.FINAL);
        ConstructorDeclaration ctor = e.addConstructor();
        ctor.addParameter("String", "label");
        UnitFactory.doc(ctor, "A constant with its spec label.", span);
        ctor.setBody(new BlockStmt().addStatement(new AssignExpr(new FieldAccessExpr(new ThisExpr(), "label"),
                J.name("label"), AssignExpr.Operator.ASSIGN)));
        MethodDeclaration label = e.addMethod("label", Modifier.Keyword.PUBLIC).setType("String");
        UnitFactory.doc(label, "The label as the spec spells it.", span);
        label.setBody(new BlockStmt().addStatement(new ReturnStmt(J.name("label"))));
        MethodDeclaration toItf = e.addMethod("toItf", Modifier.Keyword.PUBLIC).setType("Object");
        toItf.addMarkerAnnotation("Override");
        UnitFactory.doc(toItf, "ITF: the label as a string.", span);
        toItf.setBody(new BlockStmt().addStatement(new ReturnStmt(J.name("label"))));

        MethodDeclaration byLabel = e.addMethod("byLabel", Modifier.Keyword.PUBLIC, Modifier.Keyword.STATIC).setType(name);
        byLabel.addParameter("String", "label");
        UnitFactory.doc(byLabel, "The constant with this spec label, or null.", span);
        NodeList<SwitchEntry> entries = new NodeList<>();
        for (String l : type.labels()) {
            entries.add(new SwitchEntry(NodeList.nodeList(J.str(l)), SwitchEntry.Type.STATEMENT_GROUP,
                    NodeList.nodeList(new ReturnStmt(J.name(Names.member(l))))));
        }
        entries.add(new SwitchEntry(new NodeList<>(), SwitchEntry.Type.STATEMENT_GROUP,
                NodeList.nodeList(new ReturnStmt(new NullLiteralExpr()))));
        byLabel.setBody(new BlockStmt().addStatement(new SwitchStmt(J.name("label"), entries)));

        MethodDeclaration fromItf = e.addMethod("fromItf", Modifier.Keyword.PUBLIC, Modifier.Keyword.STATIC).setType(name);
        fromItf.addParameter("Object", "itf");
        UnitFactory.doc(fromItf, "Decodes the ITF label; @throws dev.lockstep.runtime.api.MalformedValueException for an unknown label", span);
        fromItf.setBody(new BlockStmt().addStatement(new ReturnStmt(J.call("Itf", "asEnum", J.name("itf"),
                new com.github.javaparser.ast.expr.ClassExpr(J.type(name)),
                new com.github.javaparser.ast.expr.MethodReferenceExpr(J.name(name), null, "byLabel")))));
        return cu;
    }

    // ---- records (spec record types, messages, role states) ------------------------------------------

    /** A spec record type: components in sorted field order, the spec's canonical order for records. */
    CompilationUnit recordUnit(Type.Record type, Span span) {
        String name = types.records.get(type);
        List<Field> fields = new ArrayList<>();
        for (Type.Field f : type.fields()) fields.add(new Field(f.name(), Names.member(f.name()), f.type()));
        CompilationUnit cu = valueUnit();
        RecordDeclaration r = new RecordDeclaration(new NodeList<>(Modifier.publicModifier()), name);
        cu.addType(r);
        units.generated(r, "The spec record type " + type + ", first used here.", span);
        components(span, r, fields);
        r.addImplementedType("ItfEncodable");
        r.addImplementedType(J.type("Comparable", J.type(name)));
        toItf(span, r, fields, List.of());
        compareTo(span, r, name, fields);
        fromItf(span, r, name, fields, "record " + type, false);
        withers(span, r, name, fields);
        return cu;
    }

    CompilationUnit messageInterfaceUnit() {
        CompilationUnit cu = units.unit("dev.lockstep.runtime.api.Message", "javax.annotation.processing.Generated");
        ClassOrInterfaceDeclaration i = cu.addInterface(types.messageInterface);
        units.generated(i, "The messages of protocol " + spec.name() + ", one record per message type.",
                spec.messages().isEmpty() ? spec.network().span() : spec.messages().get(0).span());
        i.addExtendedType("Message");
        if (!spec.messages().isEmpty()) { // a sealed interface needs at least one subtype
            i.addModifier(Modifier.Keyword.SEALED);
            NodeList<com.github.javaparser.ast.type.ClassOrInterfaceType> permits = new NodeList<>();
            for (CheckedSpec.MessageDecl m : spec.messages()) permits.add(J.type(types.messages.get(m.name())));
            i.setPermittedTypes(permits);
        }
        return cu;
    }

    CompilationUnit messageUnit(CheckedSpec.MessageDecl m) {
        Span span = m.span();
        String name = types.messages.get(m.name());
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("src", "src", Type.NODE));
        fields.add(new Field("dst", "dst", Type.NODE));
        for (Type.Field f : m.type().fields()) fields.add(new Field(f.name(), Names.member(f.name()), f.type()));
        CompilationUnit cu = valueUnit();
        RecordDeclaration r = new RecordDeclaration(new NodeList<>(Modifier.publicModifier()), name);
        cu.addType(r);
        units.generated(r, "Message " + m.name() + " from src to dst.", m.span());
        components(span, r, fields);
        r.addImplementedType(types.messageInterface);
        r.addImplementedType(J.type("Comparable", J.type(name)));
        MethodDeclaration type = r.addMethod("type", Modifier.Keyword.PUBLIC).setType("String");
        type.addMarkerAnnotation("Override");
        UnitFactory.doc(type, "The message type tag.", m.span());
        type.setBody(new BlockStmt().addStatement(new ReturnStmt(J.str(m.name()))));
        List<Field> sorted = new ArrayList<>(fields);
        toItf(span, r, sorted, List.of(new Field("type", "type", Type.STRING)));
        compareTo(span, r, name, fields); // the type tag is the same for all messages of one record
        fromItf(span, r, name, fields, "message " + m.name(), true);
        return cu;
    }

    CompilationUnit stateUnit(CheckedSpec.Role role) {
        Span span = role.span();
        String name = types.states.get(role.name());
        List<Field> fields = new ArrayList<>();
        for (CheckedSpec.Var v : role.vars()) {
            if (!v.ghost()) fields.add(new Field(v.name(), Names.member(v.name()), v.type()));  // ghosts: model only
        }
        CompilationUnit cu = valueUnit();
        RecordDeclaration r = new RecordDeclaration(new NodeList<>(Modifier.publicModifier()), name);
        cu.addType(r);
        units.generated(r, "The local state of a node of role " + role.name() + ": its variables, in declaration order.",
                role.span());
        components(span, r, fields);
        r.addImplementedType("ItfEncodable");
        toItf(span, r, fields, List.of());
        fromItf(span, r, name, fields, "state of role " + role.name(), false);
        return cu;
    }

    /** Makes an exchange's message record ITF-encodable (toItf and fromItf), as state records are. */
    void itfCodec(RecordDeclaration r, List<Field> fields, String what, Span span) {
        r.addImplementedType("ItfEncodable");
        toItf(span, r, fields, List.of());
        fromItf(span, r, r.getNameAsString(), fields, what, false);
    }

    private CompilationUnit valueUnit() {
        return units.unit("dev.lockstep.runtime.api.Itf", "dev.lockstep.runtime.api.ItfEncodable",
                "dev.lockstep.runtime.api.NodeId", "dev.lockstep.runtime.api.SpecValues", "java.util.List", "java.util.Map",
                "java.util.Objects", "java.util.Set", "javax.annotation.processing.Generated");
    }

    private void components(Span span, RecordDeclaration r, List<Field> fields) {
        for (Field f : fields) r.addParameter(new Parameter(types.java(f.type()), f.javaName()));
        // Null is no spec value: refuse it at construction, not later in a comparison.
        BlockStmt body = new BlockStmt();
        for (Field f : fields) {
            if (!TypeMapper.isPrimitive(f.type())) {
                body.addStatement(J.call("Objects", "requireNonNull", J.name(f.javaName()), J.str(f.specName())));
            }
        }
        if (!body.getStatements().isEmpty()) {
            var ctor = new com.github.javaparser.ast.body.CompactConstructorDeclaration(r.getNameAsString());
            ctor.setModifiers(Modifier.Keyword.PUBLIC);
            UnitFactory.doc(ctor, "Refuses null components: null is no spec value.", span);
            ctor.setBody(body);
            r.addMember(ctor);
        }
    }

    /** ITF: an object with the fields in sorted name order, as the evaluator's records are. */
    private void toItf(Span span, RecordDeclaration r, List<Field> fields, List<Field> constants) {
        List<Field> all = new ArrayList<>(fields);
        all.addAll(constants);
        all.sort(Comparator.comparing(Field::specName));
        List<Expression> args = new ArrayList<>();
        for (Field f : all) {
            args.add(J.str(f.specName()));
            args.add(f.specName().equals("type") && constants.contains(f) ? J.call((Expression) null, "type")
                    : J.name(f.javaName()));
        }
        MethodDeclaration m = r.addMethod("toItf", Modifier.Keyword.PUBLIC).setType("Object");
        m.addMarkerAnnotation("Override");
        UnitFactory.doc(m, "ITF: an object of the fields under their spec names.", span);
        m.setBody(new BlockStmt().addStatement(new ReturnStmt(J.call("Itf", "record", args.toArray(Expression[]::new)))));
    }

    /** Field by field in sorted name order: the canonical order of spec records. */
    private void compareTo(Span span, RecordDeclaration r, String name, List<Field> fields) {
        List<Field> sorted = new ArrayList<>(fields);
        sorted.sort(Comparator.comparing(Field::specName));
        MethodDeclaration m = r.addMethod("compareTo", Modifier.Keyword.PUBLIC).setType(PrimitiveType.intType());
        m.addMarkerAnnotation("Override");
        m.addParameter(name, "o");
        UnitFactory.doc(m, "The spec's canonical order: fields compared in sorted name order.", span);
        BlockStmt body = new BlockStmt();
        boolean declared = false;
        for (int i = 0; i < sorted.size(); i++) {
            Field f = sorted.get(i);
            Expression mine = new FieldAccessExpr(new ThisExpr(), f.javaName());
            Expression theirs = new FieldAccessExpr(J.name("o"), f.javaName());
            Expression cmp = switch (f.type()) {
                case Type.Int t -> J.call("Long", "compare", mine, theirs);
                case Type.Bool t -> J.call("Boolean", "compare", mine, theirs);
                default -> J.call("SpecValues", "compare", mine, theirs);
            };
            if (i == sorted.size() - 1) {
                body.addStatement(new ReturnStmt(cmp));
            } else {
                if (!declared) {
                    body.addStatement(new com.github.javaparser.ast.expr.VariableDeclarationExpr(
                            new com.github.javaparser.ast.body.VariableDeclarator(PrimitiveType.intType(), "c", cmp)));
                    declared = true;
                } else {
                    body.addStatement(new AssignExpr(J.name("c"), cmp, AssignExpr.Operator.ASSIGN));
                }
                body.addStatement(new IfStmt(J.binary(J.name("c"), com.github.javaparser.ast.expr.BinaryExpr.Operator.NOT_EQUALS,
                        new com.github.javaparser.ast.expr.IntegerLiteralExpr("0")), new ReturnStmt(J.name("c")), null));
            }
        }
        if (sorted.isEmpty()) body.addStatement(new ReturnStmt(new com.github.javaparser.ast.expr.IntegerLiteralExpr("0")));
        m.setBody(body);
    }

    private void fromItf(Span span, RecordDeclaration r, String name, List<Field> fields, String what, boolean fromRecordMap) {
        MethodDeclaration m = r.addMethod("fromItf", Modifier.Keyword.PUBLIC, Modifier.Keyword.STATIC).setType(name);
        m.addParameter("Object", "itf");
        UnitFactory.doc(m, "Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field "
                + "that is missing or malformed", span);
        BlockStmt body = new BlockStmt();
        body.addStatement(new com.github.javaparser.ast.expr.VariableDeclarationExpr(
                new com.github.javaparser.ast.body.VariableDeclarator(J.type("Map", J.type("?"), J.type("?")), "r",
                        J.call("Itf", "asRecord", J.name("itf")))));
        List<Expression> args = new ArrayList<>();
        for (Field f : fields) {
            args.add(J.call("SpecValues", "field", J.name("r"), J.str(f.specName()), types.decoder(f.type(), 0),
                    J.str(what)));
        }
        body.addStatement(new ReturnStmt(J.newObject(J.type(name), args.toArray(Expression[]::new))));
        m.setBody(body);
    }

    private void withers(Span span, RecordDeclaration r, String name, List<Field> fields) {
        for (Field f : fields) {
            MethodDeclaration m = r.addMethod("with" + Names.capitalize(f.javaName()), Modifier.Keyword.PUBLIC)
                    .setType(name);
            m.addParameter(types.java(f.type()), f.javaName());
            UnitFactory.doc(m, "A copy with field " + f.specName() + " replaced.", span);
            List<Expression> args = new ArrayList<>();
            for (Field g : fields) args.add(new NameExpr(g.javaName()));
            m.setBody(new BlockStmt().addStatement(new ReturnStmt(J.newObject(J.type(name),
                    args.toArray(Expression[]::new)))));
        }
    }

    static ExpressionStmt stmt(Expression e) { return new ExpressionStmt(e); }
}
