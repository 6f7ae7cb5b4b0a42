package dev.lockstep.invariants.lower;

import dev.lockstep.invariants.smt.Smt;
import dev.lockstep.invariants.smt.Sort;
import dev.lockstep.invariants.smt.Term;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;

/**
 * The SMT constants of one global state, slot by slot like {@link ModelInstance}: {@code Role[node].var} for
 * every variable of every node, {@code network}, and {@code crashes} when a role crashes; a suffix tells states apart ({@code '} for the post-state
 * of a step, {@code @k} for step k of a bounded run).
 */
public final class Vocabulary {
    private final ModelInstance model;
    private final Term[] slots;
    private final String suffix;

    private Vocabulary(ModelInstance model, Term[] slots, String suffix) {
        this.model = model;
        this.slots = slots;
        this.suffix = suffix;
    }

    public static Vocabulary of(ModelInstance model, SpecSorts sorts, String suffix) {
        CheckedSpec spec = model.spec();
        Term[] slots = new Term[model.slotCount()];
        for (CheckedSpec.Role role : spec.roles()) {
            var nodes = model.nodes(role.index());
            for (int n = 0; n < nodes.length; n++) {
                for (CheckedSpec.Var v : role.vars()) {
                    slots[model.nodeBase(role.index(), n) + v.index()] = new Term.Const(
                            role.name() + "[" + nodes[n].name() + "]." + v.name() + suffix, sorts.sortOf(v.type(), v.span()));
                }
            }
        }
        if (!spec.messages().isEmpty()) {
            Sort msg = sorts.msgSort(spec.network().span());
            Sort count = spec.network().kind() == CheckedSpec.NetworkKind.BAG ? Sort.INT : Sort.BOOL;
            slots[model.networkSlot()] = new Term.Const("network" + suffix, new Sort.Array(msg, count));
        }
        if (model.crashSlot() >= 0) slots[model.crashSlot()] = new Term.Const("crashes" + suffix, Sort.INT);
        return new Vocabulary(model, slots, suffix);
    }

    public String suffix() { return suffix; }

    public Term var(int role, int nodeIdx, int varIndex) { return slots[model.nodeBase(role, nodeIdx) + varIndex]; }

    /** The network, or null when the spec declares no message (then nothing can be sent). */
    public Term network() { return slots[model.networkSlot()]; }

    /** The count of crash steps so far (an int), or null when no role crashes. */
    public Term crashes() { return model.crashSlot() < 0 ? null : slots[model.crashSlot()]; }

    public Term slot(int i) { return slots[i]; }

    public int size() { return slots.length; }

    /** The empty network: no message, or zero copies of every message. */
    public Term emptyNetwork() {
        Term net = network();
        if (net == null) return null;
        Sort.Array s = (Sort.Array) net.sort();
        return Smt.constArray(s.domain(), s.range() == Sort.INT ? Smt.integer(0) : Smt.FALSE);
    }
}
