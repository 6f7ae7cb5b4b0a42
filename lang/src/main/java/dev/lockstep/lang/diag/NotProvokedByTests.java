package dev.lockstep.lang.diag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link Code} that is produced but that no test can provoke without a Lockstep bug or a broken environment
 * (for instance a JVM without a compiler). {@code CodeCoverageTest} fails if such a code gets a test, so the mark
 * is removed then.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface NotProvokedByTests {
    /** Why no test produces the code. */
    String value();
}
