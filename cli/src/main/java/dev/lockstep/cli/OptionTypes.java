package dev.lockstep.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The value types of the numeric options, each checking its range once for every command that uses it. picocli
 * turns a {@link TypeConversionException} into "Invalid value for option '--runs': ...", exit 2, before the
 * command runs. A message states the allowed range and, where 0 means "no limit", says so.
 */
final class OptionTypes {
    private OptionTypes() {}

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)?");

    /** A count of at least 1 (runs, seeds, workers). */
    static final class AtLeastOne implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String s) { return (int) integer(s, 1, Integer.MAX_VALUE, "an integer of at least 1"); }
    }

    /** A count of at least 0 (warm-up runs, BMC depth, short traces). */
    static final class AtLeastZero implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String s) { return (int) integer(s, 0, Integer.MAX_VALUE, "an integer of at least 0"); }
    }

    /** A long count of at least 1 (steps). */
    static final class LongAtLeastOne implements ITypeConverter<Long> {
        @Override
        public Long convert(String s) { return integer(s, 1, Long.MAX_VALUE, "an integer of at least 1"); }
    }

    /** A limit where 0 means "no limit" (--max-states). */
    static final class Limit implements ITypeConverter<Long> {
        @Override
        public Long convert(String s) { return integer(s, 0, Long.MAX_VALUE, "an integer of at least 0 (0: no limit)"); }
    }

    /** A probability in [0, 1]. */
    static final class Probability implements ITypeConverter<Double> {
        @Override
        public Double convert(String s) {
            double p;
            try {
                p = Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                throw bad(s, "a probability between 0 and 1");
            }
            if (!(p >= 0 && p <= 1)) throw bad(s, "a probability between 0 and 1");
            return p;
        }
    }

    /** A positive duration: a number of seconds, or a number with a unit ms, s, m or h (90, 90s, 1.5m, 500ms). */
    static final class Time implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String s) {
            Duration d = duration(s);
            if (d == null || d.isZero()) throw bad(s, "a positive duration such as 90, 90s, 500ms, 10m or 1h");
            return d;
        }
    }

    /** A duration where 0 means "no limit" (or "off"): a number of seconds, or a number with a unit ms, s, m or h. */
    static final class TimeLimit implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String s) {
            Duration d = duration(s);
            if (d == null) throw bad(s, "a duration such as 90, 90s, 500ms, 10m or 1h (0: no limit)");
            return d;
        }
    }

    /** A Java heap size such as 512m or 4g, as TLC's -Xmx takes it. */
    static final class HeapSize implements ITypeConverter<String> {
        @Override
        public String convert(String s) {
            if (!s.matches("[1-9]\\d*[kKmMgG]?")) throw bad(s, "a heap size such as 512m or 4g");
            return s;
        }
    }

    /** A size in bytes: a number with an optional unit k, m or g (binary: 512m is 512 MiB), as {@code --memory}. */
    static final class ByteSize implements ITypeConverter<Long> {
        @Override
        public Long convert(String s) {
            Matcher m = Pattern.compile("([1-9]\\d{0,12})([kmg]?)").matcher(s.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) throw bad(s, "a size such as 512m or 4g");
            int shift = switch (m.group(2)) {
                case "k" -> 10;
                case "m" -> 20;
                case "g" -> 30;
                default -> 0;
            };
            long n = Long.parseLong(m.group(1));
            if (n > Long.MAX_VALUE >> shift) throw bad(s, "a size such as 512m or 4g");
            return n << shift;
        }
    }

    /** The duration {@code s} denotes (seconds without a unit), or null when it is not one. */
    static Duration duration(String s) {
        Matcher m = DURATION.matcher(s.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) return null;
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis = switch (unit) {
            case "ms" -> n;
            case "m" -> n * 60_000;
            case "h" -> n * 3_600_000;
            default -> n * 1000;
        };
        if (millis > Long.MAX_VALUE / 2) return null;
        // A fraction of a millisecond rounds up: "0.0001" is a (tiny) positive duration, not "no limit".
        return Duration.ofMillis((long) Math.ceil(millis));
    }

    /** {@code s} as an integer in {@code min..max}; else a conversion error saying it expected {@code what}. */
    static long integer(String s, long min, long max, String what) {
        long n;
        try {
            n = Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw bad(s, what);
        }
        if (n < min || n > max) throw bad(s, what);
        return n;
    }

    private static TypeConversionException bad(String value, String what) {
        return new TypeConversionException("expected " + what + ", not '" + value + "'");
    }
}
