package dev.lockstep.lang.refine;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.Result;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.value.FnV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which variable of the new spec stands for each role variable of the old one: {@code Role.var = Role.var} pairs
 * (old on the left), and by default the variable of the same name in the role of the same name. A role entry
 * {@code Role = merge(Role)} maps an old role on one node to a sharded new role (transform partition): each old
 * variable is the union of the shards' variables, functions over disjoint parts of the key set. The old spec's
 * network is not mapped: the check hides it (it looks for old steps with any network, {@link Refinement}).
 */
public final class RefinementMap {
    private static final Pattern MERGE = Pattern.compile("merge\\(\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\)");

    /** Per old slot (role variables only), the new slots whose value it takes: one, or the shards to merge. */
    private final int[][] newSlotsOf;
    private final List<String> pairs;

    private RefinementMap(int[][] newSlotsOf, List<String> pairs) {
        this.newSlotsOf = newSlotsOf;
        this.pairs = pairs;
    }

    /** Each mapped pair, {@code Old.var = New.var}, in the old spec's order. */
    public List<String> pairs() { return pairs; }

    /** The old role variables' values in {@code newSlots}, as an old state's first slots would hold them. */
    Value[] project(Value[] newSlots) {
        Value[] out = new Value[newSlotsOf.length];
        for (int i = 0; i < newSlotsOf.length; i++) {
            int[] from = newSlotsOf[i];
            out[i] = from.length == 1 ? newSlots[from[0]] : merged(newSlots, from);
        }
        return out;
    }

    /**
     * The union of the shards' functions. A key two shards both hold is a conflict: the result then holds a
     * function of the conflicting values, which no old state has, so the step is not matched.
     */
    private static Value merged(Value[] newSlots, int[] from) {
        TreeMap<Value, Value> union = new TreeMap<>();
        boolean conflict = false;
        for (int slot : from) {
            FnV f = (FnV) newSlots[slot];
            for (int k = 0; k < f.size(); k++) conflict |= union.put(f.key(k), f.value(k)) != null;
        }
        if (conflict) return new FnV(new Value[] {FnV.EMPTY}, new Value[] {FnV.EMPTY});
        return new FnV(union.keySet().toArray(Value[]::new), union.values().toArray(Value[]::new));
    }

    int width() { return newSlotsOf.length; }

    /**
     * Builds the map from {@code spec} (comma-separated {@code Old.var = New.var}, may be null or blank); every old
     * role variable must have a counterpart, and a mapped old role must have the same nodes as its new role.
     */
    public static Result<RefinementMap> of(ModelInstance newer, ModelInstance older, String spec) {
        List<Diagnostic> problems = new ArrayList<>();
        var at = older.spec().file().span(0, 0);
        Map<String, String> explicit = new LinkedHashMap<>();
        Map<String, String> merges = new LinkedHashMap<>();
        if (spec != null && !spec.isBlank()) {
            for (String pair : spec.split(",")) {
                String[] sides = pair.split("=");
                Matcher merge = sides.length == 2 ? MERGE.matcher(sides[1].strip()) : null;
                if (merge != null && merge.matches() && !sides[0].strip().contains(".")) {
                    if (merges.put(sides[0].strip(), merge.group(1)) != null) {
                        problems.add(Diagnostic.error(Code.REFINEMENT_MAP_INVALID, at, "--map maps " + sides[0].strip()
                                + " twice"));
                    }
                    continue;
                }
                if (sides.length != 2 || !sides[0].strip().contains(".") || !sides[1].strip().contains(".")) {
                    problems.add(Diagnostic.error(Code.REFINEMENT_MAP_INVALID, at, "--map entry '" + pair.strip()
                            + "' is not of the form Role.var = Role.var", "the old spec's variable on the left"));
                    continue;
                }
                if (explicit.put(sides[0].strip(), sides[1].strip()) != null) {
                    problems.add(Diagnostic.error(Code.REFINEMENT_MAP_INVALID, at, "--map maps " + sides[0].strip()
                            + " twice"));
                }
            }
        }
        int[][] newSlotsOf = new int[older.networkSlot()][];
        List<String> pairs = new ArrayList<>();
        Map<String, String> unused = new LinkedHashMap<>(explicit);
        Map<String, String> unusedMerges = new LinkedHashMap<>(merges);
        for (CheckedSpec.Role oldRole : older.spec().roles()) {
            if (unusedMerges.remove(oldRole.name()) != null) {
                Merge.role(oldRole, merges.get(oldRole.name()), newer, older, newSlotsOf, pairs, problems);
                continue;
            }
            for (CheckedSpec.Var v : oldRole.vars()) {
                String oldName = oldRole.name() + "." + v.name();
                String newName = explicit.getOrDefault(oldName, oldName);
                unused.remove(oldName);
                String[] parts = newName.split("\\.", 2);
                CheckedSpec.Role newRole = newer.spec().role(parts[0]).orElse(null);
                CheckedSpec.Var newVar = newRole == null ? null : newRole.vars().stream()
                        .filter(x -> x.name().equals(parts[1])).findFirst().orElse(null);
                if (newVar == null) {
                    problems.add(Diagnostic.error(Code.REFINEMENT_MAP_INVALID, at, "the old spec's " + oldName
                            + " has no counterpart " + newName + " in the new spec",
                            "map it with --map '" + oldName + " = Role.var'"));
                    continue;
                }
                if (!Arrays.equals(older.nodes(oldRole.index()), newer.nodes(newRole.index()))) {
                    problems.add(Diagnostic.error(Code.REFINEMENT_MODELS_DIFFER, at, "role " + oldRole.name()
                            + " runs on " + Arrays.toString(older.nodes(oldRole.index())) + " in the old model but "
                            + newRole.name() + " on " + Arrays.toString(newer.nodes(newRole.index())) + " in the new"));
                    continue;
                }
                pairs.add(oldName + " = " + newName);
                for (int n = 0; n < older.nodes(oldRole.index()).length; n++) {
                    newSlotsOf[older.nodeBase(oldRole.index(), n) + v.index()] =
                            new int[] {newer.nodeBase(newRole.index(), n) + newVar.index()};
                }
            }
        }
        unused.keySet().forEach(name -> problems.add(Diagnostic.error(Code.REFINEMENT_MAP_INVALID, at,
                "--map names " + name + ", which is not a role variable of the old spec")));
        unusedMerges.keySet().forEach(name -> problems.add(Diagnostic.error(Code.REFINEMENT_MAP_INVALID, at,
                "--map merges into " + name + ", which is not a role of the old spec")));
        if (!problems.isEmpty()) return Result.failed(problems);
        return Result.ok(new RefinementMap(newSlotsOf, pairs));
    }
}
