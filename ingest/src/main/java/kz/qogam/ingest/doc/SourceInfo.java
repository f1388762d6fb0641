package kz.qogam.ingest.doc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where a document came from, as read from disk.
 *
 * @param id          stable identifier: the file name without its extension
 * @param fileName    the file name
 * @param mediaType   {@code text/plain} or {@code text/html}
 * @param encoding    the detected character encoding
 * @param contentHash SHA-256 of the raw bytes, hex
 */
public record SourceInfo(String id, String fileName, String mediaType, String encoding, String contentHash) {

    public static SourceInfo ofText(String id, String text) {
        return new SourceInfo(id, id + ".txt", "text/plain", "UTF-8", sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
