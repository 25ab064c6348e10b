package vn.thidua.document.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import vn.thidua.document.service.BallotPaper;

/** The printed papers of a paper ballot: one page each, all alike, the fonts embedded, a large bloc still on one page. */
class BallotPaperPdfTest {

    private final BallotPaperPdf renderer = new BallotPaperPdf(DocumentText.vietnamese());

    @Test
    void papersAreOnePageEachAndAlikeWithCandidatesInOrderAndInstructions() throws IOException {
        byte[] pdf = renderer.render(new BallotPaper("Đắk Nông", "Khối thi đua số 03", 2078, "Bình bầu khen thưởng năm 2078",
                false, 70, List.of(new BallotPaper.Seat("LEADER", 1, List.of("Tỉnh đoàn Đắk Nông", "Hội Nông dân tỉnh Đắk Nông")),
                        new BallotPaper.Seat("DEPUTY", 1, List.of("Hội Cựu chiến binh tỉnh Đắk Nông"))), 3));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(3, doc.getNumberOfPages());
            String first = page(doc, 1);
            assertEquals(first, page(doc, 2));
            assertEquals(first, page(doc, 3));
            assertTrue(first.contains("KHỐI THI ĐUA SỐ 03") && first.contains("Năm thi đua 2078") && first.contains("PHIẾU BẦU"), first);
            assertTrue(first.indexOf("Khối trưởng: đánh dấu (X) vào ô của không quá 1 đơn vị")
                    < first.indexOf("1. Tỉnh đoàn Đắk Nông"), first);
            assertTrue(first.indexOf("1. Tỉnh đoàn Đắk Nông") < first.indexOf("2. Hội Nông dân tỉnh Đắk Nông"), first);
            assertTrue(first.indexOf("2. Hội Nông dân tỉnh Đắk Nông") < first.indexOf("Khối phó"), first);
            assertTrue(first.contains("từ 70% số phiếu"), first);
            assertTrue(first.contains("Dấu của Ban kiểm phiếu") && first.contains("Phiếu không hợp lệ"), first);
            for (PDFont font : List.of(doc.getPage(0).getResources().getFontNames()).stream()
                    .flatMap(n -> { List<PDFont> fonts = new java.util.ArrayList<>();
                        n.forEach(name -> { try { fonts.add(doc.getPage(0).getResources().getFont(name)); }
                            catch (IOException e) { throw new java.io.UncheckedIOException(e); } });
                        return fonts.stream(); }).toList()) {
                assertTrue(font.isEmbedded() && font.getName().contains("LiberationSerif"), font.getName());
            }
        }
    }

    @Test
    void fifteenCandidatesForEachOfTwoSeatsAndAWordWiderThanTheLineStayOnOnePage() throws IOException {
        List<String> units = IntStream.rangeClosed(1, 15).mapToObj(i -> "Sở Khoa học và Công nghệ tỉnh Lâm Đồng số " + i).toList();
        byte[] pdf = renderer.render(new BallotPaper("Lâm Đồng", "Khối " + "x".repeat(400), 2079, "y".repeat(300),
                true, 50, List.of(new BallotPaper.Seat("PROVINCIAL_FLAG", 1, units),
                        new BallotPaper.Seat("CERTIFICATE_OF_MERIT", 4, units)), 2));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(2, doc.getNumberOfPages(), "one page per paper");
            String text = page(doc, 1);
            assertTrue(text.contains("15. Sở Khoa học và Công nghệ tỉnh Lâm Đồng số 15"), text);
            assertTrue(text.contains("Phiếu không hợp lệ"), "the instructions still on the page: " + text);
        }
    }

    private static String page(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc).replaceAll("\\s+", " ");
    }
}
