package dev.lockstep.modelcheck;

/**
 * One framed message of TLC's {@code -tool} output: {@code @!@!@STARTMSG code:class @!@!@}, the body, and
 * {@code @!@!@ENDMSG code @!@!@}. Codes are TLC's {@code tlc2.output.EC} constants (see {@link TlcCodes}); the
 * class is {@code tlc2.output.MP}'s NONE 0, ERROR 1, TLCBUG 2, WARNING 3, STATE 4. Text TLC prints outside any
 * frame (SANY's parse errors, for one) comes as code {@link TlcCodes#UNFRAMED}.
 */
public record TlcMessage(int code, int messageClass, String body) {
    public static final int NONE = 0;
    public static final int ERROR = 1;
    public static final int TLCBUG = 2;
    public static final int WARNING = 3;
    public static final int STATE = 4;

    public boolean isError() { return messageClass == ERROR || messageClass == TLCBUG; }
}
