package dev.lockstep.conformance.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test that checks an implementation's traces against a spec. The test method takes a
 * {@link dev.lockstep.conformance.ConformanceHarness} parameter, configured from this annotation, and passes it the
 * implementation's seeded schedules:
 *
 * <pre>{@code
 * @Test
 * @LockstepConformance(spec = "../specs/two-phase-commit.lstep", model = "small", seeds = 1000)
 * void conforms(ConformanceHarness harness) throws Exception {
 *     harness.check((seed, sinks) -> TwoPhaseCommitSystem.run(seed, sinks, Bug.NONE));
 * }
 * }</pre>
 *
 * A failure names the seed that replays it and shows the divergence.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(LockstepConformanceExtension.class)
public @interface LockstepConformance {
    /** The spec file, relative to the test's working directory (the module directory under Maven). */
    String spec();

    /** The model to bind. */
    String model();

    /** How many seeds to run. */
    int seeds() default 100;

    /** The first seed; seeds run from here upwards. */
    long firstSeed() default 0;

    /** Check events in memory as they are recorded instead of writing and reading trace files. */
    boolean online() default false;
}
