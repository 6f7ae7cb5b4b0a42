package dev.lockstep.spectojava;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A valid Java package name. User input ({@code gen --package}, the Maven plugin's {@code packageName}) goes
 * through {@link #parse} at the edge, so {@link JavaGenerator} never meets a bad name and never throws on one.
 */
public record JavaPackage(String name) {
    private static final Pattern SYNTAX = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

    /** For names fixed in code; a bad one is a programming error. Parse user input with {@link #parse}. */
    public JavaPackage {
        if (!isValid(name)) throw new IllegalArgumentException("not a Java package name: " + name);
    }

    /** The package, or empty when {@code name} is not a Java package name (bad syntax or a keyword part). */
    public static Optional<JavaPackage> parse(String name) {
        return isValid(name) ? Optional.of(new JavaPackage(name)) : Optional.empty();
    }

    /** The sub-package {@code name.part}, or empty when {@code part} cannot be a package name part. */
    public Optional<JavaPackage> child(String part) {
        return parse(name + "." + part);
    }

    /** The folder of the package's files under a source root, e.g. {@code com/acme}. */
    public String path() { return name.replace('.', '/'); }

    @Override public String toString() { return name; }

    private static boolean isValid(String name) {
        if (name == null || !SYNTAX.matcher(name).matches()) return false;
        for (String part : name.split("\\.")) if (!Names.local(part).equals(part)) return false;
        return true;
    }
}
