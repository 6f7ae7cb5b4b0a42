package dev.lockstep.specs.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Transitions;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.spectojava.InMemoryJavac;
import dev.lockstep.spectojava.JavaGenerator;
import dev.lockstep.spectojava.JavaPackage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential check on a spec that uses most expression forms (src/test/resources/gen/kitchen-sink.lstep), so
 * that translations the library does not exercise are compared with the evaluator too.
 */
class KitchenSinkDifferentialTest {
    static final Path SPEC = Path.of("src/test/resources/gen/kitchen-sink.lstep");

    @Test
    void everyActionAgreesWithTheEvaluator(@TempDir Path tmp) {
        CheckedSpec spec = LibraryModels.load(SPEC);
        var result = JavaGenerator.generate(spec, new JavaPackage("sink"));
        assertTrue(result.ok(), result.diagnostics().toString());
        InMemoryJavac.Compiled compiled = InMemoryJavac.compile(result.orElseThrow(), tmp);
        assertEquals(List.of(), compiled.errors());
        ProtocolDescriptor d = LibraryModels.descriptor(compiled.loader(), "sink.KitchenSinkProtocol", "small");
        ModelInstance model = LibraryModels.bind(spec, "small");
        DifferentialChecker checker = new DifferentialChecker(model, d);
        List<String> problems = new ArrayList<>(checker.checkStructure());
        Transitions t = new Transitions(model);
        Set<String> fired = new TreeSet<>();
        for (State s : LibraryModels.reachable(model, 3000)) {
            for (String p : checker.check(s)) if (problems.size() < 10) problems.add(p);
            t.successors(s, (label, next) -> fired.add(label.name()));
        }
        assertEquals(List.of(), problems);
        assertEquals(Set.of("Fold", "Grow", "Hear", "Reset", "Shrink", "Talk"), fired, "every action must be exercised");
        assertTrue(checker.bindingsChecked() > 5000, "bindings checked: " + checker.bindingsChecked());
    }
}
