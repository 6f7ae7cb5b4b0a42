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

/**
 * A test spec's Java generated into package {@code pkg} and compiled in process, then its machines checked against
 * the evaluator ({@link DifferentialChecker}) on the first reachable states of one model.
 */
record GeneratedAgainstEvaluator(ProtocolDescriptor descriptor, ModelInstance model, List<String> problems,
                                 Set<String> fired, long bindingsChecked) {

    static GeneratedAgainstEvaluator check(Path specFile, String pkg, String modelName, int states, Path tmp) {
        CheckedSpec spec = LibraryModels.load(specFile);
        var result = JavaGenerator.generate(spec, new JavaPackage(pkg));
        assertTrue(result.ok(), result.diagnostics().toString());
        InMemoryJavac.Compiled compiled = InMemoryJavac.compile(result.orElseThrow(), tmp);
        assertEquals(List.of(), compiled.errors());
        ProtocolDescriptor d = LibraryModels.descriptor(compiled.loader(), pkg + "." + spec.name() + "Protocol",
                modelName);
        ModelInstance model = LibraryModels.bind(spec, modelName);
        DifferentialChecker checker = new DifferentialChecker(model, d);
        List<String> problems = new ArrayList<>(checker.checkStructure());
        Transitions t = new Transitions(model);
        Set<String> fired = new TreeSet<>();
        for (State s : LibraryModels.reachable(model, states)) {
            for (String p : checker.check(s)) if (problems.size() < 10) problems.add(p);
            t.successors(s, (label, next) -> fired.add(label.name()));
        }
        return new GeneratedAgainstEvaluator(d, model, problems, fired, checker.bindingsChecked());
    }
}
