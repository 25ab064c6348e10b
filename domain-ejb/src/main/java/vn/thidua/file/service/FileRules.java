package vn.thidua.file.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import vn.thidua.file.internal.OfficePackage;
import vn.thidua.shared.InvalidInputException;

/**
 * What may be uploaded: PDF, PNG, JPEG and Office Open XML documents (Word .docx, Excel
 * .xlsx) at most 10 MB. The type is recognised by the content (first bytes; for Office, the
 * package's declared content types), and the file name's extension must say the same type:
 * .pdf, .png, .jpg or .jpeg, .docx, .xlsx. Macro-enabled Office content (a
 * {@code vbaProject.bin} part or a macro-enabled content type) is refused.
 */
public final class FileRules {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String DOCX_MAIN = DOCX + ".main+xml";
    private static final String XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final int CHUNK = 64 * 1024;

    /** A type the portal takes: its name in messages and the extensions its files may have. */
    private enum Kind {
        PDF_FILE(PDF, "PDF", "pdf"),
        PNG_FILE(PNG, "PNG", "png"),
        JPEG_FILE(JPEG, "JPEG", "jpg", "jpeg"),
        DOCX_FILE(DOCX, "Word (.docx)", "docx"),
        XLSX_FILE(XLSX, "Excel (.xlsx)", "xlsx");

        final String contentType;
        final String label;
        final List<String> extensions;

        Kind(String contentType, String label, String... extensions) {
            this.contentType = contentType;
            this.label = label;
            this.extensions = List.of(extensions);
        }
    }

    /** An upload read and accepted: its type, its bytes (read once) and their SHA-256. */
    public record Checked(String contentType, byte[] content, String sha256) {
    }

    private FileRules() {
    }

    /**
     * Reads the upload once, straight into one array of its announced size while computing
     * its SHA-256 (no further copy: the array becomes the stored content), then checks it.
     * Bytes already in memory (a generated document) are taken as they are.
     * An upload announced or found larger than {@link #MAX_BYTES} is refused without reading
     * past the limit.
     */
    public static Checked check(Upload upload) {
        String name = upload.fileName();
        if (upload.size() == 0) {
            throw new InvalidInputException("error.file.empty", name);
        }
        if (upload.size() > MAX_BYTES) {
            throw tooLarge(name);
        }
        byte[] inMemory = upload.source().inMemory();
        if (inMemory != null) {
            return new Checked(contentTypeOf(name, inMemory), inMemory, sha256(inMemory));
        }
        MessageDigest sha256 = sha256Digest();
        byte[] buffer = new byte[upload.size() > 0 ? (int) upload.size() : CHUNK];
        int length = 0;
        try (InputStream in = upload.source().open()) {
            while (true) {
                if (length == buffer.length) {
                    // more than announced (or size unknown): grow, never beyond the limit plus one byte
                    int probe = in.read();
                    if (probe < 0) {
                        break;
                    }
                    if (length + 1 > MAX_BYTES) {
                        throw tooLarge(name);
                    }
                    buffer = Arrays.copyOf(buffer, Math.min(MAX_BYTES + 1, Math.max(buffer.length * 2, CHUNK)));
                    buffer[length] = (byte) probe;
                    sha256.update((byte) probe);
                    length++;
                }
                int read = in.read(buffer, length, buffer.length - length);
                if (read < 0) {
                    break;
                }
                sha256.update(buffer, length, read);
                length += read;
                if (length > MAX_BYTES) {
                    throw tooLarge(name);
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException("error.file.unreadable", name);
        }
        byte[] content = length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
        String type = contentTypeOf(name, content);
        return new Checked(type, content, HexFormat.of().formatHex(sha256.digest()));
    }

    /**
     * The content type the bytes really are, provided the name's extension says the same;
     * otherwise {@link InvalidInputException} naming the file (empty, too large, not a type
     * the portal takes, macros, or a name that does not match the content).
     */
    public static String contentTypeOf(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new InvalidInputException("error.file.empty", fileName);
        }
        if (content.length > MAX_BYTES) {
            throw tooLarge(fileName);
        }
        Kind kind = detect(fileName, content);
        String extension = extension(fileName);
        if (!kind.extensions.contains(extension)) {
            throw new InvalidInputException("error.file.extension", fileName, kind.label,
                    String.join(", ", kind.extensions.stream().map(e -> "." + e).toList()));
        }
        return kind.contentType;
    }

    public static String sha256(byte[] content) {
        return HexFormat.of().formatHex(sha256Digest().digest(content));
    }

    private static Kind detect(String fileName, byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Kind.PDF_FILE;
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Kind.PNG_FILE;
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Kind.JPEG_FILE;
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            OfficePackage office = OfficePackage.read(content);
            if (office != null) {
                if (office.hasMacros()) {
                    throw new InvalidInputException("error.file.macro", fileName);
                }
                if (office.declares(DOCX_MAIN)) {
                    return Kind.DOCX_FILE;
                }
                if (office.declares(XLSX_MAIN)) {
                    return Kind.XLSX_FILE;
                }
            }
        }
        throw new InvalidInputException("error.file.type", fileName);
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }

    private static InvalidInputException tooLarge(String fileName) {
        return new InvalidInputException("error.file.tooLarge", fileName, MAX_BYTES / (1024 * 1024));
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
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
}
