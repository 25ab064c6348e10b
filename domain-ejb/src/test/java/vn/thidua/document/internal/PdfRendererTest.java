package vn.thidua.document.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Text a form may store but the font cannot draw, and words wider than a line (hostile-input corpus). */
class PdfRendererTest {

    @Test
    void charactersWithoutAGlyphAreDrawnAsAQuestionMarkAndControlsLeftOut() throws IOException {
        byte[] pdf = PdfRenderer.render(body("Đoàn thanh niên ệ 😀 a\u0000b"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals("Đoàn thanh niên ệ ? ab", new PDFTextStripper().getText(doc).strip());
        }
        // the font draws a right-to-left override and a zero-width space (the text extractor reorders them)
        try (PDDocument doc = Loader.loadPDF(PdfRenderer.render(body("Đoàn \u202Ethanh\u200B niên")))) {
            assertEquals(1, doc.getNumberOfPages());
        }
    }

    @Test
    void aWordWiderThanTheLineIsBrokenAcrossLines() throws IOException {
        String word = "x".repeat(10 * 1024);
        byte[] pdf = PdfRenderer.render(body("<script>alert(1)</script> " + word));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() > 1, "pages: " + doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            // page numbers (from page 2) stand on lines of their own
            assertEquals("<script>alert(1)</script>" + word, text.replaceAll("(?m)^\\d+\\s*$", "").replaceAll("\\s", ""));
        }
    }

    @Test
    void pageNumbersFromPage2AreTheLastLineOfTheirPageAndABodyOfDigitsStaysWhole() throws IOException {
        String digits = "9223372036854775807";
        byte[] pdf = PdfRenderer.render(body(digits + "\n" + "Đoàn thanh niên. ".repeat(900)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() > 2, "pages: " + doc.getNumberOfPages());
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc).stripTrailing();
                if (page == 1) {
                    assertTrue(text.startsWith(digits), text);
                    assertFalse(text.endsWith("\n1"), "no number on page 1");
                } else {
                    assertTrue(text.endsWith("\n" + page), "page " + page + " ends with its number");
                }
            }
        }
    }

    /** A document with nothing but {@code text} as its body. */
    private static OfficialDocument body(String text) {
        return new OfficialDocument(null, "", "", null, "", "", "", null, List.of(), List.of(text), "", List.of(),
                List.of());
    }
}
