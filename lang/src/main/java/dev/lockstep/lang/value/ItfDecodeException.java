package dev.lockstep.lang.value;

/**
 * An ITF tree that is not a value of the expected spec type. The message starts with the path inside the value
 * (for example {@code state.prepared: expected a set {"#set": [...]}, found "r1"}), so a reader can find it.
 */
public final class ItfDecodeException extends RuntimeException {
    private final String path;
    private final String problem;

    public ItfDecodeException(String path, String problem) {
        super(path.isEmpty() ? problem : path + ": " + problem, null, false, false);
        this.path = path;
        this.problem = problem;
    }

    /** Where in the value, e.g. {@code state.prepared} or {@code params.b[2]}; empty for the root. */
    public String path() { return path; }

    /** What is wrong, without the path. */
    public String problem() { return problem; }

    /**
     * The same problem seen from the enclosing value: {@code segment} is the field name or {@code [i]} index under
     * which this value sits. Paths are built only on failure, so decoding a valid value builds no strings.
     */
    public ItfDecodeException within(String segment) {
        if (segment.isEmpty()) return this;
        String joined = path.isEmpty() ? segment : path.startsWith("[") ? segment + path : segment + "." + path;
        return new ItfDecodeException(joined, problem);
    }
}
