package dev.lockstep.spectojava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.MalformedValueException;
import dev.lockstep.runtime.api.Message;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.api.SpecOverflowException;
import dev.lockstep.runtime.api.Trigger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runtime-facing contract of generated code: descriptors, decoding errors, overflow, timers. */
class GeneratedCodeBehaviourTest {

    private static ProtocolDescriptor compile(String name, String text, String pkg, String model, Path tmp) throws Exception {
        Frontend.Compilation c = Frontend.compile(name, text);
        CheckedSpec spec = c.spec().orElseThrow();
        var r = JavaGenerator.generate(spec, new JavaPackage(pkg));
        InMemoryJavac.Compiled compiled = InMemoryJavac.compile(r.orElseThrow(), tmp);
        assertEquals(List.of(), compiled.errors());
        return (ProtocolDescriptor) compiled.load(pkg + "." + spec.name() + "Protocol").getMethod("forModel", String.class)
                .invoke(null, model);
    }

    private static ProtocolDescriptor twoPhase(Path tmp) throws Exception {
        Path file = Path.of("../specs/two-phase-commit.lstep");
        return compile(file.getFileName().toString(), java.nio.file.Files.readString(file), "tpc", "small", tmp);
    }

    @Test
    void descriptorDescribesRolesNodesNetworkAndTimers(@TempDir Path tmp) throws Exception {
        ProtocolDescriptor d = twoPhase(tmp);
        assertEquals("TwoPhaseCommit", d.protocol());
        assertEquals("small", d.model());
        assertEquals("SET", d.network().kind().name());
        assertEquals(List.of("TM", "ResourceManager"), d.roles().stream().map(ProtocolDescriptor.RoleDescriptor::name).toList());
        assertEquals(List.of(NodeId.of("r1"), NodeId.of("r2"), NodeId.of("r3")), d.roles().get(1).nodes());
        RoleMachine<? extends ItfEncodable> tm = d.roles().get(0).machine(NodeId.of("tm"));
        // The TM's Abort timer is enabled initially, so start arms it with the spec's bounds.
        assertEquals(List.of(new Command.SetTimer("Abort", 500, 1000)), startOf(tm));
        ActionSpec<?> abort = tm.actions().get(2);
        assertEquals(Trigger.TIMER, abort.trigger());
        assertEquals("two-phase-commit.lstep:32:3", abort.specLocation());
        assertThrows(IllegalArgumentException.class, () -> d.roles().get(0).machine(NodeId.of("r1")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
            try {
                d.getClass().getMethod("forModel", String.class).invoke(null, "nope");
            } catch (java.lang.reflect.InvocationTargetException x) {
                throw (RuntimeException) x.getCause();
            }
        });
        assertTrue(e.getMessage().contains("small, rm5, rm6, rm7, rm8"), e.getMessage());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Command> startOf(RoleMachine m) { return m.start((ItfEncodable) m.initialStates().get(0)); }

    @Test
    void messageDecodingNamesWhatIsWrong(@TempDir Path tmp) throws Exception {
        ProtocolDescriptor d = twoPhase(tmp);
        Message m = d.messageFromItf(Map.of("type", "Prepared", "src", "r1", "dst", "tm", "rm", "r1"));
        assertEquals("Prepared", m.type());
        assertEquals(Map.of("type", "Prepared", "src", "r1", "dst", "tm", "rm", "r1"), m.toItf());
        MalformedValueException unknown = assertThrows(MalformedValueException.class,
                () -> d.messageFromItf(Map.of("type", "Hello", "src", "r1", "dst", "tm")));
        assertTrue(unknown.getMessage().contains("unknown message type 'Hello'")
                && unknown.getMessage().contains("Prepared, Commit, Abort"), unknown.getMessage());
        MalformedValueException missing = assertThrows(MalformedValueException.class,
                () -> d.messageFromItf(Map.of("type", "Prepared", "src", "r1", "dst", "tm")));
        assertEquals("message Prepared, field 'rm': missing field 'rm'", missing.getMessage());
        MalformedValueException kind = assertThrows(MalformedValueException.class,
                () -> d.messageFromItf(Map.of("type", "Prepared", "src", "r1", "dst", "tm", "rm", true)));
        assertTrue(kind.getMessage().startsWith("message Prepared, field 'rm': expected a node name"), kind.getMessage());
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void overflowNamesTheActionAndItsLocation(@TempDir Path tmp) throws Exception {
        String spec = """
                protocol Ovf
                const N: set<node>
                role R at N {
                  var x: int = 4611686018427387904
                  auto action Double when x > 0 do x' = x * 2
                }
                model m { N = {n1} }
                """;
        ProtocolDescriptor d = compile("ovf.lstep", spec, "ovf", "m", tmp);
        RoleMachine m = d.roles().get(0).machine(NodeId.of("n1"));
        ActionSpec a = (ActionSpec) m.actions().get(0);
        Object init = m.initialStates().get(0);
        assertTrue(a.guard().test(init, List.of(), null));
        SpecOverflowException e = assertThrows(SpecOverflowException.class, () -> a.effect().apply(init, List.of(), null));
        assertEquals("Double", e.action());
        assertEquals("ovf.lstep:5:3", e.specLocation());
    }
}
