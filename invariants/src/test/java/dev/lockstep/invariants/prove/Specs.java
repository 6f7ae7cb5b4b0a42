package dev.lockstep.invariants.prove;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.eval.ModelInstance;
import java.nio.file.Path;

/** Loads specs of the library (tests run in the module directory, so the library is at ../specs). */
final class Specs {
    private Specs() {}

    static Path library(String file) { return Path.of("..", "specs", file); }

    static ModelInstance model(String file, String model) {
        var c = Frontend.load(library(file));
        assertTrue(c.ok(), () -> file + " does not compile: " + c.diagnostics());
        ModelInstance m = ModelInstance.bind(c.spec().orElseThrow(), model).orElseThrow();
        return m;
    }

    static ModelInstance compile(String text, String model) {
        var c = Frontend.compile("test.lstep", text);
        assertTrue(c.ok(), () -> "does not compile: " + c.diagnostics());
        ModelInstance m = ModelInstance.bind(c.spec().orElseThrow(), model).orElseThrow();
        return m;
    }
}
