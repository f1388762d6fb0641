package kz.qogam.ingest.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The source formats Qogam reads, with their media types and file extensions. */
public enum SourceFormat {
    PLAIN_TEXT("text/plain", List.of("txt", "text")),
    HTML("text/html", List.of("html", "htm", "xhtml"));

    private final String mediaType;
    private final List<String> extensions;

    SourceFormat(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** True when the file has an extension of a known format. */
    public static boolean isSource(Path file) {
        String ext = extension(file);
        for (SourceFormat f : values()) {
            if (f.extensions.contains(ext)) return true;
        }
        return false;
    }

    /**
     * The format of a decoded file: HTML when its content starts like markup, whatever the name;
     * a {@code .html} file that holds plain text is read as text.
     */
    public static SourceFormat sniff(String content) {
        String head = content.stripLeading();
        head = head.substring(0, Math.min(head.length(), 512)).toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                || head.startsWith("<head") || head.startsWith("<body") || head.startsWith("<!--")
                || head.startsWith("<script") || head.startsWith("<div") || head.startsWith("<meta")) {
            return HTML;
        }
        return PLAIN_TEXT;
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
