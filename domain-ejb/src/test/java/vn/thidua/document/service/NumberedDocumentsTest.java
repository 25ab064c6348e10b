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
 * The register's number line on the documents, the counting committee's signature lines on
 * the count minutes, and the chair and secretary on the conference minutes (read back with
 * PDFBox).
 */
class NumberedDocumentsTest {

    private final DocumentService documents = new DocumentService();
    private final Header header = new Header("Đắk Nông", "UBND TỈNH ĐẮK NÔNG", "Khối thi đua số 03", null, null,
            "KTĐ03", LocalDate.of(2038, 12, 27));

    @Test
    void theProposalCarriesItsNumberAndADraftHasNone() throws IOException {
        ProposalLetter letter = new ProposalLetter(header, "05/TTr-KTĐ03", 2038, "Bình bầu năm 2038",
                "Khối thi đua số 03", List.of(new ProposalLetter.Nominee("PROVINCIAL_FLAG", "Tỉnh đoàn Đắk Nông")),
                "Tỉnh đoàn Đắk Nông", "Y Đoàn Êban");
        assertTrue(text(documents.proposalPdf(letter)).contains("Số: 05/TTr-KTĐ03"));
        ProposalLetter draft = new ProposalLetter(header, null, 2038, "Bình bầu năm 2038", "Khối thi đua số 03",
                letter.nominees(), "Tỉnh đoàn Đắk Nông", "Y Đoàn Êban");
        // a draft leaves the number blank, to be numbered by hand
        String draftText = text(documents.proposalPdf(draft));
        assertTrue(draftText.contains("Số:") && !draftText.contains("05/TTr"), draftText);
    }

    @Test
    void theCountingCommitteeSignsTheCountMinutes() throws IOException {
        String text = text(documents.countMinutesPdf(countMinutes(List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"))));
        for (String expected : List.of("Số: 07/BB-KTĐ03", "Ban kiểm phiếu gồm: Nguyễn Văn An (Trưởng ban), Trần Thị Bình, Lê Văn Cường",
                "TRƯỞNG BAN KIỂM PHIẾU", "THÀNH VIÊN BAN KIỂM PHIẾU")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        // without a recorded committee no member is named
        String unsigned = text(documents.countMinutesPdf(countMinutes(List.of())));
        assertFalse(unsigned.contains("Nguyễn Văn An"), unsigned);
    }

    @Test
    void theConferenceMinutesNameTheChairAndTheSecretary() throws IOException {
        ConferenceMinutes m = new ConferenceMinutes(header, "08/BB-KTĐ03", "Khối thi đua số 03", true, 2038,
                LocalDate.of(2038, 12, 27), "Hội trường Tỉnh đoàn", "Y Đoàn Êban", "Nguyễn Thị Hằng",
                List.of(new ConferenceMinutes.Attendee("Y Đoàn Êban", "Bí thư", "Tỉnh đoàn Đắk Nông")), null, "Nội dung");
        String text = text(documents.conferenceMinutesPdf(m));
        for (String expected : List.of("Số: 08/BB-KTĐ03", "Y Đoàn Êban", "Nguyễn Thị Hằng", "CHỦ TRÌ", "THƯ KÝ")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
    }

    private CountMinutes countMinutes(List<String> committee) {
        return new CountMinutes(header, "Bình bầu năm 2038", true, 5, 5, true, 50, 5, 5, 5, 5, 0,
                List.of(new CountMinutes.Seat("PROVINCIAL_FLAG", 1, List.of(new CountMinutes.Candidate("Tỉnh đoàn Đắk Nông", 5,
                        new BigDecimal("100.00"), "ELECTED")))), "Nguyễn Thị Hằng", "Y Đoàn Êban", List.of(), 0, null,
                "07/BB-KTĐ03", committee);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
