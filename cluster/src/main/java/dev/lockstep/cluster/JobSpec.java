package dev.lockstep.cluster;

import java.io.Serializable;

/**
 * The spec a job explores, as every member compiles it: the file's name and text, the directory its
 * {@code instance} paths are relative to (which must exist on every member for a spec that has any), the model.
 */
public record JobSpec(String fileName, String text, String baseDir, String modelName) implements Serializable {}
