package dev.lockstep.lang.check;

import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.syntax.Ast;
import dev.lockstep.lang.types.Type;
import dev.lockstep.lang.value.EnumV;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The spec's top-level names, filled in before any expression is checked. */
final class Symbols {
    record VarSig(String name, int index, Type type, Span span) {}

    record RoleSig(String name, int index, List<VarSig> vars, Span span) {
        VarSig var(String name) {
            for (VarSig v : vars) if (v.name().equals(name)) return v;
            return null;
        }
    }

    record Label(EnumV value, Type.Enum type) {}

    /** A definition; {@code checked} is filled the first time it is needed (definitions may use each other). */
    static final class DefSig {
        final Ast.DefDecl decl;
        final int index;
        final List<Type> paramTypes = new ArrayList<>();
        CheckedSpec.Def checked;
        boolean inProgress;
        /** The highest index of a constant the body reads, directly or through other definitions, or -1. */
        int maxConstRead = -1;
        /** How deeply the body nests, counting the bodies of the definitions it calls. */
        int depth;

        DefSig(Ast.DefDecl decl, int index) {
            this.decl = decl;
            this.index = index;
        }
    }

    final Map<String, CheckedSpec.Const> consts = new LinkedHashMap<>();
    final Map<String, Type.Enum> enums = new LinkedHashMap<>();
    final Map<String, Label> labels = new LinkedHashMap<>();
    final Map<String, Type.Message> messages = new LinkedHashMap<>();
    final Map<String, RoleSig> roles = new LinkedHashMap<>();
    /** Per role, the lower layers it declares with {@code reads}: roles whose variables it reads at self and peer. */
    final Map<String, java.util.Set<String>> layersRead = new java.util.HashMap<>();
    final Map<String, DefSig> defs = new LinkedHashMap<>();
    final Map<String, Span> invariants = new LinkedHashMap<>();
    /** The invariants' declarations, so an invariant used as a predicate can become a definition. */
    final Map<String, dev.lockstep.lang.syntax.Ast.InvariantDecl> invariantDecls = new LinkedHashMap<>();
    final Map<String, Span> properties = new LinkedHashMap<>();
    final java.util.Set<String> models = new java.util.HashSet<>();
    /** The declared network's kind (set when none is declared): Channel and ChannelLen need fifo. */
    CheckedSpec.NetworkKind networkKind = CheckedSpec.NetworkKind.SET;
    /** Every top-level name with where it was declared, for duplicate detection and suggestions. */
    final Map<String, Span> declared = new LinkedHashMap<>();

    /**
     * The definition that an invariant used as a predicate becomes (docs/language.md, "Invariants as predicates"):
     * a definition without parameters of the same name and body, added on its first use (so a spec that uses no
     * invariant this way keeps its definitions), or null when {@code name} is no invariant.
     */
    DefSig invariantAsDef(String name) {
        var inv = invariantDecls.get(name);
        if (inv == null) return null;
        DefSig sig = new DefSig(new dev.lockstep.lang.syntax.Ast.DefDecl(inv.name(), List.of(), inv.body(),
                inv.span()), defs.size());
        defs.put(name, sig);
        return sig;
    }

    /** Finds a role variable by name in any role (for "use Role[n].x" hints). */
    RoleSig roleOwning(String var) {
        for (RoleSig r : roles.values()) if (r.var(var) != null) return r;
        return null;
    }

    /**
     * What a declared name that cannot be used as a value is ("invariant", "model", ...), or null when the name is
     * undeclared or usable (constants, definitions and labels resolve before this is asked; roles have their own
     * diagnostic).
     */
    String nonValueKind(String name) {
        if (invariants.containsKey(name)) return "invariant";
        if (properties.containsKey(name)) return "property";
        if (models.contains(name)) return "model";
        if (enums.containsKey(name)) return "enum type";
        if (messages.containsKey(name)) return "message type";
        return null;
    }

    List<String> allNames() {
        List<String> names = new ArrayList<>(declared.keySet());
        names.addAll(labels.keySet());
        for (RoleSig r : roles.values()) for (VarSig v : r.vars()) names.add(v.name());
        return names;
    }

    /**
     * Suggestion for an unknown name: the closest known name within edit distance 2, and fewer edits than the
     * name has characters (so a one-letter name is never "corrected" into an unrelated one-letter name).
     */
    static String closest(String name, Iterable<String> candidates) {
        String best = null;
        int bestDistance = Math.min(3, name.length());
        for (String c : candidates) {
            if (c.equals(name)) continue;  // a known name that is not usable here gets its own diagnostic
            int d = editDistance(name.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

}
