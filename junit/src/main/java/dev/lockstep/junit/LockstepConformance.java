package dev.lockstep.junit;

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
 * @LockstepConformance(spec = "classpath:two-phase-commit.lstep", model = "small", seeds = 1000)
 * void conforms(ConformanceHarness harness) throws Exception {
 *     harness.check((seed, sinks) -> TwoPhaseCommitSystem.run(seed, sinks, Bug.NONE));
 * }
 * }</pre>
 *
 * A failure names the seed that replays it and shows the divergence (or says first that the implementation runs
 * nodes the model does not have: a model mismatch, not a protocol bug). A passing test reports the seeds and events
 * it checked.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(LockstepConformanceExtension.class)
public @interface LockstepConformance {
    /**
     * The spec: {@code "classpath:protocol.lstep"} (a test or main resource), {@code "file:path/to/protocol.lstep"},
     * or a plain path, tried as a file relative to the working directory (the module directory under Maven) and
     * then as a classpath resource.
     */
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
