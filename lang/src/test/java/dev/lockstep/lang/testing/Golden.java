package dev.lockstep.lang.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Golden-file support shared by every module's tests (through lang's test-jar). {@link #check} compares a test's
 * output with a checked-in file; with {@code -Dlockstep.updateGolden=true} it rewrites the file instead.
 * Golden paths are relative to the module directory, which is the working directory of Maven's test runs.
 */
public final class Golden {
    /** The system property that switches from comparing to rewriting. */
    public static final String UPDATE_PROPERTY = "lockstep.updateGolden";

    private Golden() {}

    public static boolean updating() {
        return Boolean.parseBoolean(System.getProperty(UPDATE_PROPERTY, "false"));
    }

    /**
     * Fails, showing a line diff, when {@code actual} differs from the content of {@code golden} (line endings are
     * normalized to {@code \n}); when updating, writes {@code actual} to {@code golden} instead.
     */
    public static void check(Path golden, String actual) {
        String normalized = normalize(actual);
        if (updating()) {
            try {
                if (golden.getParent() != null) Files.createDirectories(golden.getParent());
                Files.writeString(golden, normalized, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write golden file " + golden, e);
            }
            return;
        }
        if (!Files.exists(golden)) {
            fail("golden file " + golden + " does not exist; create it with -D" + UPDATE_PROPERTY + "=true\n"
                    + "actual output:\n" + normalized);
        }
        String expected;
        try {
            expected = normalize(Files.readString(golden, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read golden file " + golden, e);
        }
        if (!expected.equals(normalized)) {
            fail("output differs from golden file " + golden + " (- expected, + actual; rewrite with -D"
                    + UPDATE_PROPERTY + "=true)\n" + diff(expected, normalized));
        }
    }

    private static String normalize(String s) {
        return s.replace("\r\n", "\n");
    }

    /** A line diff of two texts: unchanged lines start with two spaces, removed with "- ", added with "+ ". */
    public static String diff(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0, j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                out.add("  " + a.get(i++));
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add("- " + a.get(i++));
            } else {
                out.add("+ " + b.get(j++));
            }
        }
        if (!expected.endsWith("\n") || !actual.endsWith("\n")) {
            out.add("(expected " + (expected.endsWith("\n") ? "ends" : "does not end") + " with a newline, actual "
                    + (actual.endsWith("\n") ? "does" : "does not") + ")");
        }
        return String.join("\n", out);
    }
}
