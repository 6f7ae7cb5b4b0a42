package dev.lockstep.runtime.testing;

import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Trigger;
import java.util.List;

/** Shorthands for hand-written machines in tests: what generated code spells out in full. */
public final class Actions {
    private Actions() {}

    public static <S> ActionSpec<S> auto(String name, ActionSpec.Guard<S> guard, ActionSpec.Effect<S> effect) {
        return new ActionSpec<>(name, Trigger.AUTO, null, 0, 0, List.of(), guard, effect, "test:" + name);
    }

    public static <S> ActionSpec<S> input(String name, ActionSpec.Guard<S> guard, ActionSpec.Effect<S> effect) {
        return new ActionSpec<>(name, Trigger.INPUT, null, 0, 0, List.of(), guard, effect, "test:" + name);
    }

    public static <S> ActionSpec<S> input(String name, List<ActionSpec.Param<S>> params, ActionSpec.Guard<S> guard,
                                          ActionSpec.Effect<S> effect) {
        return new ActionSpec<>(name, Trigger.INPUT, null, 0, 0, params, guard, effect, "test:" + name);
    }

    public static <S> ActionSpec<S> timer(String name, long lo, long hi, ActionSpec.Guard<S> guard,
                                          ActionSpec.Effect<S> effect) {
        return new ActionSpec<>(name, Trigger.TIMER, null, lo, hi, List.of(), guard, effect, "test:" + name);
    }

    public static <S> ActionSpec<S> receive(String name, String type, ActionSpec.Guard<S> guard,
                                            ActionSpec.Effect<S> effect) {
        return new ActionSpec<>(name, Trigger.ON_RECEIVE, type, 0, 0, List.of(), guard, effect, "test:" + name);
    }
}
