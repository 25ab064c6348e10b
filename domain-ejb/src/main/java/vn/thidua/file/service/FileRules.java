package vn.thidua.file.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import vn.thidua.shared.InvalidInputException;

/**
 * What may be uploaded: PDF, PNG, JPEG and Office Open XML documents, recognised by their
 * first bytes (never by the file name), at most 10 MB.
 */
public final class FileRules {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private FileRules() {
    }

    /** The content type the bytes really are, or {@link InvalidInputException} naming the file. */
    public static String contentTypeOf(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new InvalidInputException("error.file.empty", fileName);
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("error.file.tooLarge", fileName, MAX_BYTES / (1024 * 1024));
        }
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return "application/pdf";
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return "image/png";
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4}) && contains(content, "[Content_Types].xml")) {
            String lower = fileName.toLowerCase(java.util.Locale.ROOT);
            if (contains(content, "word/")) {
                return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            }
            if (contains(content, "xl/")) {
                return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }
            throw new InvalidInputException("error.file.type", lower);
        }
        throw new InvalidInputException("error.file.type", fileName);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] content, String ascii) {
        return new String(content, StandardCharsets.ISO_8859_1).contains(ascii);
    }
}
