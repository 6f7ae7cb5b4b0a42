package dev.lockstep.lang.refine;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.Result;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which variable of the new spec stands for each role variable of the old one: {@code Role.var = Role.var} pairs
 * (old on the left), and by default the variable of the same name in the role of the same name. The old spec's
 * network is not mapped: the check hides it (it looks for old steps with any network, {@link Refinement}).
 */
public final class RefinementMap {
    /** Per old slot (role variables only), the new slot whose value it takes. */
    private final int[] newSlotOf;
    private final List<String> pairs;

    private RefinementMap(int[] newSlotOf, List<String> pairs) {
        this.newSlotOf = newSlotOf;
        this.pairs = pairs;
    }

    /** Each mapped pair, {@code Old.var = New.var}, in the old spec's order. */
    public List<String> pairs() { return pairs; }

    /** The old role variables' values in {@code newSlots}, as an old state's first slots would hold them. */
    Value[] project(Value[] newSlots) {
        Value[] out = new Value[newSlotOf.length];
        for (int i = 0; i < newSlotOf.length; i++) out[i] = newSlots[newSlotOf[i]];
        return out;
    }

    int width() { return newSlotOf.length; }

    /**
     * Builds the map from {@code spec} (comma-separated {@code Old.var = New.var}, may be null or blank); every old
     * role variable must have a counterpart, and a mapped old role must have the same nodes as its new role.
     */
    public static Result<RefinementMap> of(ModelInstance newer, ModelInstance older, String spec) {
        List<Diagnostic> problems = new ArrayList<>();
        var at = older.spec().file().span(0, 0);
        Map<String, String> explicit = new LinkedHashMap<>();
        if (spec != null && !spec.isBlank()) {
            for (String pair : spec.split(",")) {
                String[] sides = pair.split("=");
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
        int[] newSlotOf = new int[older.networkSlot()];
        Arrays.fill(newSlotOf, -1);
        List<String> pairs = new ArrayList<>();
        Map<String, String> unused = new LinkedHashMap<>(explicit);
        for (CheckedSpec.Role oldRole : older.spec().roles()) {
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
                    newSlotOf[older.nodeBase(oldRole.index(), n) + v.index()] =
                            newer.nodeBase(newRole.index(), n) + newVar.index();
                }
            }
        }
        unused.keySet().forEach(name -> problems.add(Diagnostic.error(Code.REFINEMENT_MAP_INVALID, at,
                "--map names " + name + ", which is not a role variable of the old spec")));
        if (!problems.isEmpty()) return Result.failed(problems);
        return Result.ok(new RefinementMap(newSlotOf, pairs));
    }
}
