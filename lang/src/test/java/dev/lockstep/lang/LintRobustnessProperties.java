package dev.lockstep.lang;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Robustness of the front end against malformed input: the library specs under {@code ../specs/}, mutated at
 * random (truncated, characters and tokens deleted, inserted or replaced, lines swapped or duplicated), must never
 * make {@link Frontend#compile} or {@link DiagnosticPrinter#render} throw, and a failed compilation must say why.
 * The same holds for deep nesting and long flat lists of every form: a list compiles whatever its length, and
 * nesting beyond the limit is LS106, never a {@link StackOverflowError}.
 */
class LintRobustnessProperties {
    private static final Path SPECS = Path.of("../specs");

    /** Fragments that stress the lexer, the parser's recovery and the checker. */
    private static final List<String> FRAGMENTS = List.of(
            "/\\", "\\/", "{", "}", "[", "]", "(", ")", "<<", ">>", "<", ">", "'", "=", "==", "\\in", "\\notin",
            "\\cup", "\\", "do", "when", "IF", "THEN", "ELSE", "LET", "IN", "CASE", "->", "[]", "OTHER", "EXCEPT",
            "!", "@", "role", "var", "action", "auto action A", "on receive m: ", "send", "to", "self", "model",
            "check", "const", "enum", "message", "network", "def", "invariant", "property", "protocol", "\"", "(*",
            "*)", "\\*", "99999999999999999999", "9223372036854775807", "500ms..1s", "timer(", "9223372036854775807s",
            "5min", "Msgs(", "~", "<>", "~>", "..", ":", ",", ".", ";", "CHOOSE", "\\A", "\\E", "\n", " ", "x",
            "Nat", "SUBSET", "UNION", "DOMAIN", "\\o", ":>", "@@", "|->", "%", "\\div", "0", "-", "TRUE", "set<",
            "map<", "seq<", "node", "int", "$", "\t", "#", "\\foo", "|", "  timer(1s..9223372036854775807s) action",
            "fair on receive m: Commit do", "role R at {r} { var v: int = 0 }");

    private static final List<String> LIBRARY = loadLibrary();

    private static List<String> loadLibrary() {
        try (Stream<Path> files = Files.walk(SPECS)) {
            List<String> texts = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".lstep")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One edit; {@code at} and {@code other} are reduced modulo the text's length when applied. */
    record Mutation(int kind, int at, int length, int other, int fragment) {
        String apply(String text) {
            int n = text.length();
            if (n == 0) return FRAGMENTS.get(fragment);
            int i = Math.floorMod(at, n);
            int end = Math.min(n, i + 1 + length);
            String frag = FRAGMENTS.get(fragment);
            return switch (kind) {
                case 0 -> text.substring(0, i);                                   // truncate
                case 1 -> text.substring(0, i) + text.substring(end);             // delete characters
                case 2 -> text.substring(0, i) + frag + text.substring(i);        // insert a token
                case 3 -> text.substring(0, i) + frag + text.substring(end);      // replace characters by a token
                case 4 -> deleteToken(text, i);
                case 5 -> swapLines(text, i, Math.floorMod(other, n), false);
                case 6 -> swapLines(text, i, Math.floorMod(other, n), true);      // duplicate a line
                case 7 -> text.substring(0, i) + text.charAt(Math.floorMod(other, n)) + text.substring(i);
                case 8 -> duplicateDeclaration(text, i);
                default -> {                                                      // a fragment at a line start
                    int s = text.lastIndexOf('\n', Math.max(0, i - 1)) + 1;
                    yield text.substring(0, s) + frag + " " + text.substring(s);
                }
            };
        }

        /** Copies the top-level declaration around {@code i} (from a line starting in column 1 to the next). */
        private static String duplicateDeclaration(String text, int i) {
            int s = i;
            while (s > 0 && !(text.charAt(s - 1) == '\n' && s < text.length() && !Character.isWhitespace(text.charAt(s)))) s--;
            int e = text.indexOf("\n\n", i);
            e = e < 0 ? text.length() : e + 1;
            return text.substring(0, e) + text.substring(s, e) + text.substring(e);
        }

        private static String deleteToken(String text, int i) {
            int s = i, e = i;
            while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) s--;
            while (e < text.length() && !Character.isWhitespace(text.charAt(e))) e++;
            return text.substring(0, s) + text.substring(e);
        }

        private static String swapLines(String text, int a, int b, boolean duplicate) {
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int la = lineOf(text, a), lb = lineOf(text, b);
            if (duplicate) {
                lines.add(lb, lines.get(la));
            } else {
                String t = lines.get(la);
                lines.set(la, lines.get(lb));
                lines.set(lb, t);
            }
            return String.join("\n", lines);
        }

        private static int lineOf(String text, int offset) {
            int line = 0;
            for (int k = 0; k < offset; k++) if (text.charAt(k) == '\n') line++;
            return line;
        }
    }

    @Provide
    Arbitrary<String> mutants() {
        Arbitrary<Mutation> mutation = Combinators.combine(
                Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 1 << 20),
                Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(0, 1 << 20),
                Arbitraries.integers().between(0, FRAGMENTS.size() - 1)).as(Mutation::new);
        return Combinators.combine(Arbitraries.of(LIBRARY), mutation.list().ofMinSize(1).ofMaxSize(6))
                .as((spec, edits) -> {
                    String text = spec;
                    for (Mutation m : edits) text = m.apply(text);
                    return text;
                });
    }

    @Example
    void theLibraryIsThereAndCompiles() throws IOException {
        assertFalse(LIBRARY.isEmpty(), "no *.lstep under " + SPECS.toAbsolutePath());
        // From their files, so that an instance's path resolves next to the spec that instantiates it.
        try (Stream<Path> files = Files.walk(SPECS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".lstep")).sorted().toList()) {
                Frontend.Compilation c = Frontend.load(p);
                assertTrue(c.ok(), DiagnosticPrinter.render(c.diagnostics()));
            }
        }
    }

    /** One way to nest: {@code wrap(e, i)} is {@code e} one level deeper ({@code i} names bound variables). */
    record Nester(String name, java.util.function.BiFunction<String, Integer, String> wrap) {}

    private static final List<Nester> NESTERS = List.of(
            new Nester("parentheses", (e, i) -> "(" + e + ")"),
            new Nester("not", (e, i) -> "~" + e),
            new Nester("if", (e, i) -> "IF TRUE THEN " + e + " ELSE FALSE"),
            new Nester("else-if", (e, i) -> "IF FALSE THEN TRUE ELSE " + e),
            new Nester("set", (e, i) -> "TRUE \\in {" + e + "}"),
            new Nester("implies", (e, i) -> "TRUE => " + e),
            new Nester("operand", (e, i) -> "TRUE /\\ (" + e + ")"),
            new Nester("forall", (e, i) -> "\\A v" + i + " \\in {1} : " + e),
            new Nester("let", (e, i) -> "LET a" + i + " == 1 IN " + e),
            new Nester("case", (e, i) -> "CASE FALSE -> TRUE [] OTHER -> " + e),
            new Nester("tuple", (e, i) -> "<<" + e + ">>[1]"),
            new Nester("record", (e, i) -> "[f |-> " + e + "].f"),
            new Nester("mixed", (e, i) -> "~(" + e + ")"));

    /** Operators whose long runs are flat lists; each item is a boolean or an int, as the operator needs. */
    private static final List<String[]> FLAT = List.of(
            new String[] {" \\/ ", "R[N].x = 0", ""}, new String[] {" /\\ ", "R[N].x >= 0", ""},
            new String[] {" + ", "1", " > 0"}, new String[] {" * ", "1", " = 1"},
            new String[] {" \\cup ", "{1}", " = {1}"}, new String[] {" \\cap ", "{1}", " = {1}"},
            new String[] {" \\o ", "<<1>>", " /= <<>>"}, new String[] {" - ", "1", " < 5"});

    private static String deepSpec(String invariant) {
        return "protocol Deep\nconst N: node\nrole R at N { var x: int = 0 }\ninvariant I == " + invariant
                + "\nmodel m { N = n1 }\n";
    }

    @Provide
    Arbitrary<String> nestings() {
        Arbitrary<List<Nester>> chain = Arbitraries.of(NESTERS).list().ofMinSize(1).ofMaxSize(4);
        return Combinators.combine(chain, Arbitraries.integers().between(1, 3000)).as((nesters, depth) -> {
            String e = "TRUE";
            for (int i = 0; i < depth; i++) e = nesters.get(i % nesters.size()).wrap().apply(e, i);
            return deepSpec(e);
        });
    }

    @Provide
    Arbitrary<Object[]> flatLists() {
        return Combinators.combine(Arbitraries.integers().between(0, FLAT.size() - 1),
                Arbitraries.integers().between(1, 20_000), Arbitraries.of(true, false)).as((op, length, bulleted) -> {
                    String[] f = FLAT.get(op);
                    StringBuilder e = new StringBuilder();
                    boolean bullets = bulleted && f[2].isEmpty();
                    for (int i = 0; i < length; i++) {
                        if (bullets) e.append("\n  ").append(f[0].strip()).append(' ');
                        else if (i > 0) e.append(f[0]);
                        e.append(f[1]);
                    }
                    return new Object[] {op, length, deepSpec(e + f[2])};
                });
    }

    @Property(tries = 60)
    void deepNestingIsADiagnosticOrCompiles(@ForAll("nestings") String text) {
        Frontend.Compilation c = assertDoesNotThrow(() -> Frontend.compile("deep.lstep", text));
        for (Diagnostic d : c.diagnostics()) {
            assertTrue(d.code() == dev.lockstep.lang.diag.Code.NESTED_TOO_DEEPLY || !d.isError(),
                    "a nesting of valid forms may only fail for its depth: " + DiagnosticPrinter.render(d));
        }
        assertDoesNotThrow(() -> DiagnosticPrinter.render(c.diagnostics()));
    }

    @Property(tries = 40)
    void longFlatListsCompileWhateverTheirLength(@ForAll("flatLists") Object[] list) {
        int op = (Integer) list[0];
        int length = (Integer) list[1];
        String text = (String) list[2];
        Frontend.Compilation c = assertDoesNotThrow(() -> Frontend.compile("flat.lstep", text));
        boolean nonAssociative = FLAT.get(op)[0].equals(" - ");
        if (nonAssociative && length >= dev.lockstep.lang.syntax.Nesting.LIMIT) {
            // a - b - c ... nests by definition: too long a chain is LS106, not a crash.
            assertTrue(c.diagnostics().stream().anyMatch(
                    d -> d.code() == dev.lockstep.lang.diag.Code.NESTED_TOO_DEEPLY), c.diagnostics()::toString);
        } else {
            assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        }
    }

    @Property(tries = 2000)
    void mutatedSpecsNeverCrashTheFrontEnd(@ForAll("mutants") String text) {
        Frontend.Compilation c = assertDoesNotThrow(() -> Frontend.compile("mutant.lstep", text));
        boolean hasError = c.diagnostics().stream().anyMatch(Diagnostic::isError);
        assertTrue(c.ok() != hasError, "ok() must hold exactly when there is no error diagnostic");
        assertTrue(c.ok() == c.spec().isPresent());
        for (Diagnostic d : c.diagnostics()) {
            assertTrue(d.span().start() >= 0 && d.span().start() <= d.span().end()
                    && d.span().end() <= text.length(), "span out of the file: " + d);
        }
        assertDoesNotThrow(() -> DiagnosticPrinter.render(c.diagnostics()));
    }
}
