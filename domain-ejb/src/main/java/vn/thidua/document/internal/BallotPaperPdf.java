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
 * serial), Liberation Serif embedded as in every document of the portal. The page has the
 * bloc and year, the title, a table per seat (number, candidate, a box to mark), the
 * instructions and a framed area for the counting committee's stamp.
 */
public final class BallotPaperPdf {

    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float LEFT = points(20);
    private static final float RIGHT = WIDTH - points(20);
    private static final float TOP = HEIGHT - points(20);
    private static final float BODY = 13;
    private static final float ROW = 22;
    private static final float BOX = 14;

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

        Sheet(PDPageContentStream out, Fonts fonts) {
            this.out = out;
            this.fonts = fonts;
        }

        void draw(BallotPaper p) throws IOException {
            centred(text.upper(p.blocName()), Face.BOLD, 13);
            centred(text.text("ballotPaper.year", p.year()), Face.REGULAR, 12);
            y -= 10;
            centred(text.text("ballotPaper.title"), Face.BOLD, 18);
            centred(p.ballotTitle(), Face.BOLD, 14);
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
            stamp();
        }

        private void seat(BallotPaper.Seat seat) throws IOException {
            wrapped(text.text("ballotPaper.seat", text.text("seat." + seat.code()), seat.maxMarks()), Face.BOLD, BODY, LEFT);
            y -= 2;
            float boxLeft = RIGHT - 60;
            for (int i = 0; i < seat.candidates().size(); i++) {
                float top = y;
                out.setLineWidth(0.6f);
                out.addRect(LEFT, top - ROW, RIGHT - LEFT, ROW);
                out.stroke();
                write((i + 1) + ".", Face.REGULAR, BODY, LEFT + 6, top - 15);
                String name = fitted(seat.candidates().get(i), Face.REGULAR, BODY, boxLeft - LEFT - 40);
                write(name, Face.REGULAR, BODY, LEFT + 28, top - 15);
                out.addRect(boxLeft + (60 - BOX) / 2, top - ROW + (ROW - BOX) / 2, BOX, BOX);
                out.stroke();
                y = top - ROW;
            }
            y -= 12;
        }

        /** The framed area, bottom right, where the counting committee stamps each paper it issues. */
        private void stamp() throws IOException {
            float w = points(60);
            float h = points(35);
            float x = RIGHT - w;
            float top = Math.min(y - 10, points(20) + h);
            out.setLineDashPattern(new float[] {3, 3}, 0);
            out.addRect(x, top - h, w, h);
            out.stroke();
            out.setLineDashPattern(new float[] {}, 0);
            String label = text.text("ballotPaper.stamp");
            write(label, Face.ITALIC, 10, x + (w - fonts.width(Face.ITALIC, 10, label)) / 2, top - 14);
        }

        private void centred(String s, Face face, float size) throws IOException {
            for (String part : lines(s, face, size, RIGHT - LEFT)) {
                y -= size * 1.3f;
                write(part, face, size, (LEFT + RIGHT - fonts.width(face, size, part)) / 2, y);
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
            for (String word : s.split("\\s+")) {
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

        private void write(String s, Face face, float size, float x, float baseline) throws IOException {
            out.beginText();
            out.setFont(fonts.font(face), size);
            out.newLineAtOffset(x, baseline);
            out.showText(fonts.drawn(s));
            out.endText();
        }
    }
}
