package dev.lockstep.lang.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.diag.Diagnostics;
import dev.lockstep.lang.source.SourceFile;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ParserTest {

    private static Ast.Spec parse(String text) {
        Diagnostics diags = new Diagnostics();
        Ast.Spec spec = Parser.parse(new SourceFile("t.lstep", text), diags);
        assertFalse(diags.hasErrors(), () -> DiagnosticPrinter.render(diags.sorted()));
        return spec;
    }

    /** The body of {@code invariant I == <text>}, in prefix notation. */
    private static String expr(String text) {
        Ast.Spec spec = parse("protocol P\ninvariant I ==\n" + text + "\n");
        return show(((Ast.InvariantDecl) spec.decls().get(0)).body());
    }

    private static String show(Ast.Expr e) {
        return switch (e) {
            case Ast.Name n -> n.name();
            case Ast.IntLit i -> Long.toString(i.value());
            case Ast.BoolLit b -> b.value() ? "TRUE" : "FALSE";
            case Ast.AtExpr a -> "@";
            case Ast.SelfExpr s -> "self";
            case Ast.Binary b -> "(" + b.op().symbol() + " " + show(b.left()) + " " + show(b.right()) + ")";
            case Ast.Unary u -> "(" + u.op().symbol() + " " + show(u.operand()) + ")";
            case Ast.SetLit s -> "{" + list(s.elements()) + "}";
            case Ast.SetFilter f -> "(filter " + f.var().name() + " " + show(f.domain()) + " " + show(f.predicate()) + ")";
            case Ast.SetMap m -> "(map " + show(m.body()) + " " + bounds(m.bounds()) + ")";
            case Ast.Apply a -> "(apply " + show(a.function()) + " " + list(a.args()) + ")";
            case Ast.Field f -> "(. " + show(f.target()) + " " + f.field().name() + ")";
            case Ast.Except x -> "(except " + show(x.base()) + x.updates().stream().map(u -> " [" + u.path().stream()
                    .map(p -> p.field() != null ? "." + p.field().name() : "[" + show(p.index()) + "]")
                    .collect(Collectors.joining()) + " = " + show(u.value()) + "]").collect(Collectors.joining()) + ")";
            case Ast.Case c -> "(case" + c.arms().stream().map(a -> " [" + show(a.guard()) + " -> " + show(a.value()) + "]")
                    .collect(Collectors.joining()) + (c.other() == null ? "" : " [other -> " + show(c.other()) + "]") + ")";
            case Ast.Quant q -> "(" + (q.forall() ? "A" : "E") + " " + bounds(q.bounds()) + " " + show(q.body()) + ")";
            case Ast.If i -> "(if " + show(i.cond()) + " " + show(i.then()) + " " + show(i.otherwise()) + ")";
            case Ast.Call c -> "(" + c.name().name() + " " + list(c.args()) + ")";
            case Ast.TupleLit t -> "<<" + list(t.elements()) + ">>";
            default -> e.getClass().getSimpleName();
        };
    }

    private static String list(List<Ast.Expr> es) {
        return es.stream().map(ParserTest::show).collect(Collectors.joining(" "));
    }

    private static String bounds(List<Ast.Bound> bs) {
        return bs.stream().map(b -> b.names().stream().map(Ast.Ident::name).collect(Collectors.joining(","))
                + "\\in" + show(b.domain())).collect(Collectors.joining(";"));
    }

    @Test
    void logicalPrecedence() {
        assertEquals("(\\/ a (/\\ b c))", expr("a \\/ b /\\ c"));
        assertEquals("(\\/ (/\\ a b) c)", expr("a /\\ b \\/ c"));
        assertEquals("(=> a (=> b c))", expr("a => b => c"));
        assertEquals("(/\\ (~ a) b)", expr("~a /\\ b"));
        assertEquals("(/\\ (= x 1) (# y 2))".replace("#", "/="), expr("x = 1 /\\ y # 2"));
        assertEquals("(=> (\\/ a b) c)", expr("a \\/ b => c"));
    }

    @Test
    void arithmeticAndSetPrecedence() {
        assertEquals("(+ 1 (* 2 3))", expr("1 + 2 * 3"));
        assertEquals("(- (- 1 2) 3)", expr("1 - 2 - 3"));
        assertEquals("(< (+ x 1) (* 2 y))", expr("x + 1 < 2 * y"));
        assertEquals("(\\in x (\\cup S T))", expr("x \\in S \\cup T"));
        assertEquals("(\\cup (.. 1 2) (.. 3 (+ 4 1)))", expr("1..2 \\cup 3..4 + 1"));
        assertEquals("(- (apply f 1))", expr("-f[1]"));
        assertEquals("(. (apply R n) x)", expr("R[n].x"));
    }

    @Test
    void bulletedConjunctionsAndDisjunctionsNestByColumn() {
        String text = String.join("\n",
                "  /\\ a",
                "  /\\ \\/ b",
                "     \\/ c",
                "  /\\ d");
        assertEquals("(/\\ (/\\ a (\\/ b c)) d)", expr(text));
        // A bullet item ends at a token at or left of its bullet's column, even inside an unfinished expression.
        String nested = String.join("\n",
                "  \\/ /\\ a",
                "     /\\ b",
                "  \\/ c");
        assertEquals("(\\/ (/\\ a b) c)", expr(nested));
    }

    @Test
    void doubleClosingAngleIsSplitInNestedTypes() {
        Ast.Spec spec = parse("protocol P\nconst S: set<set<node>>\nconst M: map<node, set<int>>\n"
                + "const T: set<set<set<int>>>\n");
        Ast.SetType outer = assertInstanceOf(Ast.SetType.class, ((Ast.ConstDecl) spec.decls().get(0)).type());
        Ast.SetType inner = assertInstanceOf(Ast.SetType.class, outer.element());
        assertEquals("node", assertInstanceOf(Ast.NamedType.class, inner.element()).name().name());
        Ast.MapType map = assertInstanceOf(Ast.MapType.class, ((Ast.ConstDecl) spec.decls().get(1)).type());
        assertInstanceOf(Ast.SetType.class, map.value());
        Ast.SetType t = assertInstanceOf(Ast.SetType.class, ((Ast.ConstDecl) spec.decls().get(2)).type());
        Ast.SetType t2 = assertInstanceOf(Ast.SetType.class, t.element());
        assertInstanceOf(Ast.SetType.class, t2.element());
        assertEquals(3, spec.decls().size());
    }

    @Test
    void setFilterVersusSetMap() {
        assertEquals("(filter x S (> x 1))", expr("{x \\in S : x > 1}"));
        assertEquals("(map (+ x 1) x\\inS)", expr("{x + 1 : x \\in S}"));
        assertEquals("(map <<x y>> x,y\\inS)", expr("{<<x, y>> : x, y \\in S}"));
        assertEquals("{1 2 3}", expr("{1, 2, 3}"));
        assertEquals("{(\\in x S)}", expr("{x \\in S}"));
    }

    @Test
    void exceptWithAtAndPaths() {
        assertEquals("(except f [[1] = (+ @ 1)] [[2].a = 0])", expr("[f EXCEPT ![1] = @ + 1, ![2].a = 0]"));
        assertEquals("(except f [[<<a b>>] = @])", expr("[f EXCEPT ![a, b] = @]"));
    }

    @Test
    void caseWithOther() {
        assertEquals("(case [(= x 1) -> 10] [(= x 2) -> 20] [other -> 0])",
                expr("CASE x = 1 -> 10 [] x = 2 -> 20 [] OTHER -> 0"));
        assertEquals("(case [a -> 1])", expr("CASE a -> 1"));
    }

    @Test
    void quantifiersIfAndCalls() {
        assertEquals("(A x,y\\inS;z\\inT (/\\ (= x y) z))", expr("\\A x, y \\in S, z \\in T : x = y /\\ z"));
        assertEquals("(if c 1 (if d 2 3))", expr("IF c THEN 1 ELSE IF d THEN 2 ELSE 3"));
        assertEquals("(Cardinality (\\ S T))", expr("Cardinality(S \\ T)"));
    }

    @Test
    void actionsStatementsAndSyntaxErrorsRecoverPerDeclaration() {
        Ast.Spec spec = parse("protocol P\nrole R at {a} {\n  var x: int = 0\n"
                + "  timer(500ms..2s) action T(v \\in 1..2) when x < v do x' = v ; send M { f: 1 } to self\n}\n");
        Ast.RoleDecl role = (Ast.RoleDecl) spec.decls().get(0);
        Ast.ActionDecl a = role.actions().get(0);
        Ast.Timer timer = assertInstanceOf(Ast.Timer.class, a.trigger());
        assertEquals(500, timer.lowMillis());
        assertEquals(2000, timer.highMillis());
        assertEquals(2, a.body().size());
        assertInstanceOf(Ast.Send.class, a.body().get(1));

        Diagnostics diags = new Diagnostics();
        Ast.Spec broken = Parser.parse(new SourceFile("t.lstep",
                "protocol P\nconst A int\nconst B: int\ninvariant I == (1 +\nconst C: int\n"), diags);
        assertEquals(2, diags.errorCount());
        List<String> names = broken.decls().stream().map(d -> d.name().name()).toList();
        assertEquals(List.of("B", "C"), names);
        assertTrue(diags.sorted().get(0).span().line() == 2 && diags.sorted().get(1).span().line() == 5);
    }
}
