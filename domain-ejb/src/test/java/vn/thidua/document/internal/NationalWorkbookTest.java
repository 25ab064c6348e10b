package vn.thidua.document.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.thidua.document.service.DocumentService;
import vn.thidua.document.service.NationalSheet;

/** The national export's workbook read back with POI: sheet names with diacritics, headings, real dates, one row per decision. */
class NationalWorkbookTest {

    @Test
    void awardsAndDecisionsSheetsReadBackAsWritten() throws Exception {
        NationalSheet data = new NationalSheet(List.of(
                new NationalSheet.Row("125/QĐ-UBND", LocalDate.of(2043, 1, 5), "Chủ tịch Ủy ban nhân dân tỉnh Đắk Nông",
                        "Hồ Văn Mười", "Cờ thi đua của UBND tỉnh", "HLHPN", "Hội Liên hiệp Phụ nữ tỉnh",
                        "Điều 26 Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 152/2025/NĐ-CP",
                        "Khối thi đua số 03", 2042),
                new NationalSheet.Row("125/QĐ-UBND", LocalDate.of(2043, 1, 5), "Chủ tịch Ủy ban nhân dân tỉnh Đắk Nông",
                        "Hồ Văn Mười", "Bằng khen của Chủ tịch UBND tỉnh", "TDOAN", "Tỉnh đoàn",
                        "Điều 74 Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 152/2025/NĐ-CP",
                        "Khối thi đua số 03", 2042)));
        byte[] xlsx = new DocumentService().nationalXlsx(data);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals("Khen thưởng", book.getSheetName(0));
            assertEquals("Quyết định", book.getSheetName(1));
            Sheet awards = book.getSheetAt(0);
            assertEquals("Số quyết định", awards.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Năm thi đua", awards.getRow(0).getCell(9).getStringCellValue());
            assertEquals(2, awards.getLastRowNum());
            Row second = awards.getRow(2);
            assertEquals(LocalDate.of(2043, 1, 5), second.getCell(1).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("05/01/2043", new DataFormatter().formatCellValue(second.getCell(1)));
            assertEquals("Tỉnh đoàn", second.getCell(6).getStringCellValue());
            assertEquals(2042, (int) second.getCell(9).getNumericCellValue());
            Sheet decisions = book.getSheetAt(1);
            assertEquals(1, decisions.getLastRowNum(), "one decision");
            assertEquals(2, (int) decisions.getRow(1).getCell(4).getNumericCellValue(), "with two awards");
        }
    }
}
