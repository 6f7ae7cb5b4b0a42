package dev.lockstep.spectojava;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnknownType;

/** Short factories for the JavaParser nodes the generator builds, so generator code reads like the Java it makes. */
final class J {
    private J() {}

    static NameExpr name(String name) { return new NameExpr(name); }

    static MethodCallExpr call(Expression scope, String method, Expression... args) {
        return new MethodCallExpr(scope == null ? null : paren(scope), method, NodeList.nodeList(args));
    }

    static MethodCallExpr call(String className, String method, Expression... args) {
        return call(name(className), method, args);
    }

    static StringLiteralExpr str(String s) { return new StringLiteralExpr().setString(s); }

    static Expression bool(boolean b) { return new BooleanLiteralExpr(b); }

    static Expression lng(long v) {
        if (v == Long.MIN_VALUE) return new FieldAccessExpr(name("Long"), "MIN_VALUE");
        if (v < 0) return new UnaryExpr(new LongLiteralExpr(-v + "L"), UnaryExpr.Operator.MINUS);
        return new LongLiteralExpr(v + "L");
    }

    /** Parentheses where the pretty printer needs them: JavaParser prints the tree as built. */
    static Expression paren(Expression e) {
        if (e instanceof BinaryExpr || e instanceof ConditionalExpr || e instanceof CastExpr || e instanceof LambdaExpr
                || e instanceof InstanceOfExpr || (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS)) {
            return new EnclosedExpr(e);
        }
        return e;
    }

    static Expression not(Expression e) { return new UnaryExpr(paren(e), UnaryExpr.Operator.LOGICAL_COMPLEMENT); }

    static Expression binary(Expression l, BinaryExpr.Operator op, Expression r) {
        return new BinaryExpr(paren(l), paren(r), op);
    }

    static LambdaExpr lambda(Expression body, String... params) {
        NodeList<Parameter> ps = new NodeList<>();
        for (String p : params) ps.add(new Parameter(new UnknownType(), p));
        LambdaExpr l = new LambdaExpr(ps, body);
        l.setEnclosingParameters(params.length != 1);
        return l;
    }

    static ClassOrInterfaceType type(String name, Type... args) {
        ClassOrInterfaceType t = new ClassOrInterfaceType(null, name);
        if (args.length > 0) t.setTypeArguments(NodeList.nodeList(args));
        return t;
    }

    /** {@code Name<>} for constructor calls. */
    static ClassOrInterfaceType diamond(String name) {
        ClassOrInterfaceType t = new ClassOrInterfaceType(null, name);
        t.setTypeArguments(new NodeList<>());
        return t;
    }

    static ObjectCreationExpr newObject(ClassOrInterfaceType type, Expression... args) {
        return new ObjectCreationExpr(null, type, NodeList.nodeList(args));
    }

    static CastExpr cast(Type type, Expression e) { return new CastExpr(type, paren(e)); }
}
