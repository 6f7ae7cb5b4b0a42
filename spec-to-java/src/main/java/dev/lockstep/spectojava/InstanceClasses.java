package dev.lockstep.spectojava;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.source.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One class per instance role and instance message, shared by every instance of one spec file, instead of a copy
 * per instance. The instances of a file (language §7.1) are flattened into roles {@code Lower_Node},
 * {@code Upper_Node} and messages {@code Lower_Elect}, {@code Upper_Elect} that differ only in their prefix; this
 * pass keeps the first instance's classes, renamed to the file's own names ({@code NodeMachine},
 * {@code NodeState}, {@code Elect}) and parameterized by the instance's name: the machine and the message record
 * take {@code String instance}, the message's wire type is {@code instance + "_Elect"}, and the instance's
 * definitions (its bound constants among them) are read through a switch over the instance
 * ({@code instanceSucc(n)} calls {@code constants.Lower_Succ(n)} in instance {@code Lower}). A family whose
 * instances do not all have the same roles and messages, or whose shared names are taken, keeps its copies.
 */
final class InstanceClasses {
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private InstanceClasses() {}

    /** The instances of one file: their prefixes ({@code Lower_}), and the file's own role and message names. */
    private record Family(List<String> prefixes, Set<String> roles, Set<String> messages) {}

    static List<CompilationUnit> share(CheckedSpec spec, List<CompilationUnit> units) {
        List<CompilationUnit> out = units;
        for (Family f : families(spec)) out = share(f, out);
        return out;
    }

    /** Families of at least two instances of one file, each with the same roles and messages. */
    private static List<Family> families(CheckedSpec spec) {
        Map<String, Map<String, Set<String>>> rolesByFile = new LinkedHashMap<>();
        Map<String, Map<String, Set<String>>> messagesByFile = new LinkedHashMap<>();
        for (CheckedSpec.Role r : spec.roles()) collect(spec, r.name(), r.span(), "role", rolesByFile);
        for (CheckedSpec.MessageDecl m : spec.messages()) collect(spec, m.name(), m.span(), "message", messagesByFile);
        List<Family> out = new ArrayList<>();
        for (var e : rolesByFile.entrySet()) {
            Map<String, Set<String>> roles = e.getValue();
            Map<String, Set<String>> messages = messagesByFile.getOrDefault(e.getKey(), Map.of());
            if (roles.size() < 2 || roles.containsKey(null)) continue;
            Set<String> firstRoles = roles.values().iterator().next();
            Set<String> firstMessages = messages.getOrDefault(roles.keySet().iterator().next(), Set.of());
            boolean uniform = roles.values().stream().allMatch(firstRoles::equals)
                    && roles.keySet().stream().allMatch(p -> messages.getOrDefault(p, Set.of()).equals(firstMessages))
                    && roles.keySet().containsAll(messages.keySet());
            if (uniform) out.add(new Family(List.copyOf(roles.keySet()), firstRoles, firstMessages));
        }
        return out;
    }

    /** Files an instance's declaration to its file and prefix; a name that is not prefix + own name is filed under null. */
    private static void collect(CheckedSpec spec, String flat, Span span, String keyword,
                                Map<String, Map<String, Set<String>>> byFile) {
        String file = span.file().name();
        if (file.equals(spec.file().name())) return;
        String[] words = span.text().trim().split("[\\s{]+", 3);
        String own = words.length >= 2 && words[0].equals(keyword) ? words[1] : null;
        String prefix = own != null && flat.endsWith("_" + own) ? flat.substring(0, flat.length() - own.length())
                : null;
        byFile.computeIfAbsent(file, k -> new LinkedHashMap<>()).computeIfAbsent(prefix, k -> new LinkedHashSet<>())
                .add(own);
    }

    private static List<CompilationUnit> share(Family f, List<CompilationUnit> units) {
        String first = f.prefixes().get(0);
        Map<String, String> renamed = new LinkedHashMap<>();     // a first-instance class -> the shared class
        Set<String> dropped = new HashSet<>();                   // every instance's own classes
        for (String p : f.prefixes()) {
            for (String r : f.roles()) {
                dropped.add(p + r + "Machine");
                dropped.add(p + r + "State");
            }
            for (String m : f.messages()) dropped.add(p + m);
        }
        for (String r : f.roles()) {
            renamed.put(first + r + "Machine", r + "Machine");
            renamed.put(first + r + "State", r + "State");
        }
        for (String m : f.messages()) renamed.put(first + m, m);
        for (CompilationUnit cu : units) {
            String name = cu.getType(0).getNameAsString();
            if (!dropped.contains(name) && renamed.containsValue(name)) return units; // a shared name is taken
        }
        CompilationUnit constants = units.stream()
                .filter(cu -> cu.getType(0).getNameAsString().endsWith("Constants")).findFirst().orElse(null);
        List<CompilationUnit> out = new ArrayList<>();
        for (CompilationUnit cu : units) {
            String name = cu.getType(0).getNameAsString();
            String text = JavaGenerator.print(cu);
            if (renamed.containsKey(name)) {
                boolean machine = name.endsWith("Machine") && !f.messages().contains(name.substring(first.length()));
                boolean message = f.messages().contains(name.substring(first.length()));
                String shared = renamed.get(name);
                if (message) text = messageClass(text, shared, first);
                else if (machine) text = machineClass(text, shared, first, f, constants);
                else text = renameTypes(strings(text, first, "").replace(first, ""), renamed, f, first);
                out.add(parse(text));
            } else if (dropped.contains(name)) {
                continue;
            } else if (name.endsWith("Protocol") || name.endsWith("Message")) {
                out.add(parse(protocolRefs(text, f)));
            } else {
                out.add(cu);
            }
        }
        return out;
    }

    /** The machine of the first instance, made the machine of any instance. */
    private static String machineClass(String text, String shared, String first, Family f,
                                       CompilationUnit constants) {
        String inst = first.substring(0, first.length() - 1);
        Set<String> defs = new LinkedHashSet<>();
        Matcher m = Pattern.compile("constants\\." + Pattern.quote(first) + "(\\w+)\\(").matcher(text);
        while (m.find()) defs.add(m.group(1));
        text = text.replaceAll("constants\\." + Pattern.quote(first) + "(\\w+)\\(", "instance$1(");
        text = strings(text, first, "\" + instance + \"_");
        text = renameTypes(text, Map.of(), f, first);
        text = text.replace(first, "").replace("\"\" + instance", "instance");
        text = text.replace("public " + shared + "(", "public " + shared + "(String instance, ")
                .replace("this.self = Objects.requireNonNull(self, \"self\");",
                        "this.self = Objects.requireNonNull(self, \"self\");\n"
                                + "        this.instance = Objects.requireNonNull(instance, \"instance\");")
                .replace("    private final NodeId self;", "    private final NodeId self;\n\n"
                        + "    /** The instance this node's role belongs to, e.g. {@code " + inst + "}. */\n"
                        + "    private final String instance;");
        StringBuilder helpers = new StringBuilder();
        for (String d : defs) helpers.append(dispatch(d, f, constants));
        int end = text.lastIndexOf('}');
        return text.substring(0, end) + helpers + "}\n";
    }

    /** A private method reading the instance's definition {@code d} from the constants. */
    private static String dispatch(String d, Family f, CompilationUnit constants) {
        String first = f.prefixes().get(0);
        MethodDeclaration decl = constants == null ? null : constants.getType(0).getMethodsByName(first + d).stream()
                .findFirst().orElse(null);
        if (decl == null) throw new IllegalStateException("no constants method " + first + d);
        List<String> params = new ArrayList<>();
        List<String> args = new ArrayList<>();
        for (Parameter p : decl.getParameters()) {
            params.add(p.getType() + " " + p.getNameAsString());
            args.add(p.getNameAsString());
        }
        // Cites the definition as the constants record does (its first instance's place).
        Matcher cited = Pattern.compile("\\(spec: [^)]*\\)").matcher(decl.getJavadocComment()
                .map(c -> c.getContent()).orElse(""));
        String where = cited.find() ? " " + cited.group() : "";
        StringBuilder s = new StringBuilder("\n    /** Definition " + d + " of this node's instance." + where
                + " */\n");
        s.append("    private ").append(decl.getType()).append(" instance").append(d).append('(')
                .append(String.join(", ", params)).append(") {\n        return switch (instance) {\n");
        for (String p : f.prefixes()) {
            s.append("            case \"").append(p, 0, p.length() - 1).append("\" -> constants.").append(p).append(d)
                    .append('(').append(String.join(", ", args)).append(");\n");
        }
        s.append("            default -> throw new IllegalStateException(\"no instance \" + instance);\n")
                .append("        };\n    }\n");
        return s.toString();
    }

    /** The message record of the first instance, made the record of that message in any instance. */
    private static String messageClass(String text, String shared, String first) {
        text = strings(text, first, "\" + instance + \"_");
        text = text.replace(first, "").replace("\"\" + instance", "instance");
        text = text.replace("public record " + shared + "(", "public record " + shared + "(String instance, ")
                .replace("public " + shared + " {", "public " + shared + " {\n        Objects.requireNonNull(instance,"
                        + " \"instance\");")
                .replace("new " + shared + "(", "new " + shared + "(instance, ")
                .replace("public static " + shared + " fromItf(Object itf)",
                        "public static " + shared + " fromItf(String instance, Object itf)")
                .replace("public int compareTo(" + shared + " o) {", "public int compareTo(" + shared + " o) {\n"
                        + "        int t = this.type().compareTo(o.type());\n        if (t != 0)\n            return t;");
        return text;
    }

    /** {@code Lower_Elect} and the like in type positions and {@code new}, for every instance's prefix. */
    private static String renameTypes(String text, Map<String, String> ignored, Family f, String first) {
        for (String p : f.prefixes()) {
            for (String r : f.roles()) {
                text = text.replaceAll("\\b" + Pattern.quote(p + r) + "(Machine|State)\\b", r + "$1");
            }
            for (String m : f.messages()) {
                text = text.replaceAll("new " + Pattern.quote(p + m) + "\\(", "new " + m + "(instance, ");
                text = text.replaceAll("\\b" + Pattern.quote(p + m) + "\\b", m);
            }
        }
        return text;
    }

    /** The descriptor and the message interface: machines and messages built with their instance's name. */
    private static String protocolRefs(String text, Family f) {
        for (String p : f.prefixes()) {
            String inst = p.substring(0, p.length() - 1);
            for (String r : f.roles()) {
                text = text.replace("new " + p + r + "Machine(constants, self)",
                        "new " + r + "Machine(\"" + inst + "\", constants, self)");
            }
            for (String m : f.messages()) {
                text = text.replace("return " + p + m + ".fromItf(r);", "return " + m + ".fromItf(\"" + inst
                        + "\", r);");
                text = text.replaceAll("(permits[^{]*)\\b" + Pattern.quote(p + m) + "\\b", "$1" + m);
            }
        }
        // A sealed interface permits each shared record once.
        Matcher permits = Pattern.compile("permits ([\\w, ]+) \\{").matcher(text);
        if (permits.find()) {
            String list = String.join(", ", new LinkedHashSet<>(List.of(permits.group(1).split(",\\s*"))));
            text = text.substring(0, permits.start(1)) + list + text.substring(permits.end(1));
        }
        return text;
    }

    /** Replaces {@code prefix} inside every string literal by {@code by}. */
    private static String strings(String text, String prefix, String by) {
        Matcher m = STRING.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().replace(prefix, by)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static CompilationUnit parse(String text) {
        ParseResult<CompilationUnit> r = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)).parse(text);
        if (!r.isSuccessful() || r.getResult().isEmpty()) {
            throw new IllegalStateException("shared instance class does not parse: " + r.getProblems() + "\n" + text);
        }
        return r.getResult().get();
    }
}
