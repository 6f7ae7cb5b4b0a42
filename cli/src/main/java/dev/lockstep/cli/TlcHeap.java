package dev.lockstep.cli;

import picocli.CommandLine.Option;

/** {@code --heap} (a picocli mixin), TLC's maximum heap for the commands that run TLC. */
final class TlcHeap {
    @Option(names = "--heap", paramLabel = "SIZE", converter = OptionTypes.HeapSize.class,
            description = "TLC's maximum heap, e.g. 2g (default: the JVM's).")
    String size;
}
