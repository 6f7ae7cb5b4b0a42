package dev.lockstep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The bad-input corpus's files too large to commit, written by the test: 5,000 nested IFs, and a 5 MB spec on one
 * line. Each ends in an unknown name, so it is bad input however deep or long the front end can go.
 */
final class GeneratedSpecs {
    private GeneratedSpecs() {}

    private static final String HEAD = "protocol Big const Nodes: set<node> network bag "
            + "role P at Nodes { var x: int = 0 input action Go do x' = x + 1 } ";
    private static final String MODEL = " model two { Nodes = {a, b} }\n";

    static List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder ifs = new StringBuilder(HEAD).append("\ninvariant Deep == \\A n \\in Nodes : P[n].x = ");
        for (int i = 0; i < 5000; i++) ifs.append("IF P[n].x = ").append(i).append(" THEN ").append(i).append(" ELSE ");
        ifs.append("Limt").append(MODEL);
        Path deepIfs = Files.writeString(dir.resolve("deep-5000-nested-ifs.lstep"), ifs);

        // One line of 5 MB: many small definitions, then an unknown name.
        StringBuilder line = new StringBuilder(5_300_000).append(HEAD);
        for (int i = 0; line.length() < 5_000_000; i++) line.append("def D").append(i).append(" == ").append(i).append(' ');
        line.append("invariant Wide == \\A n \\in Nodes : P[n].x <= Limt").append(MODEL);
        Path wide = Files.writeString(dir.resolve("big-5mb-one-line.lstep"), line);
        return List.of(deepIfs, wide);
    }
}
