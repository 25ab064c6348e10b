package vn.thidua.file.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.thidua.shared.InvalidInputException;

class FileRulesTest {

    @Test
    void typeComesFromContentNotFromName() {
        assertEquals("application/pdf", FileRules.contentTypeOf("anh.png", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> FileRules.contentTypeOf("bao-cao.pdf", "MZ\u0090 executable".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("error.file.type", e.getMessageKey());
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertEquals("error.file.empty",
                assertThrows(InvalidInputException.class, () -> FileRules.contentTypeOf("a.pdf", new byte[0])).getMessageKey());
        byte[] big = new byte[FileRules.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        assertEquals("error.file.tooLarge",
                assertThrows(InvalidInputException.class, () -> FileRules.contentTypeOf("a.pdf", big)).getMessageKey());
    }

    @Test
    void sha256IsTheKnownDigest() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                FileRules.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
    }
}
