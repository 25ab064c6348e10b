package vn.thidua.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One-sheet .xlsx workbooks: an optional bold title, a bold header row, then the rows.
 * Numbers stay numbers (a ranking can be recomputed in the sheet), text stays text.
 */
public final class Workbooks {

    private Workbooks() {
    }

    /**
     * @param sheetName the sheet's name (made safe for Excel)
     * @param title     a title above the table, or null for a table from the first row
     * @param headers   the column headings
     * @param rows      the cells of each row: {@link Number}s as numbers, anything else as text
     */
    public static byte[] write(String sheetName, String title, List<String> headers, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            int r = 0;
            if (title != null) {
                Cell titleCell = sheet.createRow(0).createCell(0);
                titleCell.setCellValue(title);
                titleCell.setCellStyle(bold);
                r = 2;
            }
            Row header = sheet.createRow(r++);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
            }
            for (List<Object> values : rows) {
                Row line = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    Cell cell = line.createCell(i);
                    if (value instanceof BigDecimal decimal) {
                        cell.setCellValue(decimal.doubleValue());
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            for (int i = 0; i < headers.size(); i++) {
                sheet.autoSizeColumn(i);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
