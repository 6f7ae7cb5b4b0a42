package dev.lockstep.lang.eval;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.Result;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * A spec bound to one model: the constants' values, each role's nodes, and the layout of the global state as
 * one array of slots (every variable of every node, role by role, then the network; when a role crashes, the
 * number of crash steps so far in the slot after the network).
 */
public final class ModelInstance {
    private final CheckedSpec spec;
    private final CheckedSpec.Model model;
    private final Value[] consts;
    private final NodeV[][] roleNodes;
    private final int[] roleBase;
    private final int networkSlot;
    /**
     * Per role, its nodes in an open-addressing table by hash (null marks a free place), and each one's index:
     * {@code Role[n].x} looks its node up in the hot loop of invariants, for every binding of {@code n}.
     */
    private final NodeV[][] nodeTable;
    private final int[][] nodeTableIndex;

    private ModelInstance(CheckedSpec spec, CheckedSpec.Model model, Value[] consts, NodeV[][] roleNodes) {
        this.spec = spec;
        this.model = model;
        this.consts = consts;
        this.roleNodes = roleNodes;
        this.roleBase = new int[roleNodes.length];
        int slot = 0;
        for (int r = 0; r < roleNodes.length; r++) {
            roleBase[r] = slot;
            slot += roleNodes[r].length * spec.roles().get(r).vars().size();
        }
        this.networkSlot = slot;
        this.nodeTable = new NodeV[roleNodes.length][];
        this.nodeTableIndex = new int[roleNodes.length][];
        for (int r = 0; r < roleNodes.length; r++) {
            int size = Integer.highestOneBit(Math.max(1, roleNodes[r].length) * 4);
            nodeTable[r] = new NodeV[size];
            nodeTableIndex[r] = new int[size];
            for (int i = 0; i < roleNodes[r].length; i++) {
                int h = place(roleNodes[r][i], size - 1);
                while (nodeTable[r][h] != null) h = (h + 1) & (size - 1);
                nodeTable[r][h] = roleNodes[r][i];
                nodeTableIndex[r][h] = i;
            }
        }
    }

    private static int place(Value node, int mask) {
        int h = node.hashCode();
        return (h ^ (h >>> 16)) & mask;
    }

    /** Binds {@code modelName}; an unknown model or a binding that fails to evaluate is a failure. */
    public static Result<ModelInstance> bind(CheckedSpec spec, String modelName) {
        List<Diagnostic> problems = new ArrayList<>();
        ModelInstance instance = bindInto(spec, modelName, problems);
        return instance == null ? Result.failed(problems) : Result.of(instance, problems);
    }

    private static ModelInstance bindInto(CheckedSpec spec, String modelName, List<Diagnostic> problems) {
        var model = spec.model(modelName).orElse(null);
        if (model == null) {
            String known = spec.models().stream().map(CheckedSpec.Model::name).toList().toString();
            problems.add(Diagnostic.error(Code.UNKNOWN_MODEL, spec.file().span(0, 0), "spec " + spec.name()
                    + " has no model '" + modelName + "'", "its models are " + known));
            return null;
        }
        Value[] consts = new Value[spec.consts().size()];
        Evaluator bootstrap = new Evaluator(spec, consts, null);
        for (CheckedSpec.Const c : spec.consts()) {
            Expr binding = model.bindings().get(c.index());
            try {
                consts[c.index()] = bootstrap.eval(binding, Env.global(new Value[0], model.frameSize()));
            } catch (EvalException e) {
                problems.add(Diagnostic.error(Code.BAD_BINDING_VALUE, binding.span(), "cannot evaluate the value of "
                        + c.name() + ": " + e.getMessage()));
                return null;
            }
        }
        List<Diagnostic> asymmetric = SymmetricSets.brokenBy(spec, model, consts);
        if (!asymmetric.isEmpty()) {
            problems.addAll(asymmetric);
            return null;
        }
        NodeV[][] roleNodes = new NodeV[spec.roles().size()][];
        for (CheckedSpec.Role role : spec.roles()) {
            try {
                Value nodes = bootstrap.eval(role.nodes(), Env.global(new Value[0], role.nodesFrame()));
                SetV set = (SetV) nodes;
                NodeV[] array = new NodeV[set.size()];
                for (int i = 0; i < set.size(); i++) {
                    if (!(set.get(i) instanceof NodeV n)) {
                        problems.add(Diagnostic.error(Code.BAD_BINDING_VALUE, role.nodes().span(), "the nodes of role "
                                + role.name() + " must be node names, but " + set.get(i).show() + " is not"));
                        return null;
                    }
                    array[i] = n;
                }
                roleNodes[role.index()] = array;
            } catch (EvalException e) {
                problems.add(e.toDiagnostic());
                return null;
            }
        }
        return new ModelInstance(spec, model, consts, roleNodes);
    }

    public CheckedSpec spec() { return spec; }

    public CheckedSpec.Model model() { return model; }

    public Value[] consts() { return consts; }

    public Value constant(String name) {
        for (CheckedSpec.Const c : spec.consts()) if (c.name().equals(name)) return consts[c.index()];
        return null;
    }

    /** The nodes of a role, in canonical order. */
    public NodeV[] nodes(int role) { return roleNodes[role]; }

    /** Index of {@code node} among the role's nodes, or -1. */
    public int nodeIndex(int role, Value node) {
        NodeV[] table = nodeTable[role];
        int mask = table.length - 1;
        for (int h = place(node, mask); ; h = (h + 1) & mask) {
            NodeV n = table[h];
            if (n == null) return -1;
            if (n == node || n.equals(node)) return nodeTableIndex[role][h];
        }
    }

    /** First slot of a node's variables. */
    public int nodeBase(int role, int nodeIdx) {
        return roleBase[role] + nodeIdx * spec.roles().get(role).vars().size();
    }

    public int networkSlot() { return networkSlot; }

    /** The slot counting the crash steps so far (an int), or -1 when no role crashes. */
    public int crashSlot() { return spec.crashes() ? networkSlot + 1 : -1; }

    public int slotCount() { return networkSlot + (spec.crashes() ? 2 : 1); }
}
