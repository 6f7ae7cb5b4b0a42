package dev.lockstep.conformance.partial;

import dev.lockstep.lang.diag.Code;

/**
 * Bad input to a partial-trace check: a mapping or a log line that cannot be read, or that names what the spec does
 * not have. Carries the file, the 1-based line (0 when the problem is the whole file) and the diagnostic code.
 */
public final class PartialInputException extends RuntimeException {
    private final Code code;
    private final String file;
    private final long line;

    public PartialInputException(Code code, String file, long line, String message) {
        super(message, null, false, false);
        this.code = code;
        this.file = file;
        this.line = line;
    }

    public Code code() { return code; }

    public String file() { return file; }

    public long line() { return line; }

    /** {@code map.json:7: LS940 ...}. */
    public String describe() {
        return file + (line > 0 ? ":" + line : "") + ": " + code.id() + " " + getMessage();
    }
}
