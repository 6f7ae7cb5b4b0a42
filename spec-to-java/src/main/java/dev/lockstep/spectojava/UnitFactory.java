package dev.lockstep.spectojava;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithJavadoc;
import dev.lockstep.lang.source.Span;

/** Compilation units with the package, imports, {@code @Generated} and the Javadoc that cites the spec. */
final class UnitFactory {
    static final String GENERATOR = "dev.lockstep.spectojava.JavaGenerator";

    private final String packageName;
    private final String specFile;

    UnitFactory(String packageName, String specFile) {
        this.packageName = packageName;
        this.specFile = specFile;
    }

    CompilationUnit unit(String... imports) {
        CompilationUnit cu = new CompilationUnit(packageName);
        for (String i : imports) cu.addImport(i);
        return cu;
    }

    /** Marks a generated type: {@code @Generated} naming the generator and the spec, and Javadoc with the span. */
    <T extends TypeDeclaration<?>> T generated(T type, String doc, Span span) {
        type.addAnnotation(new NormalAnnotationExpr(new Name("Generated"), NodeList.nodeList(
                new MemberValuePair("value", J.str(GENERATOR)), new MemberValuePair("comments", J.str(specFile)))));
        doc(type, doc, span);
        return type;
    }

    /** Javadoc ending with the spec location, e.g. {@code (spec: paxos.lstep:12:3)}. */
    static void doc(NodeWithJavadoc<?> node, String text, Span span) {
        String where = span == null ? "" : " (spec: " + Locations.of(span) + ")";
        node.setJavadocComment(" " + text + where + " ");
    }
}
