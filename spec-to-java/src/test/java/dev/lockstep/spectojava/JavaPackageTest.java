package dev.lockstep.spectojava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A bad package name is refused where it is read, so the generator has no exception path for user input. */
class JavaPackageTest {
    @Test
    void validNamesParse() {
        assertEquals(Optional.of(new JavaPackage("com.acme")), JavaPackage.parse("com.acme"));
        assertEquals("com/acme/tpc", new JavaPackage("com.acme").child("tpc").orElseThrow().path());
    }

    @Test
    void badSyntaxAndKeywordsAreEmptyNotAnException() {
        assertTrue(JavaPackage.parse("1com").isEmpty());
        assertTrue(JavaPackage.parse("com..acme").isEmpty());
        assertTrue(JavaPackage.parse("com.class").isEmpty());
        assertTrue(JavaPackage.parse(null).isEmpty());
        assertTrue(new JavaPackage("com.acme").child("switch").isEmpty());
    }

    @Test
    void aBadNameFixedInCodeIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> new JavaPackage("not valid"));
    }
}
