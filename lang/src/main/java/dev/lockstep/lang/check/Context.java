package dev.lockstep.lang.check;

import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.types.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where an expression is checked: which state it may read, which locals are in scope, and the frame its locals
 * are allocated in. One context per evaluation root (action, invariant, initializer, definition, binding).
 */
final class Context {
    enum Kind {
        /** An action's guard, parameters and effect: own node's vars, self, consts; no other nodes, no network. */
        ACTION,
        /** A role variable's initial value: consts, self, and the role's earlier variables. */
        VAR_INIT,
        /** A role's node set: constants only. */
        ROLE_NODES,
        /** Invariants, properties, definitions and model constraints: the whole global state. */
        GLOBAL,
        /** A model's constant binding: literals, node names and earlier constants. */
        MODEL
    }

    final Kind kind;
    /** The role whose variables are in scope (ACTION, VAR_INIT), else null. */
    final Symbols.RoleSig role;
    /** In VAR_INIT: variables with an index below this may be read. */
    final int visibleVars;
    final boolean temporalAllowed;
    /** In an exchange action: its peer parameter, whose variables the action may read and write; else null. */
    Expr.Local exchangePeer;
    /** Set when the expression reads other nodes' variables or the network. */
    boolean readsGlobalState;
    /** The highest index of a constant the expression reads (through definitions too), or -1. */
    int maxConstRead = -1;

    /** Names bound by the quantifier whose domains are being checked (they are not in scope there yet). */
    final java.util.Set<String> pendingBound = new java.util.HashSet<>();

    private final Deque<Map<String, Expr.Local>> scopes = new ArrayDeque<>();
    private final Deque<Expr.Local> exceptAt = new ArrayDeque<>();
    private int nextSlot;

    Context(Kind kind, Symbols.RoleSig role, int visibleVars, boolean temporalAllowed) {
        this.kind = kind;
        this.role = role;
        this.visibleVars = visibleVars;
        this.temporalAllowed = temporalAllowed;
        scopes.push(new HashMap<>());
    }

    static Context global(boolean temporalAllowed) {
        return new Context(Kind.GLOBAL, null, 0, temporalAllowed);
    }

    boolean inRole() { return kind == Kind.ACTION || kind == Kind.VAR_INIT; }

    Expr.Local declare(String name, Type type, dev.lockstep.lang.source.Span span) {
        Expr.Local local = new Expr.Local(name, nextSlot++, type, span);
        scopes.peek().put(name, local);
        return local;
    }

    /** A slot with no name (used for {@code @}). */
    Expr.Local anonymous(Type type, dev.lockstep.lang.source.Span span) {
        return new Expr.Local("@", nextSlot++, type, span);
    }

    Expr.Local lookup(String name) {
        for (Map<String, Expr.Local> scope : scopes) {
            Expr.Local l = scope.get(name);
            if (l != null) return l;
        }
        return null;
    }

    void push() { scopes.push(new HashMap<>()); }

    void pop() { scopes.pop(); }

    void pushAt(Expr.Local at) { exceptAt.push(at); }

    void popAt() { exceptAt.pop(); }

    Expr.Local currentAt() { return exceptAt.peek(); }

    int frameSize() { return nextSlot; }
}
