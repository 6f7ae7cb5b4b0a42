package dev.lockstep.cli;

import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.sim.OnlineCheck;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

/**
 * Loads a {@link ProtocolDescriptor} (or an {@link OnlineCheck}) by class name from the classpath, for
 * {@code run} and {@code simulate} until they compile a spec with the generator themselves. The class needs a
 * public no-argument constructor. Failures are bad input: {@link BadClassException} with a one-line reason.
 */
final class RuntimeClasses {
    private RuntimeClasses() {}

    static final class BadClassException extends Exception {
        BadClassException(String message) { super(message, null, false, false); }
    }

    static ProtocolDescriptor descriptor(String className) throws BadClassException {
        return instance(className, ProtocolDescriptor.class, "--descriptor");
    }

    static OnlineCheck check(String className) throws BadClassException {
        return instance(className, OnlineCheck.class, "--check");
    }

    private static <T> T instance(String className, Class<T> type, String option) throws BadClassException {
        Class<?> c;
        try {
            c = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new BadClassException(option + " " + className + ": no such class on the classpath");
        }
        if (!type.isAssignableFrom(c)) {
            throw new BadClassException(option + " " + className + ": does not implement " + type.getName());
        }
        try {
            Constructor<?> k = c.getConstructor();
            return type.cast(k.newInstance());
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new BadClassException(option + " " + className + ": needs a public no-argument constructor");
        } catch (InstantiationException e) {
            throw new BadClassException(option + " " + className + ": is abstract");
        } catch (InvocationTargetException e) {
            throw new BadClassException(option + " " + className + ": its constructor failed: " + e.getCause());
        }
    }
}
