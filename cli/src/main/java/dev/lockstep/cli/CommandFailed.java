package dev.lockstep.cli;

/**
 * Ends a command whose problem has already been reported (on stderr, or as a JSON document on stdout) with the
 * given exit code. Thrown instead of returned so that a mixin that finds bad input can stop the command without
 * every caller checking for it; {@link Main} turns it into the exit code and prints nothing more.
 */
final class CommandFailed extends RuntimeException {
    private final int exitCode;

    CommandFailed(int exitCode) {
        super(null, null, false, false);
        this.exitCode = exitCode;
    }

    int exitCode() { return exitCode; }
}
