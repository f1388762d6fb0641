package kz.qogam.ingest.doc;

/** A name with its language tag ({@code ru}, {@code kk}, {@code kk-Latn}, {@code en}). */
public record Label(String text, String lang) {}
