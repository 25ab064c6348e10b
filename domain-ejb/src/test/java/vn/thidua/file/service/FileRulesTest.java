package vn.thidua.file.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import vn.thidua.shared.InvalidInputException;

class FileRulesTest {

    private static final byte[] PDF = "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
    private static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    @Test
    void typeComesFromContentAndTheNameMustSayTheSame() {
        assertEquals(FileRules.PDF, FileRules.contentTypeOf("bien-ban.pdf", PDF));
        assertEquals(FileRules.PNG, FileRules.contentTypeOf("anh.PNG", PNG));
        assertEquals(FileRules.JPEG, FileRules.contentTypeOf("anh.jpg", JPEG));
        assertEquals(FileRules.JPEG, FileRules.contentTypeOf("anh.jpeg", JPEG));

        InvalidInputException named = assertThrows(InvalidInputException.class, () -> FileRules.contentTypeOf("anh.png", PDF));
        assertEquals("error.file.extension", named.getMessageKey());
        assertEquals("error.file.extension",
                assertThrows(InvalidInputException.class, () -> FileRules.contentTypeOf("bao-cao", PDF)).getMessageKey());
        assertEquals("error.file.extension",
                assertThrows(InvalidInputException.class, () -> FileRules.contentTypeOf("anh.png.jpg", PNG)).getMessageKey());

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> FileRules.contentTypeOf("bao-cao.pdf", "MZ\u0090 executable".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("error.file.type", e.getMessageKey());
    }

    @Test
    void wordAndExcelAreRecognisedByTheirPackageAndTheirName() throws IOException {
        byte[] docx = word();
        byte[] xlsx = excel();
        assertEquals(FileRules.DOCX, FileRules.contentTypeOf("bao-cao.docx", docx));
        assertEquals(FileRules.XLSX, FileRules.contentTypeOf("bang-diem.xlsx", xlsx));
        assertEquals("error.file.extension",
                assertThrows(InvalidInputException.class, () -> FileRules.contentTypeOf("bao-cao.xlsx", docx)).getMessageKey());
        assertEquals("error.file.extension",
                assertThrows(InvalidInputException.class, () -> FileRules.contentTypeOf("bang-diem.docx", xlsx)).getMessageKey());
        // a ZIP that is no Office document
        byte[] zip = zip(Map.of("readme.txt", "xin chào"));
        assertEquals("error.file.type",
                assertThrows(InvalidInputException.class, () -> FileRules.contentTypeOf("a.docx", zip)).getMessageKey());
    }

    @Test
    void macroEnabledOfficeContentIsRefused() {
        String docm = "<Types><Override PartName=\"/word/document.xml\""
                + " ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>";
        byte[] macroDocument = zip(Map.of("[Content_Types].xml", docm, "word/document.xml", "<w:document/>"));
        assertEquals("error.file.macro", assertThrows(InvalidInputException.class,
                () -> FileRules.contentTypeOf("bao-cao.docx", macroDocument)).getMessageKey());

        String docx = "<Types><Override PartName=\"/word/document.xml\" ContentType=\"" + DOCX_MAIN + "\"/></Types>";
        byte[] withProject = zip(Map.of("[Content_Types].xml", docx, "word/document.xml", "<w:document/>",
                "word/vbaProject.bin", "VBA"));
        assertEquals("error.file.macro", assertThrows(InvalidInputException.class,
                () -> FileRules.contentTypeOf("bao-cao.docx", withProject)).getMessageKey());

        String xlsm = "<Types><Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
                + "<Override PartName=\"/xl/workbook.xml\""
                + " ContentType=\"application/vnd.ms-excel.sheet.macroEnabled.main+xml\"/></Types>";
        byte[] macroWorkbook = zip(Map.of("[Content_Types].xml", xlsm, "xl/workbook.xml", "<workbook/>"));
        assertEquals("error.file.macro", assertThrows(InvalidInputException.class,
                () -> FileRules.contentTypeOf("bang-diem.xlsx", macroWorkbook)).getMessageKey());

        byte[] plain = zip(Map.of("[Content_Types].xml", docx, "word/document.xml", "<w:document/>"));
        assertEquals(FileRules.DOCX, FileRules.contentTypeOf("bao-cao.docx", plain));
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertEquals("error.file.empty",
                assertThrows(InvalidInputException.class, () -> FileRules.contentTypeOf("a.pdf", new byte[0])).getMessageKey());
        byte[] big = new byte[FileRules.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, 5);
        assertEquals("error.file.tooLarge",
                assertThrows(InvalidInputException.class, () -> FileRules.contentTypeOf("a.pdf", big)).getMessageKey());
        assertEquals("error.file.tooLarge", assertThrows(InvalidInputException.class,
                () -> FileRules.check(new Upload("a.pdf", FileRules.MAX_BYTES + 1L, () -> {
                    throw new AssertionError("an upload announced too large is not opened");
                }))).getMessageKey());
        // announced small, but the stream goes on: refused after reading just past the limit
        AtomicLong read = new AtomicLong();
        assertEquals("error.file.tooLarge", assertThrows(InvalidInputException.class,
                () -> FileRules.check(new Upload("a.pdf", 10, () -> counting(endless(), new AtomicInteger(), read))))
                .getMessageKey());
        assertTrue(read.get() <= FileRules.MAX_BYTES + 64 * 1024, "read " + read.get());
    }

    @Test
    void theUploadIsReadOnceIntoTheStoredArrayWithItsDigest() {
        byte[] file = new byte[5 * 1024 * 1024];
        System.arraycopy(PDF, 0, file, 0, PDF.length);
        for (int i = PDF.length; i < file.length; i++) {
            file[i] = (byte) (i * 31);
        }
        AtomicInteger opened = new AtomicInteger();
        AtomicLong read = new AtomicLong();
        Upload upload = new Upload("minh-chung.pdf", file.length, () -> counting(new ByteArrayInputStream(file), opened, read));

        FileRules.check(upload); // warm-up (class loading, digest provider)
        long before = allocatedBytes();
        FileRules.Checked checked = FileRules.check(upload);
        long allocated = allocatedBytes() - before;

        assertEquals(2, opened.get(), "opened once per check");
        assertEquals(2L * file.length, read.get(), "every byte read once per check");
        assertEquals(FileRules.PDF, checked.contentType());
        assertEquals(FileRules.sha256(file), checked.sha256());
        assertTrue(java.util.Arrays.equals(file, checked.content()));
        // one array of the file's size, nothing more of that order (it was about 9x before issue 12)
        assertTrue(allocated < file.length * 1.2, "allocated " + allocated + " bytes for a file of " + file.length);
    }

    @Test
    void aStreamLongerOrShorterThanAnnouncedIsReadAsItIs() {
        Upload longer = new Upload("a.pdf", 4, () -> new ByteArrayInputStream(PDF));
        FileRules.Checked checked = FileRules.check(longer);
        assertEquals(PDF.length, checked.content().length);
        Upload unknown = new Upload("a.pdf", -1, () -> new ByteArrayInputStream(PDF));
        assertEquals(FileRules.sha256(PDF), FileRules.check(unknown).sha256());
        Upload shorter = new Upload("a.pdf", 1000, () -> new ByteArrayInputStream(PDF));
        assertEquals(PDF.length, FileRules.check(shorter).content().length);
    }

    @Test
    void aGeneratedDocumentIsHandedOverWithoutCopy() {
        byte[] pdf = PDF.clone();
        assertSame(pdf, FileRules.check(new Upload("to-trinh-2023.pdf", pdf)).content());
    }

    @Test
    void sha256IsTheKnownDigest() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                FileRules.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static InputStream counting(InputStream in, AtomicInteger opened, AtomicLong read) {
        opened.incrementAndGet();
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    read.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    read.addAndGet(n);
                }
                return n;
            }
        };
    }

    private static InputStream endless() {
        return new InputStream() {
            @Override
            public int read() {
                return '%';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                java.util.Arrays.fill(buffer, offset, offset + length, (byte) '%');
                return length;
            }
        };
    }

    private static byte[] word() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Báo cáo thành tích");
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] excel() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Bảng điểm").createRow(0).createCell(0).setCellValue("Đắk Nông");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
