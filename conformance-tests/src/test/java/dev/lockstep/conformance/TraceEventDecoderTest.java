package dev.lockstep.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.runtime.trace.TraceEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The token path of {@link TraceEventDecoder} reads every well-formed line into the same event as the checking tree
 * path of {@link TraceEventParser}, and leaves every other line to it, so that errors keep their messages.
 */
class TraceEventDecoderTest {
    private static final String HEAD = "\"node\":\"tm\",\"role\":\"TransactionManager\"";

    private static byte[] bytes(String line) { return line.replace('\'', '"').getBytes(StandardCharsets.UTF_8); }

    private static TraceEvent viaTrees(String line) {
        return TraceEventParser.parse(bytes(line), () -> new TraceOrigin("t.ndjson", 1, line));
    }

    private static TraceEvent decode(byte[] line, java.util.function.Supplier<TraceOrigin> where) {
        return new TraceEventDecoder().decode(line, 0, line.length, line.length, line, where);
    }

    private static final String INIT = "{'kind':'init'," + HEAD + ",'step':0,'params':{},'sent':[],'state':{},"
            + "'lamport':0,'vclock':{'tm':0}}";
    private static final String STEP = "{'kind':'step'," + HEAD + ",'step':1,'action':'A','params':{},'sent':[],"
            + "'state':{},'lamport':1,'vclock':{'tm':1}}";

    /** The events of a file read by {@link TraceFileReader}, which hands one buffer of lines to one parser. */
    private static List<TraceEvent> readFile(Path dir, String... lines) throws java.io.IOException {
        Path file = dir.resolve("tm.ndjson");
        Files.write(file, bytes(String.join("\n", lines)));
        List<TraceEvent> out = new ArrayList<>();
        try (TraceFileReader r = new TraceFileReader(file)) {
            for (TraceFileReader.Located l = r.next(); l != null; l = r.next()) out.add(l.event());
        }
        return out;
    }

    /**
     * A file's sequence deltas (docs/runtime.md "Sequence deltas") are read as whole values, by both paths (the
     * second step repeats a field, so the tree path reads it); a delta with nothing of its role before it names the
     * line and the variable.
     */
    @Test
    void sequenceDeltasAreReadAsWholeValuesAndNeedAnEarlierValue(@TempDir Path dir) throws java.io.IOException {
        String full = INIT.replace("'state':{}", "'state':{'log':[1,2],'n':3}");
        String delta = STEP.replace("'state':{}", "'state':{'log':{'#extends':1,'#append':[5,6]},'n':3}");
        String viaTree = delta.replace("'step':1,", "'step':1,'step':1,")
                .replace("1,'#append':[5,6]", "2,'#append':[7]");
        String again = STEP.replace("'state':{}", "'state':{'log':{'#extends':3,'#append':[]},'n':3}");
        List<TraceEvent> read = readFile(dir, full, delta, viaTree, again);
        assertEquals(viaTrees(full), read.get(0));
        assertEquals(List.of(1L, 5L, 6L), longs(read.get(1)));
        assertEquals(List.of(1L, 5L, 7L), longs(read.get(2))); // extends line 2's value, not line 1's
        assertEquals(List.of(1L, 5L, 7L), longs(read.get(3)));
        MalformedTraceException first = assertThrows(MalformedTraceException.class, () -> readFile(dir, delta));
        assertEquals(1, first.origin().line());
        assertTrue(first.getMessage().contains("state variable 'log': the sequence delta #extends 1 has no earlier "
                + "event of role TransactionManager in this file"), first.getMessage());
        MalformedTraceException longer = assertThrows(MalformedTraceException.class,
                () -> readFile(dir, full, delta.replace("'#extends':1", "'#extends':4")));
        assertEquals(2, longer.origin().line());
        assertTrue(longer.getMessage().contains("extends a value of 2 elements"), longer.getMessage());
    }

    private static List<Long> longs(TraceEvent e) {
        return ((List<?>) ((java.util.Map<?, ?>) e.state()).get("log")).stream().map(n -> ((Number) n).longValue())
                .toList();
    }

    @Test
    void linesReadOneAfterAnotherFromOneBufferAreTheLinesAlone(@TempDir Path dir) throws java.io.IOException {
        String unusual = INIT.replace("{'kind':'init',", "{'kind':'init','kind':'init',"); // the tree path's
        assertEquals(List.of(viaTrees(INIT), viaTrees(STEP), viaTrees(STEP), viaTrees(INIT), viaTrees(STEP)),
                readFile(dir, INIT, "", "  \t", "  " + STEP + " \r", STEP, unusual, STEP));
        MalformedTraceException two = assertThrows(MalformedTraceException.class,
                () -> readFile(dir, INIT, STEP + " " + STEP, STEP));
        assertEquals("more than one JSON value on the line", two.getMessage());
        assertEquals(2, two.origin().line());
        // an object left open on its line is not closed by the next line
        String open = STEP.substring(0, STEP.length() - 1);
        MalformedTraceException split = assertThrows(MalformedTraceException.class,
                () -> readFile(dir, INIT, open, "}", STEP));
        assertTrue(split.getMessage().startsWith("not a JSON object: Unexpected end-of-input"), split.getMessage());
        assertEquals(2, split.origin().line());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{'kind':'init'," + HEAD + ",'step':0,'params':{},'sent':[],'state':{'state':'working'},'lamport':0,"
            + "'vclock':{'tm':0}}",
        "{'kind':'step'," + HEAD + ",'step':3,'action':'Decide','params':{'rm':'r1','s':{'#set':['r1','r2']},"
            + "'t':{'#tup':[1,true,null]},'f':{'#map':[['a',-5]]},'big':12345678901,'huge':123456789012345678901234,"
            + "'x':1.5},'consumed':{'id':'r1#2','msg':{'dst':'tm','src':'r1','type':'Prepared','n':7}},"
            + "'sent':[{'id':'tm#1','msg':{'dst':'r1','src':'tm','type':'Commit'}},{'msg':{'type':'Commit',"
            + "'src':'tm','dst':'r2'},'id':'tm#2'}],'state':{'prepared':{'#set':[]},'name':'caf\\u00e9 \\\"q\\\"'},"
            + "'lamport':9,'vclock':{'r1':2,'tm':3}}",
        // fields in another order, a quorum receive, an init with a restart's sends
        "{'vclock':{'tm':4,'r2':1},'lamport':5,'state':{},'sent':[],'consumedAll':[{'id':'r1#1','msg':{'type':'V',"
            + "'src':'r1','dst':'tm'}},{'id':'r2#1','msg':{'type':'V','src':'r2','dst':'tm'}}],'params':{},"
            + "'action':'Collect','step':4,'role':'TransactionManager','node':'tm','kind':'step'}",
        "{'kind':'init'," + HEAD + ",'step':7,'params':{},'sent':[{'id':'tm#9','msg':{'type':'Hi','src':'tm',"
            + "'dst':'r1'}}],'state':{'s':'x'},'lamport':8,'vclock':{'tm':7}}",
    })
    void aWellFormedLineReadsTheSameFromTokensAsFromTrees(String line) {
        TraceEvent fromTokens = new TraceEventDecoder().fromTokens(bytes(line));
        assertNotNull(fromTokens, "the token path left a well-formed line to the tree path");
        assertEquals(viaTrees(line), fromTokens);
        // the strings the decoder shares between lines read the same on a second line
        TraceEventDecoder decoder = new TraceEventDecoder();
        decoder.fromTokens(bytes(line));
        assertEquals(viaTrees(line), decoder.fromTokens(bytes(line)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{'kind':'step'," + HEAD + "                                  | not a JSON object: Unexpected end-of-input",
        "[1]                                                           | not a JSON object",
        "{'kind':'init'," + HEAD + ",'step':0,'params':{},'sent':[],'state':{},'lamport':0,'vclock':{}} {} | more than one JSON value on the line",
        "{'kind':'init'," + HEAD + ",'step':0,'params':{},'sent':[],'state':{},'lamport':0,'vclock':{},'x':1} | unknown field 'x'",
        "{'kind':'done'," + HEAD + ",'step':0,'params':{},'sent':[],'state':{},'lamport':0,'vclock':{}} | field 'kind' must be \"init\" or \"step\", not \"done\"",
        "{'kind':'init','node':'','role':'R','step':0,'params':{},'sent':[],'state':{},'lamport':0,'vclock':{}} | field 'node' must be a non-empty string",
        "{'kind':'init','node':'tm','step':0,'params':{},'sent':[],'state':{},'lamport':0,'vclock':{}} | missing field 'role'",
        "{'kind':'init'," + HEAD + ",'step':-1,'params':{},'sent':[],'state':{},'lamport':0,'vclock':{}} | field 'step' must be a non-negative integer, not -1",
        "{'kind':'init'," + HEAD + ",'step':1.5,'params':{},'sent':[],'state':{},'lamport':0,'vclock':{}} | field 'step' must be a non-negative integer, not 1.5",
        "{'kind':'step'," + HEAD + ",'step':1,'params':{},'sent':[],'state':{},'lamport':1,'vclock':{}} | a step event needs the field 'action'",
        "{'kind':'step'," + HEAD + ",'step':1,'action':null,'params':{},'sent':[],'state':{},'lamport':1,'vclock':{}} | field 'action' must be a non-empty string",
        "{'kind':'init'," + HEAD + ",'step':0,'params':[],'sent':[],'state':{},'lamport':0,'vclock':{}} | field 'params' must be an object",
        "{'kind':'init'," + HEAD + ",'step':0,'sent':[],'state':{},'lamport':0,'vclock':{}} | missing field 'params'",
        "{'kind':'init'," + HEAD + ",'step':0,'params':{},'sent':{},'state':{},'lamport':0,'vclock':{}} | field 'sent' must be an array",
        "{'kind':'init'," + HEAD + ",'step':0,'params':{},'sent':[],'state':[],'lamport':0,'vclock':{}} | field 'state' must be an object",
        "{'kind':'init'," + HEAD + ",'step':0,'params':{},'sent':[],'state':{},'vclock':{}} | missing field 'lamport'",
        "{'kind':'init'," + HEAD + ",'step':0,'params':{},'sent':[],'state':{},'lamport':0,'vclock':{'tm':'a'}} | field 'vclock.tm' must be a non-negative integer, not a",
        "{'kind':'init'," + HEAD + ",'step':0,'params':{},'sent':[],'state':{},'lamport':0} | missing field 'vclock'",
        "{'kind':'init'," + HEAD + ",'step':0,'params':{},'sent':[{'id':'tm','msg':{'type':'A','src':'tm','dst':'r1'}}],'state':{},'lamport':0,'vclock':{}} | field 'sent[0].id' must be a message id \"sender#n\"",
        "{'kind':'init'," + HEAD + ",'step':0,'params':{},'sent':[{'id':'tm#1','msg':{'type':'A','src':'tm'}}],'state':{},'lamport':0,'vclock':{}} | field 'sent[0].msg.dst' must be a string",
        "{'kind':'init'," + HEAD + ",'step':0,'params':{},'sent':[{'id':'tm#1','msg':{'type':'A','src':'tm','dst':'r1'},'x':1}],'state':{},'lamport':0,'vclock':{}} | field 'sent[0]' has fields other than id and msg",
        "{'kind':'step'," + HEAD + ",'step':1,'action':'A','params':{},'consumed':{'id':'r1#1'},'sent':[],'state':{},'lamport':1,'vclock':{}} | field 'consumed.msg' must be a message object",
        "{'kind':'step'," + HEAD + ",'step':1,'action':'A','params':{},'consumedAll':{},'sent':[],'state':{},'lamport':1,'vclock':{}} | field 'consumedAll' must be an array",
        "{'kind':'step'," + HEAD + ",'step':1,'action':'A','params':{},'consumed':{'id':'r1#1','msg':{'type':'A','src':'r1','dst':'tm'}},'consumedAll':[],'sent':[],'state':{},'lamport':1,'vclock':{}} | an event has 'consumed' or 'consumedAll', not both",
    })
    void aMalformedLineKeepsTheTreePathsMessage(String line, String expected) {
        String json = line.strip();
        MalformedTraceException tree = assertThrows(MalformedTraceException.class, () -> viaTrees(json));
        assertTrue(tree.getMessage().startsWith(expected.strip()), tree.getMessage());
        MalformedTraceException e = assertThrows(MalformedTraceException.class,
                () -> decode(bytes(json), () -> new TraceOrigin("t.ndjson", 4, json)));
        assertEquals(tree.getMessage(), e.getMessage());
        assertEquals("t.ndjson:4", e.origin().location());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // well-formed, but not what a recorder writes: the tree path decides (a repeated field keeps its last value)
        "{'kind':'init','kind':'init'," + HEAD + ",'step':0,'params':{},'sent':[],'state':{},'lamport':0,'vclock':{}}",
    })
    void anUnusualLineIsLeftToTheTreePath(String line) {
        assertNull(new TraceEventDecoder().fromTokens(bytes(line)));
        assertEquals(viaTrees(line), decode(bytes(line), () -> null));
        assertEquals(List.of(), viaTrees(line).sent());
    }
}
