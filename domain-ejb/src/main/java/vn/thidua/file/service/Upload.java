package vn.thidua.file.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A file as the user sent it: the name they gave it, its size as announced (-1 when not
 * known) and where its bytes come from. {@link FileService#store} opens the source once and
 * reads it once, straight into the stored content and its SHA-256; nothing copies the bytes
 * before that (the web layer hands over the upload's stream, not a byte array).
 */
public record Upload(String fileName, long size, Source source) {

    /** Where an upload's bytes come from; opened once. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;

        /** The bytes themselves when they are already in memory (then nothing is copied), else null. */
        default byte[] inMemory() {
            return null;
        }
    }

    public Upload {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(source);
    }

    /**
     * Bytes the portal made itself (a generated PDF or workbook) or a test's: they are not
     * copied, so the caller must not change them afterwards.
     */
    public Upload(String fileName, byte[] content) {
        this(fileName, content.length, new Source() {
            @Override
            public InputStream open() {
                return new ByteArrayInputStream(content);
            }

            @Override
            public byte[] inMemory() {
                return content;
            }
        });
    }
}
