package vn.thidua.document.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A document the deputy signs under the leader's delegation (issue 15, item 4) carries the
 * Decree 30 authority form "KT. KHỐI TRƯỞNG" over "KHỐI PHÓ" and the deputy unit's signer;
 * without a delegation the bloc signs "TM. …" over "KHỐI TRƯỞNG" (read back with PDFBox).
 */
class DelegatedSignatureTest {

    private final DocumentService documents = new DocumentService();
    private final Header header = new Header("Đắk Nông", "UBND TỈNH ĐẮK NÔNG", "Khối thi đua số 03", null, null,
            "KTĐ03", LocalDate.of(2069, 1, 12));
    private final List<ProposalLetter.Nominee> nominees =
            List.of(new ProposalLetter.Nominee("PROVINCIAL_FLAG", "Hội Liên hiệp Phụ nữ tỉnh Đắk Nông"));

    @Test
    void theProposalSignedUnderADelegationReadsKtKhoiTruongOverKhoiPho() throws IOException {
        ProposalLetter delegated = new ProposalLetter(header, "05/TTr-KTĐ03", 2068, "Bình bầu năm 2068",
                "Khối thi đua số 03", nominees, "Tỉnh đoàn Đắk Nông", "Lê Văn Nông", true);
        String text = text(documents.proposalPdf(delegated));
        assertTrue(text.contains("KT. KHỐI TRƯỞNG"), text);
        assertTrue(text.contains("KHỐI PHÓ"), text);
        assertTrue(text.contains("Lê Văn Nông"), text);
        assertFalse(text.contains("TM. "), text);

        ProposalLetter own = new ProposalLetter(header, "05/TTr-KTĐ03", 2068, "Bình bầu năm 2068",
                "Khối thi đua số 03", nominees, "Tỉnh đoàn Đắk Nông", "Y Đoàn Êban");
        String ownText = text(documents.proposalPdf(own));
        assertTrue(ownText.contains("KHỐI TRƯỞNG") && !ownText.contains("KT. KHỐI TRƯỞNG") && !ownText.contains("KHỐI PHÓ"),
                ownText);
    }

    @Test
    void theBlocReportSignedUnderADelegationReadsTheSame() throws IOException {
        BlocReport report = new BlocReport(header, null, 2068, "Khối thi đua số 03",
                List.of(new BlocReport.Row(1, "Hội Liên hiệp Phụ nữ tỉnh Đắk Nông", new BigDecimal("98"))),
                List.of("Nhận đỡ đầu trẻ mồ côi"), nominees, "Tỉnh đoàn Đắk Nông", "Lê Văn Nông", true);
        String text = text(documents.blocReportPdf(report));
        assertTrue(text.contains("KT. KHỐI TRƯỞNG") && text.contains("KHỐI PHÓ") && text.contains("Lê Văn Nông"), text);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
