package vn.thidua.document.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Text a form may store but the font cannot draw, and words wider than a line (hostile-input corpus). */
class OfficialPdfTest {

    @Test
    void charactersWithoutAGlyphAreDrawnAsAQuestionMarkAndControlsLeftOut() throws IOException {
        byte[] pdf = new OfficialPdf().paragraph("Đoàn thanh niên ệ 😀 a\u0000b").toPdf();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals("Đoàn thanh niên ệ ? ab", new PDFTextStripper().getText(doc).strip());
        }
        // the font draws a right-to-left override and a zero-width space (the text extractor reorders them)
        try (PDDocument doc = Loader.loadPDF(new OfficialPdf().paragraph("Đoàn \u202Ethanh\u200B niên").toPdf())) {
            assertEquals(1, doc.getNumberOfPages());
        }
    }

    @Test
    void aWordWiderThanTheLineIsBrokenAcrossLines() throws IOException {
        String word = "x".repeat(10 * 1024);
        byte[] pdf = new OfficialPdf().paragraph("<script>alert(1)</script> " + word).toPdf();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() > 1, "pages: " + doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertEquals("<script>alert(1)</script>" + word, text.replaceAll("\\s", ""));
        }
    }
}
