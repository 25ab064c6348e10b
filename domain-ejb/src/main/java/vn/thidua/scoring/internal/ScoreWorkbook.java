package vn.thidua.scoring.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.thidua.scoring.service.ScoreTable;

/** Writes a bloc's ranking as an .xlsx workbook (numbers as numbers, so it can be recomputed). */
public final class ScoreWorkbook {

    private ScoreWorkbook() {
    }

    public static byte[] write(String title, List<String> headers, List<ScoreTable.Row> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Xep hang");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            Cell titleCell = sheet.createRow(0).createCell(0);
            titleCell.setCellValue(title);
            titleCell.setCellStyle(bold);
            Row header = sheet.createRow(2);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
            }
            int r = 3;
            for (ScoreTable.Row row : rows) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.rank());
                line.createCell(1).setCellValue(row.unitName());
                line.createCell(2).setCellValue(row.criteria().doubleValue());
                line.createCell(3).setCellValue(row.bonus().doubleValue());
                line.createCell(4).setCellValue(row.deduction().doubleValue());
                line.createCell(5).setCellValue(row.total().doubleValue());
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
