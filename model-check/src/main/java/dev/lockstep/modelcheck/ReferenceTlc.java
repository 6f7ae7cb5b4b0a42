package dev.lockstep.modelcheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs TLC, exactly as {@link ModelChecker} does, on a TLA+ module Lockstep did not generate (a hand-written
 * reference for benchmarks) and reads back only its figures: no counterexample, no spec behind it. Modules the
 * reference extends or instantiates are looked up next to it (TLC runs in the module's folder).
 */
public final class ReferenceTlc {
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*");

    /** TLC's figures for one run; {@code problems} holds TLC's error messages (empty when it finished cleanly). */
    public record Result(boolean finished, long distinct, long generated, int depth, Duration elapsed,
                         List<String> problems) {}

    private ReferenceTlc() {}

    /** Checks {@code module} with the configuration {@code cfg}; both must exist (the caller says so to the user). */
    public static Result run(Path module, Path cfg, TlcOptions options) throws IOException {
        Path dir = module.toAbsolutePath().getParent();
        Path work = Files.createTempDirectory("lockstep-tlc-ref-");
        long start = System.nanoTime();
        long[] stats = {-1, -1, 0};
        boolean[] success = {false};
        List<String> problems = new ArrayList<>();
        try {
            TlcProcess.Exit exit = TlcProcess.run(dir, module.getFileName().toString(), cfg.toAbsolutePath().toString(),
                    work, options, m -> {
                        switch (m.code()) {
                            case TlcCodes.TLC_STATS -> {
                                long[] n = numbers(m.body());
                                if (n.length >= 2) {
                                    stats[1] = n[0];
                                    stats[0] = n[1];
                                }
                            }
                            case TlcCodes.TLC_SEARCH_DEPTH -> {
                                long[] n = numbers(m.body());
                                if (n.length >= 1) stats[2] = n[n.length - 1];
                            }
                            case TlcCodes.TLC_SUCCESS -> success[0] = true;
                            default -> {
                                if (m.isError()) problems.add(m.body());
                            }
                        }
                    });
            if (exit.javaMissing()) problems.add("cannot start Java: " + exit.startError());
            if (exit.timedOut()) problems.add("TLC did not finish within " + options.timeout().toSeconds() + " s");
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new Result(success[0] && problems.isEmpty(), stats[0], stats[1], (int) stats[2], elapsed, problems);
        } finally {
            TlcProcess.deleteRecursively(work);
        }
    }

    private static long[] numbers(String s) {
        Matcher m = NUMBER.matcher(s);
        List<Long> out = new ArrayList<>();
        while (m.find()) out.add(Long.parseLong(m.group().replace(",", "")));
        return out.stream().mapToLong(Long::longValue).toArray();
    }
}
