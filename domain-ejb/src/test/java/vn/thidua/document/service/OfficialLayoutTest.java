package vn.thidua.document.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.Borders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import vn.thidua.document.service.SampleDocuments.Sample;

/**
 * Every generated document, as PDF (read back with PDFBox: text with positions, fonts, sizes,
 * page size, margins, page numbers) and as .docx (read back with POI: runs, bold/italic,
 * sizes, alignment, indent, margins), holds each element of Decree 30/2020/NĐ-CP, Appendix I.
 * Page 1 of each PDF is rendered to {@code target/documents/<name>.png} (the README's pictures).
 */
class OfficialLayoutTest {

    private static final float MM = 72 / 25.4f;
    private static final float A4_W = 595.28f;
    private static final float A4_H = 841.89f;
    private static Map<String, Sample> samples;

    @BeforeAll
    static void render() {
        samples = SampleDocuments.all();
    }

    // ---- PDF ----

    @Test
    void everyPdfIsA4WithTheDecreesMarginsAndEmbeddedLiberationSerif() throws IOException {
        for (Sample s : samples.values()) {
            try (PDDocument doc = Loader.loadPDF(s.pdf())) {
                for (PDPage page : doc.getPages()) {
                    assertEquals(A4_W, page.getMediaBox().getWidth(), 0.5, s.name());
                    assertEquals(A4_H, page.getMediaBox().getHeight(), 0.5, s.name());
                    for (var name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertTrue(font.getName().contains("LiberationSerif"), s.name() + ": " + font.getName());
                        assertTrue(font.isEmbedded(), s.name() + ": " + font.getName() + " embedded");
                    }
                }
                for (TextPosition p : Text.of(doc).positions) {
                    if (p == null || p.getUnicode().isBlank()) {
                        continue;
                    }
                    String where = s.name() + " \"" + p.getUnicode() + "\" at " + p.getXDirAdj() + "," + p.getYDirAdj();
                    assertTrue(p.getXDirAdj() >= 30 * MM - 0.5, "left margin 30 mm: " + where);
                    assertTrue(p.getXDirAdj() + p.getWidthDirAdj() <= A4_W - 15 * MM + 0.5, "right margin 15 mm: " + where);
                    assertTrue(p.getYDirAdj() <= A4_H - 20 * MM + 0.5, "bottom margin 20 mm: " + where);
                }
            }
        }
    }

    @Test
    void everyPdfHasTheHeaderInTheDecreesFontsAndSizes() throws IOException {
        for (Sample s : samples.values()) {
            try (PDDocument doc = Loader.loadPDF(s.pdf())) {
                Text text = Text.of(doc);
                String n = s.name();
                text.expect(n, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".equals(headerTitle(n)) ? "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
                        : headerTitle(n), true, false, 12);
                if (!"covenant".equals(n)) {
                    text.expect(n, "Độc lập - Tự do - Hạnh phúc", true, false, 13);
                }
                // a long issuer wraps in its column: its first words
                text.expect(n, issuer(n).substring(0, Math.min(14, issuer(n).length())), true, false, 12);
                text.expect(n, "Số:", false, false, 13);
                text.expect(n, "Đắk Nông, ngày 05 tháng 01 năm 2037", false, true, 14);
                text.expect(n, s.kind(), true, false, 14);
                text.expect(n, s.summary().substring(0, Math.min(30, s.summary().length())), true, false, 14);
                if (s.addressee() != null) {
                    text.expect(n, s.addressee(), false, false, 14);
                }
                text.expect(n, "Nơi nhận:", true, true, 12);
                text.expect(n, "- Lưu:", false, false, 11);
                if (s.authority() != null) {
                    text.expect(n, s.authority(), true, false, 14);
                }
                text.expect(n, s.signatureTitle(), true, false, 14);
                if (s.signer() != null) {
                    text.expect(n, s.signer(), true, false, 14);
                }
                // the issuer's parent body sits above it in regular weight; the rules: under the issuer, the motto, the summary
                long strokes = strokes(doc.getPage(0));
                assertTrue(strokes >= 3, n + ": rules drawn on page 1: " + strokes);
            }
        }
    }

    @Test
    void theIssuerStandsUnderItsParentBodyInTheUnitsOwnConvention() throws IOException {
        try (PDDocument doc = Loader.loadPDF(samples.get("proposal").pdf())) {
            Text text = Text.of(doc);
            text.expect("proposal", "UBND TỈNH ĐẮK NÔNG", false, false, 12);
            assertTrue(text.first("UBND TỈNH ĐẮK NÔNG").getYDirAdj() < text.first("KHỐI THI ĐUA SỐ 03").getYDirAdj());
            assertTrue(text.first("KHỐI THI ĐUA SỐ 03").getXDirAdj() < A4_W / 2, "issuer top left");
            assertTrue(text.first("CỘNG HÒA").getXDirAdj() > 30 * MM + 65 * MM - 1, "title top right");
            assertTrue(text.string.contains("Số: 12/TTr-KTĐ03"));
        }
        // a mass organisation does not sit under the People's Committee
        try (PDDocument doc = Loader.loadPDF(samples.get("achievement-report").pdf())) {
            Text text = Text.of(doc);
            text.expect("achievement-report", "ỦY BAN MTTQ VIỆT NAM TỈNH", false, false, 12);
            assertFalse(text.string.contains("UBND TỈNH"), text.string);
            assertTrue(text.string.contains("Số:         /BC-HPN"), "blank number to fill in by hand: " + text.string);
        }
        // the Youth Union's own title replaces the national title and motto
        try (PDDocument doc = Loader.loadPDF(samples.get("covenant").pdf())) {
            Text text = Text.of(doc);
            text.expect("covenant", "ĐOÀN TNCS HỒ CHÍ MINH", true, false, 12);
            assertFalse(text.string.contains("CỘNG HÒA XÃ HỘI"), text.string);
        }
    }

    @Test
    void theDateIsZeroPaddedOnlyWhereTheDecreeAsksForIt() throws IOException {
        Header march = new Header("Đắk Nông", null, "Khối thi đua số 03", null, null, "KTĐ03",
                java.time.LocalDate.of(2037, 3, 9));
        byte[] pdf = SampleDocuments.SERVICE.proposalPdf(new ProposalLetter(march, null, 2036, "Bỏ phiếu", "Khối",
                List.of(), "Hội LHPN", null));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Text text = Text.of(doc);
            assertTrue(text.string.contains("Đắk Nông, ngày 09 tháng 3 năm 2037"), text.string);
            assertTrue(text.string.contains("Số:         /TTr-KTĐ03"), text.string);
        }
    }

    @Test
    void theBodyIsJustifiedWithAFirstLineIndentAndPagesAreNumberedFromPage2() throws IOException {
        try (PDDocument doc = Loader.loadPDF(samples.get("achievement-report").pdf())) {
            assertTrue(doc.getNumberOfPages() >= 2, "the sample runs onto page 2");
            Text text = Text.of(doc);
            List<List<TextPosition>> lines = text.lines(p -> p.getFontSizeInPt() == 14 && p.getFont().getName()
                    .endsWith("LiberationSerif") && p.getYDirAdj() > 300 && p.getYDirAdj() < 700);
            // a paragraph: the first line indented 12.7 mm, the full lines ending at the right margin
            List<TextPosition> first = lines.stream().filter(l -> l.get(0).getUnicode().equals("Đ")).findFirst().orElseThrow();
            assertEquals(30 * MM + 12.7f * MM, first.get(0).getXDirAdj(), 0.6, "first-line indent");
            int full = 0;
            for (List<TextPosition> line : lines.subList(0, lines.size() - 1)) {
                TextPosition last = line.get(line.size() - 1);
                if (Math.abs(last.getXDirAdj() + last.getWidthDirAdj() - (A4_W - 15 * MM)) < 1) {
                    full++;
                }
            }
            assertTrue(full >= lines.size() / 2, "justified lines end at the right margin: " + full + "/" + lines.size());

            PDFTextStripper one = new PDFTextStripper();
            one.setStartPage(1);
            one.setEndPage(1);
            assertFalse(Text.of(doc, 1).topMargin().contains("1"), "no number on page 1");
            for (int page = 2; page <= doc.getNumberOfPages(); page++) {
                Text p = Text.of(doc, page);
                assertEquals(String.valueOf(page), p.topMargin().strip(), "page " + page + " numbered in the top margin");
                TextPosition number = p.positions.stream().filter(t -> t != null && t.getYDirAdj() < 20 * MM)
                        .findFirst().orElseThrow();
                assertEquals(14, number.getFontSizeInPt(), 0.01);
                assertEquals((30 * MM + A4_W - 15 * MM) / 2, number.getXDirAdj() + number.getWidthDirAdj() / 2, 1,
                        "centred");
            }
        }
    }

    @Test
    void theCountMinutesCarryASignatureLinePerCommitteeMemberAndTheConferenceMinutesSecretaryAndChair()
            throws IOException {
        try (PDDocument doc = Loader.loadPDF(samples.get("count-minutes").pdf())) {
            Text text = Text.of(doc);
            for (String name : List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường")) {
                text.expect("count-minutes", name, true, false, 14);
            }
            assertEquals(2, text.count("THÀNH VIÊN"), text.string);
            assertFalse(text.string.contains("CHỦ TRÌ"), "signed by the committee, not by the chair");
            assertTrue(text.string.contains("Số: 3/BB-KTĐ03"));
        }
        try (PDDocument doc = Loader.loadPDF(samples.get("conference-minutes").pdf())) {
            Text text = Text.of(doc);
            text.expect("conference-minutes", "THƯ KÝ", true, false, 14);
            text.expect("conference-minutes", "CHỦ TRÌ", true, false, 14);
            text.expect("conference-minutes", "Nguyễn Thị Hằng", true, false, 14);
            text.expect("conference-minutes", "Y Đoàn Êban", true, false, 14);
            assertTrue(text.first("THƯ KÝ").getXDirAdj() < text.first("CHỦ TRÌ").getXDirAdj(), "secretary left, chair right");
        }
    }

    @Test
    void page1OfEachDocumentIsRenderedToAnImage() throws IOException {
        Path dir = Path.of("target", "documents");
        Files.createDirectories(dir);
        for (Sample s : samples.values()) {
            try (PDDocument doc = Loader.loadPDF(s.pdf())) {
                BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 72);
                Path png = dir.resolve(s.name() + ".png");
                ImageIO.write(image, "png", png.toFile());
                BufferedImage back = ImageIO.read(png.toFile());
                assertEquals(Math.round(A4_W), back.getWidth(), 1);
                assertTrue(darkPixels(back) > 2000, s.name() + ": the page shows text");
                Files.write(dir.resolve(s.name() + ".pdf"), s.pdf());
                Files.write(dir.resolve(s.name() + ".docx"), s.docx());
            }
        }
    }

    // ---- .docx ----

    @Test
    void everyDocxHasTheSameElementsSizesAndMargins() throws IOException {
        for (Sample s : samples.values()) {
            String n = s.name();
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(s.docx()))) {
                CTSectPr section = doc.getDocument().getBody().getSectPr();
                assertEquals(BigInteger.valueOf(11906), section.getPgSz().getW(), n + " A4 width");
                assertEquals(BigInteger.valueOf(16838), section.getPgSz().getH(), n + " A4 height");
                assertEquals(BigInteger.valueOf(1134), section.getPgMar().getTop(), n + " top 20 mm");
                assertEquals(BigInteger.valueOf(1134), section.getPgMar().getBottom(), n + " bottom 20 mm");
                assertEquals(BigInteger.valueOf(1701), section.getPgMar().getLeft(), n + " left 30 mm");
                assertEquals(BigInteger.valueOf(850), section.getPgMar().getRight(), n + " right 15 mm");
                assertTrue(section.isSetTitlePg(), n + ": page 1 has its own header");
                assertTrue(doc.getHeaderFooterPolicy().getFirstPageHeader().getText().isBlank(), n + ": no number on page 1");
                assertTrue(doc.getHeaderFooterPolicy().getDefaultHeader().getParagraphs().get(0).getCTP()
                        .getFldSimpleArray(0).getInstr().contains("PAGE"), n + ": page numbers from page 2");

                XWPFTable header = (XWPFTable) doc.getBodyElements().get(0);
                List<XWPFParagraph> left = header.getRow(0).getCell(0).getParagraphs();
                List<XWPFParagraph> right = header.getRow(0).getCell(1).getParagraphs();
                run(n, left, issuer(n), true, false, 12);
                assertTrue(left.stream().anyMatch(p -> p.getBorderBottom() == Borders.SINGLE), n + ": rule under the issuer");
                run(n, left, "Số:", false, false, 13);
                run(n, right, headerTitle(n), true, false, 12);
                if (!"covenant".equals(n)) {
                    run(n, right, "Độc lập - Tự do - Hạnh phúc", true, false, 13);
                }
                assertTrue(right.stream().anyMatch(p -> p.getBorderBottom() == Borders.SINGLE),
                        n + ": rule under the motto (or the unit's own title)");
                run(n, right, "Đắk Nông, ngày 05 tháng 01 năm 2037", false, true, 14);

                List<XWPFParagraph> body = doc.getParagraphs();
                XWPFParagraph kind = run(n, body, s.kind(), true, false, 14);
                assertEquals(ParagraphAlignment.CENTER, kind.getAlignment());
                run(n, body, s.summary(), true, false, 14);
                if (s.addressee() != null) {
                    run(n, body, s.addressee(), false, false, 14);
                }
                List<XWPFParagraph> justified = body.stream().filter(p -> p.getAlignment() == ParagraphAlignment.BOTH).toList();
                assertFalse(justified.isEmpty(), n + ": a justified body");
                for (XWPFParagraph p : justified) {
                    assertEquals(720, p.getIndentationFirstLine(), n + ": first-line indent 12.7 mm");
                    for (XWPFRun r : p.getRuns()) {
                        assertEquals(14.0, r.getFontSizeAsDouble(), n);
                        assertEquals("Times New Roman", r.getFontFamily(), n);
                    }
                }
                List<XWPFParagraph> closing = new ArrayList<>();
                List<IBodyElement> elements = doc.getBodyElements();
                for (IBodyElement e : elements.subList(1, elements.size())) {
                    if (e instanceof XWPFTable t) {
                        t.getRows().forEach(r -> r.getTableCells().forEach(c -> closing.addAll(c.getParagraphs())));
                    }
                }
                run(n, closing, "Nơi nhận:", true, true, 12);
                run(n, closing, "- Lưu:", false, false, 11);
                if (s.authority() != null) {
                    run(n, closing, s.authority(), true, false, 14);
                }
                run(n, closing, s.signatureTitle(), true, false, 14);
                if (s.signer() != null) {
                    run(n, closing, s.signer(), true, false, 14);
                }
            }
        }
    }

    // ---- helpers ----

    private static String issuer(String name) {
        return switch (name) {
            case "achievement-report" -> "HỘI LIÊN HIỆP PHỤ NỮ TỈNH";
            case "covenant" -> "TỈNH ĐẮK NÔNG";
            case "draft-decision" -> "ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG";
            case "registry-extract", "board-submission" -> "BAN THI ĐUA - KHEN THƯỞNG";
            default -> "KHỐI THI ĐUA SỐ 03";
        };
    }

    private static String headerTitle(String name) {
        return "covenant".equals(name) ? "ĐOÀN TNCS HỒ CHÍ MINH" : "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    }

    /** The paragraph whose text starts with {@code text}; its runs in the given weight, style and size. */
    private static XWPFParagraph run(String doc, List<XWPFParagraph> paragraphs, String text, boolean bold,
                                     boolean italic, double size) {
        XWPFParagraph p = paragraphs.stream().filter(x -> x.getText().startsWith(text)).findFirst().orElse(null);
        assertNotNull(p, doc + ": a paragraph \"" + text + "\" in " + paragraphs.stream().map(XWPFParagraph::getText).toList());
        for (XWPFRun r : p.getRuns()) {
            String where = doc + " \"" + text + "\"";
            assertEquals(bold, r.isBold(), where + " bold");
            assertEquals(italic, r.isItalic(), where + " italic");
            assertEquals(size, r.getFontSizeAsDouble(), where + " size");
        }
        return p;
    }

    private static long strokes(PDPage page) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(page);
        return parser.parse().stream().filter(t -> t instanceof Operator o && o.getName().equals("S")).count();
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
                    dark++;
                }
            }
        }
        return dark;
    }

    /** A PDF's text with the position of each character (null for a separator PDFBox inserts). */
    static final class Text extends PDFTextStripper {
        final List<TextPosition> positions = new ArrayList<>();
        String string = "";
        private final StringBuilder built = new StringBuilder();

        static Text of(PDDocument doc) throws IOException {
            return of(doc, 0);
        }

        /** Page {@code page} only (1-based), or every page for 0. */
        static Text of(PDDocument doc, int page) throws IOException {
            Text text = new Text();
            if (page > 0) {
                text.setStartPage(page);
                text.setEndPage(page);
            }
            text.getText(doc);
            text.string = text.built.toString();
            return text;
        }

        private Text() {
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> chars) {
            for (TextPosition p : chars) {
                for (int i = 0; i < p.getUnicode().length(); i++) {
                    built.append(p.getUnicode().charAt(i));
                    positions.add(p);
                }
            }
        }

        @Override
        protected void writeWordSeparator() {
            built.append(' ');
            positions.add(null);
        }

        @Override
        protected void writeLineSeparator() {
            built.append('\n');
            positions.add(null);
        }

        TextPosition first(String s) {
            int at = string.indexOf(s);
            assertTrue(at >= 0, "\"" + s + "\" in " + string);
            return positions.get(at);
        }

        int count(String s) {
            int n = 0;
            for (int at = string.indexOf(s); at >= 0; at = string.indexOf(s, at + 1)) {
                n++;
            }
            return n;
        }

        /** {@code s} is on the page in Liberation Serif of the given weight, style and size. */
        void expect(String doc, String s, boolean bold, boolean italic, float size) {
            int at = string.indexOf(s);
            assertTrue(at >= 0, doc + ": \"" + s + "\" in\n" + string);
            String problem = null;
            for (; at >= 0; at = string.indexOf(s, at + 1)) {
                problem = check(doc, s, at, bold, italic, size);
                if (problem == null) {
                    return;
                }
            }
            throw new AssertionError(problem);
        }

        /** Why the occurrence at {@code at} is not in that face and size, or null. */
        private String check(String doc, String s, int at, boolean bold, boolean italic, float size) {
            for (int i = at; i < at + s.length(); i++) {
                TextPosition p = positions.get(i);
                if (p == null) {
                    continue;
                }
                String font = p.getFont().getName();
                String where = doc + " \"" + s + "\" in " + font + " " + p.getFontSizeInPt() + " pt";
                if (!font.contains("LiberationSerif") || bold != font.contains("Bold") || italic != font.contains("Italic")
                        || Math.abs(size - p.getFontSizeInPt()) > 0.01) {
                    return where + ", expected " + (bold ? "bold " : "") + (italic ? "italic " : "") + size + " pt";
                }
            }
            return null;
        }

        /** The lines of characters that {@code keep}, in reading order. */
        List<List<TextPosition>> lines(Predicate<TextPosition> keep) {
            List<List<TextPosition>> lines = new ArrayList<>();
            List<TextPosition> line = new ArrayList<>();
            for (int i = 0; i < positions.size(); i++) {
                TextPosition p = positions.get(i);
                if (p == null && string.charAt(i) == '\n') {
                    if (!line.isEmpty()) {
                        lines.add(line);
                    }
                    line = new ArrayList<>();
                } else if (p != null && keep.test(p)) {
                    line.add(p);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            return lines;
        }

        /** The text in the top margin (above 20 mm). */
        String topMargin() {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < positions.size(); i++) {
                TextPosition p = positions.get(i);
                if (p != null && p.getYDirAdj() < 20 * MM) {
                    s.append(string.charAt(i));
                }
            }
            return s.toString();
        }
    }
}
