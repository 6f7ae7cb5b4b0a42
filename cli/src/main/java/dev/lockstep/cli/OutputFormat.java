package dev.lockstep.cli;

/** {@code --format}: human-readable text or one JSON document on stdout. */
public enum OutputFormat { text, json }
