package vn.thidua.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.thidua.document.service.NationalSheet;

/**
 * The national export workbook: a sheet of awards (one row per award, its decision beside it)
 * and a sheet of decisions (one row per decision, with its number of awards). Dates are real
 * date cells shown dd/MM/yyyy, years are numbers, everything else is text; the first row of
 * each sheet holds the headings, so a program reads the rows back by position.
 */
public final class NationalWorkbook {

    private NationalWorkbook() {
    }

    /**
     * @param awardsSheet    the awards sheet's name
     * @param decisionsSheet the decisions sheet's name
     * @param awardHeaders   ten headings: number, date, authority, signer, kind, unit code, unit name, legal basis, bloc, year
     * @param decisionHeaders five headings: number, date, authority, signer, number of awards
     */
    public static byte[] write(String awardsSheet, String decisionsSheet, List<String> awardHeaders,
                               List<String> decisionHeaders, NationalSheet data) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));

            Sheet awards = workbook.createSheet(awardsSheet);
            header(awards, awardHeaders, bold);
            int r = 1;
            Map<String, Object[]> decisions = new LinkedHashMap<>();
            for (NationalSheet.Row a : data.rows()) {
                Row row = awards.createRow(r++);
                row.createCell(0).setCellValue(a.decisionNumber());
                Cell day = row.createCell(1);
                day.setCellValue(a.decidedOn());
                day.setCellStyle(date);
                row.createCell(2).setCellValue(a.authority());
                row.createCell(3).setCellValue(a.signer());
                row.createCell(4).setCellValue(a.awardKind());
                row.createCell(5).setCellValue(a.unitCode());
                row.createCell(6).setCellValue(a.unitName());
                row.createCell(7).setCellValue(a.legalBasis());
                row.createCell(8).setCellValue(a.blocName());
                row.createCell(9).setCellValue(a.year());
                // a decision is its number within its authority and year (issue 15: numbers repeat across years)
                Object[] decision = decisions.computeIfAbsent(a.decisionNumber() + "|" + a.authority() + "|"
                        + a.decidedOn().getYear(), n -> new Object[] {a.decidedOn(), a.authority(), a.signer(), 0,
                        a.decisionNumber()});
                decision[3] = (Integer) decision[3] + 1;
            }
            Sheet perDecision = workbook.createSheet(decisionsSheet);
            header(perDecision, decisionHeaders, bold);
            r = 1;
            for (Map.Entry<String, Object[]> d : decisions.entrySet()) {
                Row row = perDecision.createRow(r++);
                row.createCell(0).setCellValue((String) d.getValue()[4]);
                Cell day = row.createCell(1);
                day.setCellValue((java.time.LocalDate) d.getValue()[0]);
                day.setCellStyle(date);
                row.createCell(2).setCellValue((String) d.getValue()[1]);
                row.createCell(3).setCellValue((String) d.getValue()[2]);
                row.createCell(4).setCellValue((Integer) d.getValue()[3]);
            }
            for (int i = 0; i < awardHeaders.size(); i++) {
                awards.setColumnWidth(i, 24 * 256);
            }
            for (int i = 0; i < decisionHeaders.size(); i++) {
                perDecision.setColumnWidth(i, 24 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, List<String> headers, CellStyle bold) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }
}
