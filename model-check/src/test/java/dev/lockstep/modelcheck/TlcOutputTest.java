package dev.lockstep.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading TLC's -tool output: message frames, and values and states as TLC prints them. */
class TlcOutputTest {

    @Test
    void framesBecomeMessagesAndStrayLinesAreKept() {
        List<TlcMessage> got = new ArrayList<>();
        TlcOutputReader r = new TlcOutputReader(got::add);
        for (String line : """
                @!@!@STARTMSG 2262:0 @!@!@
                TLC2 Version 2.18 of 20 March 2023
                @!@!@ENDMSG 2262 @!@!@
                Parsing file /tmp/M.tla
                @!@!@STARTMSG 2217:4 @!@!@
                1: <Initial predicate>
                /\\ x = 1

                @!@!@ENDMSG 2217 @!@!@
                @!@!@STARTMSG 2200:0 @!@!@
                Progress(3) at 2026-11-21 21:06:58: 1,146 states generated""".split("\n")) {
            r.line(line);
        }
        r.finish();
        assertEquals(List.of(
                new TlcMessage(2262, 0, "TLC2 Version 2.18 of 20 March 2023"),
                new TlcMessage(TlcCodes.UNFRAMED, 0, "Parsing file /tmp/M.tla"),
                new TlcMessage(2217, 4, "1: <Initial predicate>\n/\\ x = 1"),
                new TlcMessage(2200, 0, "Progress(3) at 2026-11-21 21:06:58: 1,146 states generated")), got);
    }

    @Test
    void valuesParseIntoTheirShapes() {
        assertEquals(new TlcValue.Fn(List.of(new TlcValue.Name("r1"), new TlcValue.Name("r2")),
                        List.of(new TlcValue.Str("a\"b"), new TlcValue.Num(-3))),
                TlcValueParser.parse("(r1 :> \"a\\\"b\" @@ r2 :> -3)"));
        assertEquals(new TlcValue.SetOf(List.of(new TlcValue.Rec(List.of("type", "dst"),
                        List.of(new TlcValue.Str("Commit"), new TlcValue.Name("r1"))))),
                TlcValueParser.parse("{[type |-> \"Commit\", dst |-> r1]}"));
        assertEquals(new TlcValue.Tuple(List.of(new TlcValue.Bool(true), new TlcValue.Tuple(List.of()))),
                TlcValueParser.parse("<<TRUE, <<>>>>"));
        assertThrows(IllegalArgumentException.class, () -> TlcValueParser.parse("{1, 2"));
    }

    @Test
    void statesSpanLinesAndKeepEveryVariable() {
        Map<String, TlcValue> s = TlcValueParser.parseState("""
                /\\ network = { [type |-> "A"],
                  [type |-> "B"] }
                /\\ x = (n1 :> {})""");
        assertEquals(2, ((TlcValue.SetOf) s.get("network")).elements().size());
        assertEquals(new TlcValue.Fn(List.of(new TlcValue.Name("n1")), List.of(new TlcValue.SetOf(List.of()))), s.get("x"));
    }
}
