package dev.lockstep.modelcheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A translated spec: the TLA+ module text and one TLC configuration per model (by model name). */
public record TlaModule(String name, String text, Map<String, String> cfgs) {

    public String fileName() { return name + ".tla"; }

    /** The .cfg file name of a model: {@code Spec_model.cfg}, next to the module. */
    public static String cfgFileName(String module, String model) { return module + "_" + model + ".cfg"; }

    /** Writes the module and every .cfg into {@code dir} (created if needed); returns the module's path. */
    public Path writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path module = dir.resolve(fileName());
        Files.writeString(module, text);
        for (var e : cfgs.entrySet()) Files.writeString(dir.resolve(cfgFileName(name, e.getKey())), e.getValue());
        return module;
    }
}
