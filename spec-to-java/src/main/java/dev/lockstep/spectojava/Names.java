package dev.lockstep.spectojava;

import java.util.HashSet;
import java.util.Set;

/** Java identifiers for spec names: keywords and names that clash with generated members get a trailing underscore. */
final class Names {
    private Names() {}

    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface",
            "long", "native", "new", "package", "private", "protected", "public", "return", "short", "static",
            "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits", "_");

    /** Methods every record, enum or Object has; a component or method with such a name would clash. */
    private static final Set<String> MEMBERS = Set.of("hashCode", "equals", "toString", "getClass", "notify",
            "notifyAll", "wait", "clone", "finalize", "toItf", "fromItf", "compareTo", "type", "src", "dst", "label",
            "byLabel", "name", "ordinal", "values", "valueOf");

    /** A spec name as a Java identifier for a field, component, local or method. */
    static String member(String specName) {
        return KEYWORDS.contains(specName) || MEMBERS.contains(specName) ? specName + "_" : specName;
    }

    /** A spec name as a Java local or parameter name. */
    static String local(String specName) {
        return KEYWORDS.contains(specName) ? specName + "_" : specName;
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String decapitalize(String s) {
        if (s.isEmpty()) return s;
        int upper = 0;
        while (upper < s.length() && Character.isUpperCase(s.charAt(upper))) upper++;
        // "TMNode" -> "tmNode", "Prepare" -> "prepare", "RM" -> "rm"
        int n = upper <= 1 ? 1 : upper == s.length() ? upper : upper - 1;
        return s.substring(0, n).toLowerCase(java.util.Locale.ROOT) + s.substring(n);
    }

    /** Allocates distinct names in one scope (a package's type names, a class's method names, a method's locals). */
    static final class Scope {
        private final Set<String> used = new HashSet<>();

        Scope(String... reserved) { used.addAll(Set.of(reserved)); }

        Scope(Scope parent) { used.addAll(parent.used); }

        /** {@code preferred} if free, else {@code preferred + suffix}, else with a number appended. */
        String allocate(String preferred, String suffix) {
            String name = preferred;
            if (KEYWORDS.contains(name) || used.contains(name)) name = preferred + suffix;
            for (int i = 2; KEYWORDS.contains(name) || used.contains(name); i++) name = preferred + suffix + i;
            used.add(name);
            return name;
        }

        void reserve(String name) { used.add(name); }

        boolean isUsed(String name) { return used.contains(name); }
    }
}
