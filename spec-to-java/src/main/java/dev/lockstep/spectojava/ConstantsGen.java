package dev.lockstep.spectojava;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The constants record: one component per spec constant, a static factory per model that binds them, and the spec's
 * definitions (those that read only constants and their parameters) as methods, since they depend on nothing else.
 */
final class ConstantsGen {
    private final CheckedSpec spec;
    private final TypeMapper types;
    private final UnitFactory units;
    /** Model name -> factory method name. */
    final Map<String, String> factories = new HashMap<>();

    ConstantsGen(CheckedSpec spec, TypeMapper types, UnitFactory units) {
        this.spec = spec;
        this.types = types;
        this.units = units;
        Names.Scope members = new Names.Scope("hashCode", "equals", "toString", "getClass", "notify", "notifyAll",
                "wait", "clone", "finalize");
        for (CheckedSpec.Const c : spec.consts()) members.reserve(Names.member(c.name()));
        for (CheckedSpec.Def d : spec.defs()) members.reserve(Names.member(d.name()));
        for (CheckedSpec.Model m : spec.models()) factories.put(m.name(), members.allocate(Names.local(m.name()), "Model"));
    }

    CompilationUnit unit() {
        CompilationUnit cu = units.unit("dev.lockstep.runtime.api.NodeId", "dev.lockstep.runtime.api.SpecValues",
                "java.util.List", "java.util.Map", "java.util.Objects", "java.util.Set",
                "javax.annotation.processing.Generated");
        RecordDeclaration r = new RecordDeclaration(new NodeList<>(Modifier.publicModifier()), types.constants);
        cu.addType(r);
        units.generated(r, "The constants of protocol " + spec.name() + ", bound by a model; the spec's definitions "
                + "are methods because they read constants only.", spec.consts().isEmpty() ? spec.network().span()
                : spec.consts().get(0).span());
        BlockStmt check = new BlockStmt();
        for (CheckedSpec.Const c : spec.consts()) {
            r.addParameter(new Parameter(types.java(c.type()), Names.member(c.name())));
            if (!TypeMapper.isPrimitive(c.type())) {
                check.addStatement(J.call("Objects", "requireNonNull", J.name(Names.member(c.name())), J.str(c.name())));
            }
        }
        if (!check.getStatements().isEmpty()) {
            CompactConstructorDeclaration ctor = new CompactConstructorDeclaration(types.constants);
            ctor.setModifiers(Modifier.Keyword.PUBLIC);
            ctor.setBody(check);
            r.addMember(ctor);
        }
        for (CheckedSpec.Model m : spec.models()) r.addMember(factory(m));
        for (CheckedSpec.Def d : spec.defs()) if (!d.readsGlobalState()) r.addMember(def(d));
        return cu;
    }

    private MethodDeclaration factory(CheckedSpec.Model m) {
        MethodDeclaration md = new MethodDeclaration(new NodeList<>(Modifier.publicModifier(), Modifier.staticModifier()),
                J.type(types.constants), factories.get(m.name()));
        UnitFactory.doc(md, "The constants of model " + m.name() + ".", m.span());
        Names.Scope names = new Names.Scope();
        Map<Integer, String> locals = new HashMap<>();
        ExprTranslator tr = new ExprTranslator(types, new ExprTranslator.Context() {
            public ExprTranslator.JExpr var(Expr.VarRef v) { throw new IllegalStateException("variable in a binding"); }

            public Expression constant(Expr.ConstRef c) { return J.name(locals.get(c.index())); }

            public Expression defs() { throw new IllegalStateException("definition call in a binding"); }

            public Expression self() { throw new IllegalStateException("self in a binding"); }
        }, names);
        BlockStmt body = new BlockStmt();
        List<Expression> args = new ArrayList<>();
        for (CheckedSpec.Const c : spec.consts()) {
            String local = names.allocate(Names.local(c.name()), "");
            Expression value = tr.code(m.bindings().get(c.index()));
            body.addStatement(new VariableDeclarationExpr(new VariableDeclarator(types.java(c.type()), local, value)));
            locals.put(c.index(), local);
            args.add(J.name(local));
        }
        body.addStatement(new ReturnStmt(J.newObject(J.type(types.constants), args.toArray(Expression[]::new))));
        md.setBody(body);
        return md;
    }

    private MethodDeclaration def(CheckedSpec.Def d) {
        MethodDeclaration md = new MethodDeclaration(new NodeList<>(Modifier.publicModifier()),
                types.java(d.body().type()), Names.member(d.name()));
        UnitFactory.doc(md, "Definition " + d.name() + ".", d.span());
        Names.Scope names = new Names.Scope();
        ExprTranslator tr = new ExprTranslator(types, new ExprTranslator.Context() {
            public ExprTranslator.JExpr var(Expr.VarRef v) { throw new IllegalStateException("variable in a definition"); }

            public Expression constant(Expr.ConstRef c) { return J.call((Expression) null, Names.member(c.name())); }

            public Expression defs() { return null; }

            public Expression self() { throw new IllegalStateException("self in a definition"); }
        }, names);
        for (Expr.Local p : d.params()) {
            String name = tr.bind(p, TypeMapper.isPrimitive(p.type()));
            md.addParameter(types.java(p.type()), name);
        }
        md.setBody(new BlockStmt().addStatement(new ReturnStmt(tr.code(d.body()))));
        return md;
    }
}
