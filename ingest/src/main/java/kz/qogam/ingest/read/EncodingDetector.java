package kz.qogam.ingest.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides how a file's bytes are encoded: UTF-8 or Windows-1251, from the bytes alone.
 * UTF-8 is accepted only when every byte sequence is valid; bytes that are mostly valid UTF-8
 * with some broken sequences are reported as broken UTF-8 rather than misread as Windows-1251.
 */
public final class EncodingDetector {
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private EncodingDetector() {}

    /** The decoded text and the charset that decoded it. */
    public record Decoded(String text, Charset charset) {}

    /**
     * Decodes the bytes.
     *
     * @throws IllegalArgumentException with a message a user can act on when the bytes are not text
     */
    public static Decoded decode(byte[] bytes) {
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        String utf8 = strictUtf8(bytes, offset);
        if (utf8 != null) return new Decoded(utf8, StandardCharsets.UTF_8);

        int[] seq = countUtf8Sequences(bytes, offset);
        int valid = seq[0], invalid = seq[1];
        if (valid > 0 && valid >= invalid) {
            throw new IllegalArgumentException("invalid UTF-8: " + invalid + " broken byte sequence(s), the first at byte "
                    + seq[2] + ", among " + valid + " valid ones; re-save the file as UTF-8");
        }
        String cp1251 = new String(bytes, WINDOWS_1251);
        if (!looksLikeCyrillicText(cp1251)) {
            throw new IllegalArgumentException("neither UTF-8 nor Windows-1251 text (the first broken UTF-8 sequence is at byte "
                    + seq[2] + "); save the file as UTF-8");
        }
        return new Decoded(cp1251, WINDOWS_1251);
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static String strictUtf8(byte[] bytes, int offset) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = dec.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** {valid multi-byte sequences, invalid high bytes, offset of the first invalid one}. */
    private static int[] countUtf8Sequences(byte[] b, int from) {
        int valid = 0, invalid = 0, first = -1;
        int i = from;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += len;
            } else {
                invalid++;
                if (first < 0) first = i;
                i++;
            }
        }
        return new int[] {valid, invalid, first};
    }

    /** Most letters Cyrillic, and few control characters: what a Russian or Kazakh text in CP1251 looks like. */
    private static boolean looksLikeCyrillicText(String s) {
        int letters = 0, cyrillic = 0, control = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) cyrillic++;
            } else if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                control++;
            }
        }
        return letters > 0 && cyrillic * 2 >= letters && control * 100 <= s.length();
    }
}
