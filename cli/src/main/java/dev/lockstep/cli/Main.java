package dev.lockstep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The {@code lockstep} command. Exit codes: 0 the checked property holds, 1 a violation was found,
 * 2 bad input or usage, 3 an internal error (a Lockstep bug).
 */
// scope = INHERIT: every subcommand gets -h/--help and -V/--version, and the exit code list.
@Command(name = "lockstep", mixinStandardHelpOptions = true, version = "lockstep 0.1.0", scope = ScopeType.INHERIT,
        description = "Keep a distributed protocol's implementation in lockstep with its specification.",
        subcommands = {LintCommand.class, ExploreCommand.class, BenchCommand.class, CheckCommand.class, BenchTlcCommand.class,
                ReplayCommand.class,
                ProveCommand.class, SimulateCommand.class, RunCommand.class, ConformCommand.class, ConformBenchCommand.class, GenCommand.class,
                PipelineCommand.class, CertsCommand.class, LspCommand.class, WorkerCommand.class, AnalyzeCommand.class, TransformCommand.class, RefinesCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:holds (or no errors)", "1:violation found", "2:bad input or usage",
                "3:internal error (please report it)"})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI on System.out and System.err without exiting. */
    public static int run(String... args) {
        return run(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
    }

    /** Runs the CLI on the given writers without exiting; used by tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = new CommandLine(new Main());
        // Every time option reads the same way (90, 90s, 500ms, 10m, 1h), said once here rather than per option; an
        // option where 0 means "no limit" names OptionTypes.TimeLimit instead.
        cmd.registerConverter(java.time.Duration.class, new OptionTypes.Time());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler(Main::usageError);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof CommandFailed f) return f.exitCode(); // already reported
            PrintWriter e = commandLine.getErr();
            String command = commandLine.getCommandSpec().qualifiedName();
            IOException io = ex instanceof IOException i ? i : ex instanceof UncheckedIOException u ? u.getCause() : null;
            if (io != null) {
                // A file the user named cannot be read or written: their environment, not a Lockstep bug.
                e.println(command + ": " + IoErrors.describe(io));
                e.flush();
                return ExitCodes.BAD_INPUT;
            }
            e.println(command + ": internal error (a bug in Lockstep, please report it): " + ex);
            if (System.getenv("LOCKSTEP_DEBUG") != null) ex.printStackTrace(e);
            else e.println("  set LOCKSTEP_DEBUG=1 to see the stack trace");
            e.flush();
            return ExitCodes.INTERNAL_ERROR;
        });
        try {
            return cmd.execute(args);
        } catch (StackOverflowError e) {
            // A Lockstep bug (the input should have been refused with a diagnostic), reported without a trace.
            err.println("lockstep: internal error (a bug in Lockstep, please report it): out of stack; the input is "
                    + "probably nested too deeply for a recursive step");
            err.flush();
            return ExitCodes.INTERNAL_ERROR;
        } catch (OutOfMemoryError e) {
            // The model outgrew the heap: the user's machine or settings, not a Lockstep bug. The search's states are
            // unreachable once the stack has unwound, so there is memory again to say how to give it more.
            err.println("lockstep: out of memory: the Java heap (at most " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB) is full; give the JVM more, e.g. LOCKSTEP_JAVA_OPTS=-Xmx8g ./lockstep ..., or bound the"
                    + " run (explore --max-states, --max-seconds)");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
    }

    /** A bad option or argument: one line naming it, a suggestion if picocli has one, and where help is. */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine c = ex.getCommandLine();
        PrintWriter err = c.getErr();
        String command = c.getCommandSpec().qualifiedName();
        err.println(command + ": " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + command + " --help' for its options.");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
