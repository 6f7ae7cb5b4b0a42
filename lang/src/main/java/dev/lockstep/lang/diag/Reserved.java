package dev.lockstep.lang.diag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link Code} that no code produces (any more or yet): its id stays allotted so it never changes meaning.
 * {@code CodeCoverageTest} fails if a reserved code is produced, and if an unmarked code is not produced and tested.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Reserved {
    /** Why the code is not produced. */
    String value();
}
