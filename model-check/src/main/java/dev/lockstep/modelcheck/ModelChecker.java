package dev.lockstep.modelcheck;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.Label;
import dev.lockstep.lang.explore.SearchFigures;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Trace;
import dev.lockstep.lang.explore.Transitions;
import dev.lockstep.lang.source.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks one model with TLC: writes the translation, runs TLC in a forked JVM, and reads its messages back by
 * code into a {@link CheckResult} in spec terms. The counterexample's states are parsed into spec states, and each
 * step's label (action, node, parameters, message) is recovered by matching it against the spec's own transition
 * relation; a step that does not match is reported as a translation bug, never silently accepted.
 */
public final class ModelChecker {
    /** Header of a printed state: {@code 3: <Node_Start line 46, col 3 to line 50, col 30 of module M>}. */
    private static final Pattern STATE_HEADER = Pattern.compile("^(\\d+): <(\\w+)(?: line .*)?>$");
    private static final Pattern NUMBER = Pattern.compile("-?[\\d,]+");

    private ModelChecker() {}

    public static CheckResult check(ModelInstance model, TlaModule module, TlcOptions options) {
        return new Run(model, module, options).run();
    }

    /** One TLC run's mutable state, fed message by message. */
    /**
     * One state of TLC's counterexample as TLC printed it.
     *
     * @param action the TLA+ action operator that led to it, null for the initial state
     * @param text   the state's variable assignments, in TLC's syntax
     */
    record PrintedState(String action, String text) {}

    private static final class Run {
        private final ModelInstance model;
        private final TlaModule module;
        private final TlcOptions options;
        private final long start = System.nanoTime();
        private final List<TlcMessage> errors = new ArrayList<>();
        private final List<String> unframed = new ArrayList<>();
        /** The counterexample as TLC printed it. */
        private final List<PrintedState> trace = new ArrayList<>();
        private int backTo = -1;
        private String backToAction;
        private boolean stuttering;
        private long distinct;
        private long generated;
        private int depth;
        private boolean success;
        private boolean inSany;
        /** What SANY printed (its errors are not framed messages). */
        private final List<String> sanyOutput = new ArrayList<>();
        private boolean framed;
        private String outOfMemory;
        private long lastProgress = -1;
        private int violationCode;
        private String violationText;

        Run(ModelInstance model, TlaModule module, TlcOptions options) {
            this.model = model;
            this.module = module;
            this.options = options;
        }

        CheckResult run() {
            List<Diagnostic> beyondTlc = module.integersBeyondTlc().getOrDefault(model.model().name(), List.of());
            if (!beyondTlc.isEmpty()) {
                return CheckResult.failure(CheckResult.Status.TOOL_ERROR, SearchFigures.none(elapsed()), beyondTlc);
            }
            Path work;
            try {
                work = Files.createTempDirectory("lockstep-tlc-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                Path dir = options.keepTla() != null ? options.keepTla() : work.resolve("tla");
                module.writeTo(dir);
                String cfg = TlaModule.cfgFileName(module.name(), model.model().name());
                TlcProcess.Exit exit = TlcProcess.run(dir, module.fileName(), cfg, work, options, this::onMessage);
                return result(exit);
            } catch (IOException e) {
                return error(CheckResult.Status.TOOL_ERROR, Code.TLC_FAILED, "cannot write the TLA+ files: " + e.getMessage());
            } finally {
                TlcProcess.deleteRecursively(work);
            }
        }

        private void onMessage(TlcMessage m) {
            if (m.code() != TlcCodes.UNFRAMED) framed = true;
            switch (m.code()) {
                case TlcCodes.UNFRAMED -> {
                    unframed.add(m.body());
                    if (inSany && !m.body().startsWith("Parsing file") && !m.body().startsWith("Semantic processing")) {
                        sanyOutput.add(m.body());
                    }
                    // The JVM's own last words (with -XX:+ExitOnOutOfMemoryError), not a TLC message.
                    if (m.body().contains("java.lang.OutOfMemoryError")) outOfMemory = m.body();
                }
                case TlcCodes.TLC_SANY_START -> inSany = true;
                case TlcCodes.TLC_SANY_END -> inSany = false;
                case TlcCodes.TLC_PROGRESS_STATS -> progress(m.body());
                case TlcCodes.TLC_STATS -> {
                    long[] n = numbers(m.body());
                    if (n.length >= 2) {
                        generated = n[0];
                        distinct = n[1];
                    }
                }
                case TlcCodes.TLC_SEARCH_DEPTH -> {
                    long[] n = numbers(m.body());
                    if (n.length >= 1) depth = (int) n[n.length - 1];
                }
                case TlcCodes.TLC_SUCCESS -> success = true;
                case TlcCodes.TLC_INVARIANT_VIOLATED_INITIAL, TlcCodes.TLC_INVARIANT_VIOLATED_BEHAVIOR,
                     TlcCodes.TLC_DEADLOCK_REACHED, TlcCodes.TLC_TEMPORAL_PROPERTY_VIOLATED,
                     TlcCodes.TLC_ACTION_PROPERTY_VIOLATED_BEHAVIOR -> {
                    violationCode = m.code();
                    violationText = m.body();
                    // The violating initial state comes inside this message, after its first line.
                    int nl = m.body().indexOf('\n');
                    if (m.code() == TlcCodes.TLC_INVARIANT_VIOLATED_INITIAL && nl > 0) {
                        trace.add(new PrintedState(null, m.body().substring(nl + 1)));
                    }
                }
                case TlcCodes.TLC_STATE_PRINT1, TlcCodes.TLC_STATE_PRINT2 -> state(m.body());
                case TlcCodes.TLC_STATE_PRINT3 -> stuttering = true;
                case TlcCodes.TLC_BACK_TO_STATE -> {
                    // "j: Back to state: <Action ...>": the loop returns to TLC's state j (1-based) by Action.
                    String header = m.body().lines().findFirst().orElse("");
                    long[] n = numbers(header.substring(0, Math.max(0, header.indexOf(':'))));
                    if (n.length >= 1) backTo = (int) n[0] - 1;
                    Matcher a = Pattern.compile("<(\\w+)").matcher(header);
                    backToAction = a.find() ? a.group(1) : null;
                }
                default -> {
                    if (m.isError()) errors.add(m);
                }
            }
        }

        private void progress(String body) {
            // "Progress(D) at <time>: G states generated [(rate)], N distinct states found [(rate)], Q states left on queue."
            long[] d = numbers(body.substring(0, Math.max(0, body.indexOf(')') + 1)));
            if (d.length > 0) depth = (int) d[0];
            int colon = body.lastIndexOf(": ");
            long[] n = numbers(body.substring(colon + 2).replaceAll("\\([^)]*\\)", ""));
            if (n.length >= 3 && n[0] != lastProgress) { // TLC repeats its last report at the end
                lastProgress = n[0];
                generated = n[0];
                distinct = n[1];
                options.progress().accept(new TlcOptions.TlcProgress(distinct, generated, n[2], depth, elapsed()));
            }
        }

        private void state(String body) {
            int nl = body.indexOf('\n');
            String header = nl < 0 ? body : body.substring(0, nl);
            Matcher h = STATE_HEADER.matcher(header.strip());
            String action = h.matches() && !header.contains("<Initial predicate>") ? h.group(2) : null;
            trace.add(new PrintedState(action, nl < 0 ? "" : body.substring(nl + 1)));
        }

        private CheckResult result(TlcProcess.Exit exit) {
            if (exit.javaMissing()) {
                return error(CheckResult.Status.TOOL_ERROR, Code.TLC_NO_JAVA, "cannot start Java to run TLC ("
                        + exit.startError() + ")", "Lockstep runs TLC with the Java that runs Lockstep itself (java.home)");
            }
            for (TlcMessage m : errors) {
                if (m.code() == TlcCodes.SYSTEM_OUT_OF_MEMORY || m.code() == TlcCodes.SYSTEM_OUT_OF_MEMORY_TOO_MANY_INIT
                        || m.code() == TlcCodes.SYSTEM_OUT_OF_MEMORY_LIVENESS) {
                    return error(CheckResult.Status.TOOL_ERROR, Code.TLC_OUT_OF_MEMORY, "TLC ran out of memory after "
                            + distinct + " distinct states", "give TLC more memory with --heap (e.g. --heap 4g)",
                            "TLC said: " + m.body());
                }
            }
            if (outOfMemory != null) {
                return error(CheckResult.Status.TOOL_ERROR, Code.TLC_OUT_OF_MEMORY, "TLC ran out of memory after "
                        + distinct + " distinct states", "give TLC more memory with --heap (e.g. --heap 4g)",
                        "the JVM said: " + outOfMemory);
            }
            if (exit.timedOut()) {
                return error(CheckResult.Status.TOOL_ERROR, Code.TLC_TIMEOUT, "TLC did not finish within "
                        + options.timeout().toSeconds() + " s (" + distinct + " distinct states so far, depth " + depth
                        + "); the model is not checked", "raise --timeout, or bound the model with a constraint");
            }
            if (!framed) {
                List<String> notes = new ArrayList<>();
                notes.add("TLC's JVM exited with code " + exit.exitCode() + " before TLC started");
                unframed.stream().limit(20).forEach(l -> notes.add("the JVM said: " + l));
                return error(CheckResult.Status.TOOL_ERROR, Code.TLC_NO_JAVA, "cannot start TLC", notes.toArray(String[]::new));
            }
            for (TlcMessage m : errors) {
                if (m.code() == TlcCodes.TLC_MODULE_OVERFLOW || m.code() == TlcCodes.TLC_INTEGER_TOO_BIG) {
                    return error(CheckResult.Status.TOOL_ERROR, Code.TLC_INTEGER_RANGE, "an integer outside TLC's 32-bit"
                            + " range " + TlaTranslator.TLC_RANGE + " arose while TLC checked model " + model.model().name()
                            + ", so TLC cannot check it", "Lockstep's integers are 64-bit: `lockstep explore` checks this"
                            + " model", "TLC said: " + m.body().strip());
                }
            }
            if (errors.stream().anyMatch(m -> TlcCodes.rejectsInput(m.code()))) {
                List<String> notes = new ArrayList<>();
                notes.add("this is a bug in Lockstep's TLA+ translation; please report it with the spec");
                sanyOutput.stream().limit(40).forEach(l -> notes.add("TLC said: " + l));
                errors.stream().filter(m -> !m.body().isBlank()).forEach(m -> notes.add("TLC said: " + m.body()));
                return error(CheckResult.Status.INTERNAL_ERROR, Code.TLC_REJECTED_TRANSLATION,
                        "TLC rejected the TLA+ generated for model " + model.model().name(), notes.toArray(String[]::new));
            }
            if (violationCode != 0) return violation();
            if (!errors.isEmpty() || !success) {
                List<String> notes = new ArrayList<>();
                errors.forEach(m -> notes.add("TLC said: " + m.body()));
                if (notes.isEmpty()) notes.add("TLC exited with code " + exit.exitCode() + " without a verdict");
                return error(CheckResult.Status.TOOL_ERROR, Code.TLC_FAILED, "TLC stopped with an error while checking model "
                        + model.model().name(), notes.toArray(String[]::new));
            }
            int initial = distinct == 0 ? new Transitions(model).initialStates().size() : -1;
            if (initial > 0) {
                // TLC found no initial state: the translation's Init is unsatisfiable where the spec's is not. Checking
                // nothing is no pass.
                return error(CheckResult.Status.INTERNAL_ERROR, Code.TLC_NO_INITIAL_STATE, "TLC found no initial state"
                        + " of model " + model.model().name() + ", but the spec has " + initial + "; the model is not"
                        + " checked", "this is a bug in Lockstep's TLA+ translation; please report it with the spec");
            }
            return CheckResult.holds(figures());
        }

        private CheckResult violation() {
            CheckResult.Status status;
            String violated = null;
            switch (violationCode) {
                case TlcCodes.TLC_DEADLOCK_REACHED -> status = CheckResult.Status.DEADLOCK;
                case TlcCodes.TLC_TEMPORAL_PROPERTY_VIOLATED -> {
                    status = CheckResult.Status.PROPERTY_VIOLATED;
                    // TLC does not say which property; with one checked property it is that one.
                    violated = String.join(" or ", model.model().properties());
                }
                case TlcCodes.TLC_ACTION_PROPERTY_VIOLATED_BEHAVIOR -> {
                    // A transition property [][P]_vars: TLC names it ("Action property P of module M is violated").
                    status = CheckResult.Status.PROPERTY_VIOLATED;
                    violated = named(violationText, model.model().properties(), module.names()::property);
                }
                default -> {
                    status = CheckResult.Status.INVARIANT_VIOLATED;
                    violated = named(violationText, model.model().invariants(), module.names()::invariant);
                }
            }
            List<Trace.Step> steps = new ArrayList<>();
            TlcStateReader reader = new TlcStateReader(model, module.names());
            StepMatcher matcher = new StepMatcher(model, module.names());
            List<Diagnostic> problems = new ArrayList<>();
            for (int i = 0; i < trace.size(); i++) {
                State state;
                try {
                    Map<String, TlcValue> vars = TlcValueParser.parseState(trace.get(i).text());
                    state = reader.read(vars);
                } catch (RuntimeException e) {
                    return error(CheckResult.Status.INTERNAL_ERROR, Code.TLC_TRACE_MISMATCH, "cannot read state " + (i + 1)
                            + " of TLC's counterexample: " + e.getMessage());
                }
                Label label = null;
                if (i > 0) {
                    label = matcher.label(steps.get(i - 1).state(), state, trace.get(i).action());
                    if (label == null) problems.add(mismatch(i + 1, trace.get(i).action()));
                }
                steps.add(new Trace.Step(label, state));
            }
            Label loopLabel = null;
            if (backTo >= 0 && backTo < steps.size() && !steps.isEmpty()) {
                loopLabel = matcher.label(steps.get(steps.size() - 1).state(), steps.get(backTo).state(), backToAction);
                if (loopLabel == null) problems.add(mismatch(steps.size() + 1, "back to state " + (backTo + 1)));
            }
            CheckResult.Lasso lasso = new CheckResult.Lasso(backTo, loopLabel, stuttering);
            if (!problems.isEmpty()) {
                return CheckResult.mismatchedCounterexample(violated, figures(), steps, lasso, problems);
            }
            return CheckResult.violation(status, violated, figures(), steps, lasso);
        }

        private Diagnostic mismatch(int step, String action) {
            return Diagnostic.error(Code.TLC_TRACE_MISMATCH, modelSpan(), "step " + step + " of TLC's counterexample ("
                    + action + ") is not a step of the spec", "the TLA+ translation and the spec's semantics disagree;"
                    + " this is a bug in Lockstep, please report it with the spec");
        }

        /** The invariant or property (spec name) whose TLA+ name ({@code tlaName}) TLC's message mentions. */
        private String named(String text, List<String> candidates,
                             java.util.function.Function<String, String> tlaName) {
            for (String c : candidates) {
                String tla = tlaName.apply(c);
                if (Pattern.compile("(?<![\\w])" + Pattern.quote(tla) + "(?![\\w])").matcher(text).find()) return c;
            }
            return candidates.isEmpty() ? null : candidates.get(0);
        }

        private CheckResult error(CheckResult.Status status, Code code, String message, String... notes) {
            return CheckResult.failure(status, figures(), List.of(Diagnostic.error(code, modelSpan(), message, notes)));
        }

        private Span modelSpan() { return model.model().span(); }

        private Duration elapsed() { return Duration.ofNanos(System.nanoTime() - start); }

        private SearchFigures figures() { return new SearchFigures(distinct, generated, depth, elapsed()); }

        private static long[] numbers(String s) {
            Matcher m = NUMBER.matcher(s);
            List<Long> out = new ArrayList<>();
            while (m.find()) {
                String t = m.group().replace(",", "");
                if (!t.isEmpty() && !t.equals("-")) out.add(Long.parseLong(t));
            }
            return out.stream().mapToLong(Long::longValue).toArray();
        }
    }
}
