package dev.lockstep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code lockstep} command. Exit codes: 0 the checked property holds, 1 a violation was found,
 * 2 bad input or usage, 3 an internal error (a Lockstep bug).
 */
@Command(name = "lockstep", mixinStandardHelpOptions = true, version = "lockstep 0.1.0",
        description = "Keep a distributed protocol's implementation in lockstep with its specification.",
        subcommands = {LintCommand.class, ExploreCommand.class, BenchCommand.class, CheckCommand.class, BenchTlcCommand.class,
                ProveCommand.class, SimulateCommand.class, RunCommand.class, ConformCommand.class, ConformBenchCommand.class, GenCommand.class,
                PipelineCommand.class, CertsCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:holds (or no errors)", "1:violation found", "2:bad input or usage",
                "3:internal error (please report it)"})
public final class Main {
    public static final int HOLDS = 0;
    public static final int VIOLATION = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 3;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI without exiting; used by tests. */
    public static int run(String... args) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("lockstep: internal error (a bug in Lockstep, please report it): " + ex);
            if (System.getenv("LOCKSTEP_DEBUG") != null) ex.printStackTrace(commandLine.getErr());
            else commandLine.getErr().println("  set LOCKSTEP_DEBUG=1 to see the stack trace");
            return INTERNAL_ERROR;
        });
        return cmd.execute(args);
    }
}
