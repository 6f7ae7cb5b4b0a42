package dev.lockstep.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * A user's file problem in words ("cannot write /x/y: permission denied") instead of an exception's class name,
 * and the checks that let a command refuse a bad output path before it does any work.
 */
final class IoErrors {
    private IoErrors() {}

    /** One line naming the file and what is wrong with it. */
    static String describe(IOException e) {
        if (e instanceof FileSystemException f) {
            String file = f.getFile() == null ? "" : f.getFile();
            String reason = switch (f) {
                case NoSuchFileException n -> "no such file or directory";
                case AccessDeniedException a -> "permission denied";
                case FileAlreadyExistsException x -> "a file is in the way";
                case NotDirectoryException x -> "not a directory";
                case DirectoryNotEmptyException x -> "directory not empty";
                default -> f.getReason() == null ? f.getClass().getSimpleName() : f.getReason();
            };
            String other = f.getOtherFile() == null ? "" : " (and " + f.getOtherFile() + ")";
            return "cannot read or write " + file + other + ": " + reason;
        }
        return "input/output error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /**
     * Creates {@code dir} (and its parents) for output; null when that worked, else why not, e.g.
     * "--out x: is a file, not a directory".
     */
    static String prepareDirectory(String option, Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) return option + " " + dir + ": is a file, not a directory";
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            return option + " " + dir + ": " + e.getFile() + " is a file, not a directory";
        } catch (IOException e) {
            return option + " " + dir + ": " + describe(e);
        }
        if (!Files.isWritable(dir)) return option + " " + dir + ": the directory is not writable";
        return null;
    }

    /** Makes sure {@code file} can be written (creating its folder); null when it can, else why not. */
    static String prepareFile(String option, Path file) {
        if (Files.isDirectory(file)) return option + " " + file + ": is a directory, not a file";
        Path parent = file.getParent() != null ? file.getParent() : file.toAbsolutePath().getParent();
        if (parent != null) {
            String problem = prepareDirectory(option + " " + file + ": folder", parent);
            if (problem != null) return problem;
        }
        if (Files.exists(file) && !Files.isWritable(file)) return option + " " + file + ": the file is not writable";
        return null;
    }
}
