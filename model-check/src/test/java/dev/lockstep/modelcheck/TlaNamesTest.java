package dev.lockstep.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The two layers of TLA+ naming, and the string encoding, checked on their own. */
class TlaNamesTest {
    /** A TLA+ identifier SANY accepts: name characters with at least one letter, ASCII only. */
    private static final Pattern TLA_IDENTIFIER = Pattern.compile("[A-Za-z0-9_]*[A-Za-z][A-Za-z0-9_]*");

    @Provide
    Arbitrary<String> identifiers() {
        Arbitrary<String> adversarial = Arbitraries.of(AdversarialNamesProperties.POOL);
        Arbitrary<String> random = Arbitraries.strings().withChars("aAbB_zZ019éœ日LWFS").ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> any = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(6);
        return Arbitraries.oneOf(adversarial, random, any);
    }

    @Property(tries = 2000)
    void identIsAValidTlaIdentifierAndDecodesBack(@ForAll("identifiers") String name) {
        String tla = TlaNames.ident(name);
        assertTrue(TLA_IDENTIFIER.matcher(tla).matches(), tla);
        assertFalse(TlaNames.KEYWORDS.contains(tla), tla);
        assertFalse(tla.startsWith("WF_") || tla.startsWith("SF_"), tla);
        assertEquals(name, TlaNames.unident(tla), "ident is injective: it has an inverse");
    }

    @Property(tries = 500)
    void identIsInjectiveOnPairs(@ForAll("identifiers") String a, @ForAll("identifiers") String b) {
        if (!a.equals(b)) assertNotEquals(TlaNames.ident(a), TlaNames.ident(b));
    }

    @Test
    void ordinaryNamesStayAsTheyAre() {
        for (String name : List.of("x", "TM_state", "Init", "Len", "r1", "x_1", "A_b_c")) {
            assertEquals(name, TlaNames.ident(name));
        }
        assertEquals("_LWF__x", TlaNames.ident("WF_x"));
        assertEquals("_L_e9_tat", TlaNames.ident("état"));
        assertEquals("_L__L", TlaNames.ident("_L"));
    }

    @Property(tries = 1000)
    void stringsEncodeToPrintableAsciiAndDecodeBack(@ForAll String s) {
        String encoded = TlaStrings.encode(s);
        assertTrue(encoded.chars().allMatch(c -> c >= 0x20 && c <= 0x7e), encoded);
        assertEquals(s, TlaStrings.decode(encoded));
    }

    @Test
    void ordinaryStringsStayAsTheyAre() {
        assertEquals("\"working\"", TlaStrings.literal("working"));
        assertEquals("\"\\\\u00e9tat\"", TlaStrings.literal("état"));
    }

    private static final Pattern WORD = Pattern.compile(
            "\"(?:[^\"\\\\]|\\\\.)*\"|[\\[,]\\s*[A-Za-z_][A-Za-z0-9_]*\\s*\\|->|(?<![.\\w\\\\])([A-Za-z_][A-Za-z0-9_]*+)");

    /**
     * Every identifier the generated helpers and environment actions use (their names, formal parameters, LET and
     * bound names) is reserved, so no spec name can clash with them. Record fields are no symbols and are
     * skipped, in access ({@code x.src}) and in record constructors ({@code [src |-> ...]}) alike. Fails when a
     * helper gains a name TlaNames does not reserve.
     */
    @Test
    void everyIdentifierOfTheGeneratedHelpersIsReserved() {
        for (String network : List.of("set lossy duplicating", "bag lossy duplicating", "fifo lossy duplicating")) {
            String text = translate(network);
            String helpers = text.substring(text.indexOf("Min(S) =="), text.indexOf("\\* def"));
            String environment = text.substring(text.indexOf("\\* Environment step"), text.indexOf("Next =="));
            Set<String> unreserved = new TreeSet<>();
            for (String section : List.of(helpers, environment)) {
                for (String line : section.lines().filter(l -> !l.startsWith("\\*")).toList()) {
                    String code = line.contains("\\*") ? line.substring(0, line.indexOf("\\*")) : line;
                    Matcher m = WORD.matcher(code);
                    while (m.find()) {
                        // "_" alone is the arity of an operator parameter (F(_)), no name.
                        String name = m.group(1);
                        if (name != null && !name.equals("_") && !TlaNames.reserved(name)) unreserved.add(name);
                    }
                }
            }
            assertEquals(Set.of(), unreserved, network + ":\n" + helpers + environment);
        }
    }

    private static String translate(String network) {
        var spec = ReproducersTest.compile(java.nio.file.Path.of("helpers.lstep"), """
                protocol Helpers
                const A: node
                message Ping { n: int }
                network NET
                role R at A {
                  var x: int = 0
                  auto action Go when x < 1 do x' = x + 1 ; send Ping { n: x } to A
                }
                def Twice(k: int) == k + k
                model m { A = a }
                """.replace("NET", network));
        String text = TlaTranslator.translate(spec).text();
        return text;
    }

    @Test
    void topLevelNamesAreAllocatedOnceEach() {
        var spec = ReproducersTest.compile(java.nio.file.Path.of("alloc.lstep"), """
                protocol Alloc
                const S: node
                def Init == 1
                def WF_x == 2
                role A at S {
                  var b_c: int = Init + WF_x
                }
                role A_b at S {
                  var c: int = 0
                  auto action Go when c < 1 do c' = c + 1
                }
                model m { S = Next }
                """);
        TlaNames names = TlaNames.allocate(spec, List.of("Next"), Set.of(), List.of("m"));
        List<String> all = List.of(names.constant("S"), names.def("Init"), names.def("WF_x"), names.var("A", "b_c"),
                names.var("A_b", "c"), names.action("A_b", "Go"), names.nodes("A"), names.nodes("A_b"), names.node("Next"),
                names.nodeOrder(), names.constraint("m"), names.binding("m", "S"));
        assertEquals(all.size(), Stream.of(all).flatMap(List::stream).distinct().count(), all.toString());
        for (String n : all) assertFalse(TlaNames.reserved(n), n);
        assertEquals("A_b_c", names.var("A", "b_c"), "the first comer keeps the readable spelling");
        assertEquals("A_b_c_1", names.var("A_b", "c"));
        assertEquals("Next", names.nodeOf(names.node("Next")));
    }
}
