package dev.lockstep.cli;

import picocli.CommandLine.Option;

/** {@code --no-deadlock} (a picocli mixin), for the commands that report states without successors. */
final class DeadlockOption {
    @Option(names = "--no-deadlock", description = "Do not report states without successors.")
    boolean off;

    boolean checked() { return !off; }

    /** As a command's opening line says it. */
    String describe() { return off ? "not checked" : "checked"; }
}
