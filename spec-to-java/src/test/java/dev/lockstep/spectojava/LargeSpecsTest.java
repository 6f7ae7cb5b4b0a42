package dev.lockstep.spectojava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.printer.DefaultPrettyPrinter;
import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.ir.CheckedSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Specs with very many definitions or very long expressions: generation is linear in the number of definitions,
 * says clearly when one Java class cannot hold them, and handles long flat lists.
 */
class LargeSpecsTest {

    /** A class that counts how often the printer asks for its children (once per member in the stock printer). */
    private static final class CountingClass extends ClassOrInterfaceDeclaration {
        int childScans;

        CountingClass() { super(new NodeList<>(Modifier.publicModifier()), false, "Many"); }

        @Override
        public List<Node> getChildNodes() {
            childScans++;
            return super.getChildNodes();
        }
    }

    private static CompilationUnit unitWithMethods(CountingClass type, int count) {
        CompilationUnit cu = new CompilationUnit("p");
        cu.addType(type);
        for (int i = 0; i < count; i++) {
            MethodDeclaration m = type.addMethod("d" + i, Modifier.Keyword.PUBLIC);
            m.setType(PrimitiveType.longType());
            m.setBody(new BlockStmt().addStatement(new ReturnStmt(new IntegerLiteralExpr(String.valueOf(i % 7)))));
            m.setJavadocComment("Definition d" + i + ".");
        }
        return cu;
    }

    @Test
    void printingDoesNotScanEveryMembersSiblings() {
        int members = 2_000;
        CountingClass stockType = new CountingClass();
        String stock = new DefaultPrettyPrinter().print(unitWithMethods(stockType, members));
        // The control: the stock printer scans all siblings once per member, which is quadratic in total.
        assertTrue(stockType.childScans >= members, "stock printer scanned " + stockType.childScans + " times");

        CountingClass ourType = new CountingClass();
        String ours = SiblingFreePrinter.print(unitWithMethods(ourType, members));
        assertTrue(ourType.childScans < 10, "scanned the members' siblings " + ourType.childScans + " times");
        assertEquals(stock, ours);
    }

    private static String manyDefinitions(int count) {
        StringBuilder s = new StringBuilder("protocol Many\nconst N: node\nrole R at N {\n  var x: int = 0\n"
                + "  auto action Step when x < 1 do x' = x + D0\n}\n");
        for (int i = 0; i < count; i++) s.append("def D").append(i).append(" == ").append(i % 7).append('\n');
        return s.append("model m { N = n1 }\n").toString();
    }

    private static CheckedSpec compile(String text) {
        Frontend.Compilation c = Frontend.compile("many.lstep", text);
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        return c.spec().orElseThrow();
    }

    /** Generous: before the fix this size took minutes (the printer was quadratic); now a few seconds. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void twentyFiveThousandDefinitionsGenerateEveryMethod() {
        int count = 25_000;
        var r = JavaGenerator.generate(compile(manyDefinitions(count)), new JavaPackage("p"));
        assertEquals(List.of(), r.diagnostics());
        String constants = r.orElseThrow().stream().filter(f -> f.path().endsWith("ManyConstants.java")).findFirst()
                .orElseThrow().source();
        long methods = constants.lines().filter(l -> l.matches("\\s+public long D\\d+\\(\\) \\{")).count();
        assertEquals(count, methods);
    }

    @Test
    void moreDefinitionsThanOneClassHoldsIsADiagnostic() {
        int count = FragmentCheck.MAX_CONSTANTS_METHODS + 1;
        var r = JavaGenerator.generate(compile(manyDefinitions(count)), new JavaPackage("p"));
        assertTrue(r.toOptional().isEmpty());
        assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
        assertEquals(Code.JAVA_UNSUPPORTED, r.diagnostics().get(0).code());
        assertTrue(r.diagnostics().get(0).message().contains("more than the 30000"), r.diagnostics().get(0).message());
    }

    /** Long flat lists in guards, effects and definitions: generated, compiled and run without a deep stack. */
    @Test
    void longFlatListsGenerateJavaThatCompiles(@TempDir Path tmp) throws Exception {
        int n = 3_000;
        StringBuilder s = new StringBuilder("protocol Flat\nconst N: node\nrole R at N {\n  var x: int = 0\n"
                + "  var s: set<int> = {}\n  auto action Step when ");
        for (int i = 0; i < n; i++) s.append(i == 0 ? "" : " \\/ ").append("x = ").append(i);
        s.append(" \\/ x = 0\n    do x' = (x");
        for (int i = 0; i < n; i++) s.append(" + 1");
        s.append(") % 5\n  auto action Grow when x < 3 do s' = s");
        for (int i = 0; i < n; i++) s.append(" \\cup {").append(i).append('}');
        s.append("\n}\ndef AllSmall(v: int) == ");
        for (int i = 0; i < n; i++) s.append(i == 0 ? "" : " /\\ ").append("v # ").append(i + 10);
        s.append("\nmodel m { N = n1 }\n");
        var r = JavaGenerator.generate(compile(s.toString()), new JavaPackage("flat"));
        assertEquals(List.of(), r.diagnostics());
        InMemoryJavac.Compiled compiled = InMemoryJavac.compile(r.orElseThrow(), tmp);
        assertEquals(List.of(), compiled.errors());
        assertTrue(Files.exists(tmp) && compiled.load("flat.FlatProtocol") != null);
    }
}
