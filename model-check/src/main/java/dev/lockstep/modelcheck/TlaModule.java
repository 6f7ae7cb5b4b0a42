package dev.lockstep.modelcheck;

import dev.lockstep.lang.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A translated spec: the TLA+ module text and one TLC configuration per model (by model name), the names the
 * translation gave the spec's names, and per model the integers TLC cannot hold (LS807 errors; TLC cannot check a
 * model that has any).
 */
public record TlaModule(String name, String text, Map<String, String> cfgs, TlaNames names,
                        Map<String, List<Diagnostic>> integersBeyondTlc) {

    /** The same translation with another module text (tests feed TLC hand-altered modules). */
    public TlaModule withText(String newText) {
        return new TlaModule(name, newText, cfgs, names, integersBeyondTlc);
    }

    public String fileName() { return name + ".tla"; }

    /** The .cfg file name of a model: {@code Spec_model.cfg}, next to the module (the model name as TLA+ spells it). */
    public static String cfgFileName(String module, String model) { return module + "_" + TlaNames.ident(model) + ".cfg"; }

    /** Writes the module and every .cfg into {@code dir} (created if needed); returns the module's path. */
    public Path writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path module = dir.resolve(fileName());
        Files.writeString(module, text);
        for (var e : cfgs.entrySet()) Files.writeString(dir.resolve(cfgFileName(name, e.getKey())), e.getValue());
        return module;
    }
}
