package vn.thidua.document.internal;

import static vn.thidua.document.internal.OfficialDocument.Layout.points;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import vn.thidua.document.internal.Fonts.Face;
import vn.thidua.document.service.BallotPaper;

/**
 * Draws ballot papers with PDFBox: one A4 page per paper, all pages alike (no number, no
 * serial), Liberation Serif embedded as in every document of the portal. The page has a
 * framed area for the counting committee's stamp (top left), the bloc and year, the title, a
 * table per seat (number, candidate, a box to mark) and the instructions. Rows shrink for a
 * large bloc so that a paper always fits on one page.
 */
public final class BallotPaperPdf {

    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float LEFT = points(20);
    private static final float RIGHT = WIDTH - points(20);
    private static final float TOP = HEIGHT - points(20);
    private static final float BOTTOM = points(15);
    private static final float BODY = 13;
    private static final float BOX = 14;
    private static final float STAMP_WIDTH = points(50);
    private static final float STAMP_HEIGHT = points(25);

    private final DocumentText text;

    public BallotPaperPdf(DocumentText text) {
        this.text = text;
    }

    /** The papers as one PDF, {@code p.papers()} identical pages. */
    public byte[] render(BallotPaper p) {
        try (PDDocument document = new PDDocument()) {
            Fonts fonts = new Fonts(document);
            for (int i = 0; i < p.papers(); i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    new Sheet(out, fonts).draw(p);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One page being drawn, top down. */
    private final class Sheet {
        private final PDPageContentStream out;
        private final Fonts fonts;
        private float y = TOP;
        private float row = 22;
        private float size = BODY;

        Sheet(PDPageContentStream out, Fonts fonts) {
            this.out = out;
            this.fonts = fonts;
        }

        void draw(BallotPaper p) throws IOException {
            int rows = p.seats().stream().mapToInt(s -> s.candidates().size()).sum();
            // rows shrink for a large bloc (two seats of 15 candidates) so that a paper stays one page
            row = Math.max(15, Math.min(22, (TOP - BOTTOM - 300 - 28 * p.seats().size()) / Math.max(rows, 1)));
            size = Math.min(BODY, row - 5);
            float stampBottom = stamp();
            float from = LEFT + STAMP_WIDTH + 8;
            centred(text.upper(p.blocName()), Face.BOLD, 13, from, RIGHT);
            centred(text.text("ballotPaper.year", p.year()), Face.REGULAR, 12, from, RIGHT);
            y = Math.min(y, stampBottom) - 6;
            centred(text.text("ballotPaper.title"), Face.BOLD, 18, LEFT, RIGHT);
            centred(p.ballotTitle(), Face.BOLD, 14, LEFT, RIGHT);
            y -= 8;
            for (BallotPaper.Seat seat : p.seats()) {
                seat(seat);
            }
            y -= 4;
            line(text.text("ballotPaper.instructions"), Face.BOLD_ITALIC, 12, LEFT);
            List<String> rules = new ArrayList<>();
            rules.add(text.text("ballotPaper.howToMark"));
            rules.add(text.text("ballotPaper.threshold", text.text(p.moreThan()
                    ? "countMinutes.threshold.moreThan" : "countMinutes.threshold.atLeast", p.thresholdPercent())));
            rules.add(text.text("ballotPaper.invalid"));
            rules.add(text.text("ballotPaper.secret"));
            for (String rule : rules) {
                wrapped("– " + rule, Face.ITALIC, 11, LEFT + 6);
            }
        }

        private void seat(BallotPaper.Seat seat) throws IOException {
            wrapped(text.text("ballotPaper.seat", text.text("seat." + seat.code()), seat.maxMarks()), Face.BOLD, BODY, LEFT);
            y -= 2;
            float boxLeft = RIGHT - 60;
            float box = Math.min(BOX, row - 6);
            for (int i = 0; i < seat.candidates().size(); i++) {
                float top = y;
                float baseline = top - row / 2 - size * 0.35f;
                out.setLineWidth(0.6f);
                out.addRect(LEFT, top - row, RIGHT - LEFT, row);
                out.stroke();
                write((i + 1) + ".", Face.REGULAR, size, LEFT + 6, baseline);
                String name = fitted(seat.candidates().get(i), Face.REGULAR, size, boxLeft - LEFT - 40);
                write(name, Face.REGULAR, size, LEFT + 28, baseline);
                out.addRect(boxLeft + (60 - box) / 2, top - row + (row - box) / 2, box, box);
                out.stroke();
                y = top - row;
            }
            y -= 12;
        }

        /** The framed area, top left, where the counting committee stamps each paper it issues; its bottom. */
        private float stamp() throws IOException {
            float top = TOP;
            out.setLineDashPattern(new float[] {3, 3}, 0);
            out.addRect(LEFT, top - STAMP_HEIGHT, STAMP_WIDTH, STAMP_HEIGHT);
            out.stroke();
            out.setLineDashPattern(new float[] {}, 0);
            String label = text.text("ballotPaper.stamp");
            write(label, Face.ITALIC, 10, LEFT + (STAMP_WIDTH - fonts.width(Face.ITALIC, 10, label)) / 2, top - 14);
            return top - STAMP_HEIGHT;
        }

        private void centred(String s, Face face, float size, float from, float to) throws IOException {
            for (String part : lines(s, face, size, to - from)) {
                y -= size * 1.3f;
                write(part, face, size, (from + to - fonts.width(face, size, part)) / 2, y);
            }
        }

        private void line(String s, Face face, float size, float x) throws IOException {
            y -= size * 1.35f;
            write(s, face, size, x, y);
        }

        private void wrapped(String s, Face face, float size, float x) throws IOException {
            for (String part : lines(s, face, size, RIGHT - x)) {
                line(part, face, size, x);
            }
        }

        private String fitted(String s, Face face, float size, float width) {
            String shown = s;
            while (shown.length() > 1 && fonts.width(face, size, shown) > width) {
                shown = shown.substring(0, shown.length() - 2) + "…";
            }
            return shown;
        }

        private List<String> lines(String s, Face face, float size, float width) {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : words(s, face, size, width)) {
                String tried = current.isEmpty() ? word : current + " " + word;
                if (!current.isEmpty() && fonts.width(face, size, tried) > width) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(tried);
                }
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
            }
            return lines;
        }

        /** The words of {@code s}, a word wider than the line cut into pieces that fit. */
        private List<String> words(String s, Face face, float size, float width) {
            List<String> words = new ArrayList<>();
            for (String word : s.strip().split("\\s+")) {
                String rest = word;
                while (rest.length() > 1 && fonts.width(face, size, rest) > width) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && fonts.width(face, size, rest.substring(0, cut)) > width) {
                        cut = Math.max(1, cut * 3 / 4);
                    }
                    words.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                words.add(rest);
            }
            return words;
        }

        private void write(String s, Face face, float size, float x, float baseline) throws IOException {
            out.beginText();
            out.setFont(fonts.font(face), size);
            out.newLineAtOffset(x, baseline);
            out.showText(fonts.drawn(s));
            out.endText();
        }
    }
}
