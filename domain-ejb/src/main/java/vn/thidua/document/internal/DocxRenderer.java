package vn.thidua.document.internal;

import static vn.thidua.document.internal.OfficialDocument.Layout.twips;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

import vn.thidua.document.internal.Fonts.Face;
import vn.thidua.document.internal.OfficialDocument.Layout;
import vn.thidua.document.internal.OfficialDocument.Signature;

/**
 * Writes an {@link OfficialDocument} as a Word file (.docx, Apache POI XWPF) with the same
 * elements, sizes and margins as {@link PdfRenderer}, so that an office can edit and sign it:
 * A4, the decree's margins, the header as a borderless two-column table (the rules are
 * paragraph borders indented to their length), justified body paragraphs with first-line
 * indent, "Nơi nhận" beside the signature block, and the page number (a PAGE field) in the
 * header of every page but the first. The runs name Times New Roman, which Word has; where
 * it is missing (LibreOffice) the metric-compatible Liberation Serif takes its place.
 */
public final class DocxRenderer {

    /** The font the runs name. */
    public static final String FONT = "Times New Roman";

    private static final int TEXT_WIDTH = twips(210 - Layout.LEFT_MM - Layout.RIGHT_MM);
    private static final int ISSUER_WIDTH = twips(Layout.ISSUER_COLUMN_MM);

    private final XWPFDocument doc = new XWPFDocument();
    /** Font metrics (the same as Times New Roman) to size the rules under the header lines. */
    private final PDDocument metricsHolder = new PDDocument();
    private final Fonts metrics = new Fonts(metricsHolder);

    private DocxRenderer() {
    }

    /** The document as .docx bytes. */
    public static byte[] render(OfficialDocument d) {
        return new DocxRenderer().write(d);
    }

    private byte[] write(OfficialDocument d) {
        page();
        header(d);
        XWPFParagraph kind = centred(doc.createParagraph(), d.kind(), true, false, Layout.KIND);
        kind.setSpacingBefore(240);
        if (d.summary() != null && !d.summary().isBlank()) {
            centred(doc.createParagraph(), d.summary(), true, false, Layout.KIND);
            float width = Math.min(metrics.width(Face.BOLD, Layout.KIND, d.summary()), 400);
            rule(doc.createParagraph(), TEXT_WIDTH, Math.max(width, 60) / 3);
        }
        for (String addressee : d.addressees()) {
            centred(doc.createParagraph(), addressee, false, false, Layout.BODY).setSpacingBefore(160);
        }
        boolean first = true;
        for (String paragraph : d.paragraphs()) {
            if (paragraph == null || paragraph.isBlank()) {
                continue;
            }
            for (String raw : paragraph.split("\\R")) {
                XWPFParagraph p = doc.createParagraph();
                p.setAlignment(ParagraphAlignment.BOTH);
                p.setIndentationFirstLine(twips(Layout.INDENT_MM));
                p.setSpacingAfter(Math.round(Layout.PARAGRAPH_AFTER * 20));
                if (first) {
                    p.setSpacingBefore(240);
                    first = false;
                }
                run(p, raw, false, false, Layout.BODY);
            }
        }
        signatures(d);
        return bytes();
    }

    private void page() {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(twips(Layout.TOP_MM)));
        margins.setBottom(BigInteger.valueOf(twips(Layout.BOTTOM_MM)));
        margins.setLeft(BigInteger.valueOf(twips(Layout.LEFT_MM)));
        margins.setRight(BigInteger.valueOf(twips(Layout.RIGHT_MM)));
        margins.setHeader(BigInteger.valueOf(twips(Layout.TOP_MM / 3)));
        margins.setFooter(BigInteger.valueOf(twips(Layout.BOTTOM_MM / 2)));
        // page 1 has its own (empty) header; the others carry the page number
        doc.createHeader(HeaderFooterType.FIRST).createParagraph();
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
        XWPFHeader numbered = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = numbered.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        CTR r = field.addNewR();
        var props = r.addNewRPr();
        var fonts = props.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        props.addNewSz().setVal(BigInteger.valueOf(Math.round(Layout.PAGE_NUMBER * 2)));
        r.addNewT().setStringValue("2");
    }

    private void header(OfficialDocument d) {
        XWPFTable table = borderless(2, ISSUER_WIDTH, TEXT_WIDTH - ISSUER_WIDTH);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph at = left.getParagraphs().get(0);
        float widest = 0;
        if (d.parentBody() != null && !d.parentBody().isBlank()) {
            centred(at, d.parentBody(), false, false, Layout.HEADER);
            widest = metrics.width(Face.REGULAR, Layout.HEADER, d.parentBody());
            at = left.addParagraph();
        }
        centred(at, d.issuer(), true, false, Layout.HEADER);
        widest = Math.max(widest, metrics.width(Face.BOLD, Layout.HEADER, d.issuer()));
        rule(left.addParagraph(), ISSUER_WIDTH, Math.min(widest, ISSUER_WIDTH / 20f) * 0.4f);
        centred(left.addParagraph(), d.numberLine(), false, false, Layout.NUMBER).setSpacingBefore(120);

        centred(right.getParagraphs().get(0), d.title(), true, false, Layout.TITLE);
        if (d.motto() != null && !d.motto().isBlank()) {
            centred(right.addParagraph(), d.motto(), true, false, Layout.MOTTO);
            rule(right.addParagraph(), TEXT_WIDTH - ISSUER_WIDTH, metrics.width(Face.BOLD, Layout.MOTTO, d.motto()));
        } else {
            // a title of its own without a motto (the Youth Union's) is underlined
            rule(right.addParagraph(), TEXT_WIDTH - ISSUER_WIDTH, metrics.width(Face.BOLD, Layout.TITLE, d.title()));
        }
        centred(right.addParagraph(), d.placeAndDate(), false, true, Layout.DATE).setSpacingBefore(120);
    }

    private void signatures(OfficialDocument d) {
        List<Signature> all = d.signatures();
        int half = TEXT_WIDTH / 2;
        if (all.size() <= 1) {
            XWPFTable table = borderless(2, half, TEXT_WIDTH - half);
            XWPFTableCell left = table.getRow(0).getCell(0);
            if (!d.recipients().isEmpty()) {
                XWPFParagraph heading = left.getParagraphs().get(0);
                run(heading, d.recipientsHeading(), true, true, Layout.RECIPIENTS_HEADING);
                for (String r : d.recipients()) {
                    run(left.addParagraph(), r, false, false, Layout.RECIPIENTS);
                }
            }
            if (!all.isEmpty()) {
                signature(table.getRow(0).getCell(1), all.get(all.size() - 1));
            }
            return;
        }
        XWPFTable table = borderless(2, half, TEXT_WIDTH - half);
        for (int i = 0; i < all.size(); i += 2) {
            var row = i == 0 ? table.getRow(0) : table.createRow();
            signature(row.getCell(0), all.get(i));
            if (i + 1 < all.size()) {
                signature(row.getCell(1), all.get(i + 1));
            }
        }
        // several signatures (minutes, covenant): "Nơi nhận" under them, on the left
        if (!d.recipients().isEmpty()) {
            XWPFTableCell left = table.createRow().getCell(0);
            run(left.getParagraphs().get(0), d.recipientsHeading(), true, true, Layout.RECIPIENTS_HEADING);
            for (String r : d.recipients()) {
                run(left.addParagraph(), r, false, false, Layout.RECIPIENTS);
            }
        }
    }

    private void signature(XWPFTableCell cell, Signature s) {
        XWPFParagraph at = cell.getParagraphs().get(0);
        if (s.authority() != null && !s.authority().isBlank()) {
            centred(at, s.authority(), true, false, Layout.SIGNATURE);
            at = cell.addParagraph();
        }
        centred(at, s.title(), true, false, Layout.SIGNATURE);
        XWPFParagraph name = centred(cell.addParagraph(), s.name() == null ? "" : s.name(), true, false,
                Layout.SIGNATURE);
        name.setSpacingBefore(1240);
        name.setSpacingAfter(240);
    }

    // ---- building blocks ----

    private XWPFTable borderless(int columns, int... widths) {
        XWPFTable table = doc.createTable(1, columns);
        table.setWidth(String.valueOf(TEXT_WIDTH));
        table.setWidthType(TableWidthType.DXA);
        table.removeBorders();
        for (int i = 0; i < columns; i++) {
            table.getRow(0).getCell(i).setWidth(String.valueOf(widths[i]));
            table.getRow(0).getCell(i).setWidthType(TableWidthType.DXA);
        }
        return table;
    }

    private static XWPFParagraph centred(XWPFParagraph p, String text, boolean bold, boolean italic, float size) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        run(p, text, bold, italic, size);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, float size) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize((double) size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(xmlSafe(text));
        return run;
    }

    /** The text without what XML cannot hold: control characters left out, a lone surrogate as '?'. */
    private static String xmlSafe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isSurrogate((char) cp) && Character.isBmpCodePoint(cp)) {
                out.append('?');
            } else if (cp == '\t' || Character.getType(cp) != Character.CONTROL) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** A rule of {@code lengthPt} points centred in a column of {@code columnTwips}: a bottom border with indents. */
    private static void rule(XWPFParagraph p, int columnTwips, float lengthPt) {
        int length = Math.min(columnTwips, Math.round(lengthPt * 20));
        int side = Math.max(0, (columnTwips - length) / 2);
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setIndentationLeft(side);
        p.setIndentationRight(side);
        p.setBorderBottom(Borders.SINGLE);
        p.setSpacingAfter(0);
        XWPFRun r = p.createRun();
        r.setFontSize(2);
    }

    private byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            doc.close();
            metricsHolder.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
