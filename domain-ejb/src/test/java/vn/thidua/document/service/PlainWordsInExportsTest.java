package vn.thidua.document.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Exports and stored texts in plain Vietnamese (issue 14, item 6): sheet names keep their
 * diacritics, dates read dd/MM/yyyy, a leadership seat's outcome is "trúng cử" /
 * "không trúng cử", and a document kind has a name for the texts that list it.
 */
class PlainWordsInExportsTest {

    private final DocumentService documents = new DocumentService();

    @Test
    void theRegistrySheetIsNamedWithDiacriticsAndItsDatesAreDayMonthYear() throws IOException {
        byte[] xlsx = documents.registryXlsx(new RegistrySheet(List.of(new RegistrySheet.Row(2044,
                "Hội Liên hiệp Phụ nữ tỉnh Đắk Nông", "PROVINCIAL_FLAG", "Khối thi đua số 03", "44/QĐ-UBND",
                LocalDate.of(2045, 1, 5)))));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Sổ khen thưởng", sheet.getSheetName());
            assertEquals("Cờ thi đua của UBND tỉnh", sheet.getRow(1).getCell(2).getStringCellValue());
            assertEquals("05/01/2045", sheet.getRow(1).getCell(5).getStringCellValue());
        }
    }

    @Test
    void theRankingSheetIsNamedWithDiacritics() throws IOException {
        byte[] xlsx = documents.rankingXlsx(new RankingSheet(2044, "Khối thi đua số 03", List.of(new RankingSheet.Row(1,
                "Tỉnh đoàn Đắk Nông", new BigDecimal("95"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("95")))));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals("Xếp hạng", book.getSheetAt(0).getSheetName());
        }
    }

    @Test
    void aLeadershipSeatIsWonOrLostInTheWordsOfAnElection() {
        assertEquals("trúng cử", documents.text(DocumentService.outcomeKey("LEADER", "ELECTED")));
        assertEquals("không trúng cử (không đạt tỷ lệ phiếu)",
                documents.text(DocumentService.outcomeKey("DEPUTY", "BELOW_THRESHOLD")));
        assertEquals("đạt tỷ lệ, trong chỉ tiêu: được đề nghị",
                documents.text(DocumentService.outcomeKey("PROVINCIAL_FLAG", "ELECTED")));
    }

    @Test
    void storedTextsWriteDatesAsDayMonthYear() {
        assertEquals("Tờ trình 44/TTr của Khối 03 chờ thẩm định, hạn 29/12/2044",
                documents.text("notification.submitted", "44/TTr", "Khối 03", LocalDate.of(2044, 12, 29)));
        assertEquals("44/QĐ-UBND ngày 05/01/2045 – Chủ tịch UBND tỉnh",
                documents.text("proposal.step.decision", "44/QĐ-UBND", LocalDate.of(2045, 1, 5), "Chủ tịch UBND tỉnh"));
        assertEquals("Báo cáo thành tích", documents.text("documentKind.ACHIEVEMENT_REPORT"));
    }
}
