package dev.lockstep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code bench-tlc --reference FILE.tla[#CFG]} (a picocli mixin): a hand-written TLA+ module of the same protocol that
 * TLC also runs on, and where its .cfg for each benchmarked model is.
 */
final class TlcReference {
    @Option(names = "--reference", paramLabel = "FILE.tla[#CFG]",
            description = "A hand-written TLA+ module of the same protocol: TLC runs on it too, and its time is compared"
                    + " with TLC's on the generated module. CFG (next to the module unless a path) is its .cfg; without"
                    + " it each model NAME uses MODULE_NAME.cfg next to the module.")
    String module;

    boolean given() { return module != null; }

    /** Why {@code models} cannot all be compared with the reference (null when they can): one .cfg names one model. */
    String refusal(List<String> models) {
        if (module == null || !module.contains("#") || models.size() <= 1) return null;
        return "--reference " + module + " names one .cfg, but " + models.size()
                + " models are benchmarked; leave out #CFG to use MODULE_MODEL.cfg per model";
    }

    /**
     * The reference module and its .cfg for model {@code name}: {@code FILE.tla#CFG} (CFG relative to the module's
     * folder unless it exists as given), or {@code FILE_name.cfg} next to the module; refused (exit 2) if
     * either file is missing.
     */
    Path[] files(String name, Output output) {
        String[] parts = module.split("#", 2);
        Path tla = Path.of(parts[0]);
        if (!Files.isRegularFile(tla) || !tla.getFileName().toString().endsWith(".tla")) {
            throw output.fail("--reference " + parts[0] + " is not a .tla file");
        }
        Path dir = tla.toAbsolutePath().getParent();
        String base = tla.getFileName().toString().replaceFirst("\\.tla$", "");
        Path cfg;
        if (parts.length == 2) {
            cfg = Files.exists(Path.of(parts[1])) ? Path.of(parts[1]) : dir.resolve(parts[1]);
        } else {
            cfg = dir.resolve(base + "_" + name + ".cfg");
        }
        if (!Files.isRegularFile(cfg)) {
            throw output.fail("no TLC configuration " + cfg + " for model " + name + " of the reference "
                    + tla + (parts.length == 2 ? "" : " (name one with --reference " + parts[0] + "#FILE.cfg)"));
        }
        return new Path[] {tla, cfg};
    }
}
