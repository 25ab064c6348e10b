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
import vn.thidua.document.internal.OfficialDocument.Layout;
import vn.thidua.document.internal.OfficialDocument.Signature;

/**
 * Draws an {@link OfficialDocument} as a PDF: A4, the decree's margins, Liberation Serif
 * embedded, the header in two columns (issuer under its parent body with the short rule;
 * title and motto with the rule under the motto; number line; place and date in italics),
 * type and summary in bold, "Kính gửi", a justified body with first-line indent, "Nơi nhận"
 * beside the signature block, and page numbers centred in the top margin from page 2. A word
 * wider than the line is broken across lines instead of running off the page.
 */
public final class PdfRenderer {

    private static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    private static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    private static final float LEFT = points(Layout.LEFT_MM);
    private static final float RIGHT = PAGE_WIDTH - points(Layout.RIGHT_MM);
    private static final float TOP = PAGE_HEIGHT - points(Layout.TOP_MM);
    private static final float BOTTOM = points(Layout.BOTTOM_MM);
    private static final float LINE = 1.2f;

    private final PDDocument document = new PDDocument();
    private final Fonts fonts = new Fonts(document);
    private PDPageContentStream page;
    /** The baseline of the next line's top: the next line is drawn with its top here. */
    private float y;

    private PdfRenderer() {
        newPage();
    }

    /** The document as PDF bytes. */
    public static byte[] render(OfficialDocument d) {
        return new PdfRenderer().draw(d);
    }

    private byte[] draw(OfficialDocument d) {
        header(d);
        centredBlock(d.kind(), Face.BOLD, Layout.KIND, LEFT, RIGHT);
        if (d.summary() != null && !d.summary().isBlank()) {
            float widest = centredBlock(d.summary(), Face.BOLD, Layout.KIND, LEFT + 30, RIGHT - 30);
            y -= 5;
            rule((LEFT + RIGHT) / 2, Math.max(widest, 60) / 3);
        }
        y -= 12;
        for (String addressee : d.addressees()) {
            centredBlock(addressee, Face.REGULAR, Layout.BODY, LEFT, RIGHT);
        }
        if (!d.addressees().isEmpty()) {
            y -= 8;
        }
        for (String paragraph : d.paragraphs()) {
            if (paragraph != null && !paragraph.isBlank()) {
                for (String raw : paragraph.split("\\R")) {
                    justified(raw);
                }
            }
        }
        y -= 8;
        signatures(d);
        return finish();
    }

    // ---- the parts ----

    private void header(OfficialDocument d) {
        float split = LEFT + points(Layout.ISSUER_COLUMN_MM);
        float top = y;
        float widest = 0;
        if (d.parentBody() != null && !d.parentBody().isBlank()) {
            widest = centredBlock(d.parentBody(), Face.REGULAR, Layout.HEADER, LEFT, split);
        }
        widest = Math.max(widest, centredBlock(d.issuer(), Face.BOLD, Layout.HEADER, LEFT, split));
        y -= 5;
        rule((LEFT + split) / 2, widest * 0.4f);
        float leftEnd = y;
        y = top;
        float title = centredBlock(d.title(), Face.BOLD, Layout.TITLE, split, RIGHT);
        if (d.motto() != null && !d.motto().isBlank()) {
            float motto = centredBlock(d.motto(), Face.BOLD, Layout.MOTTO, split, RIGHT);
            y -= 5;
            rule((split + RIGHT) / 2, motto);
        } else {
            // a title of its own without a motto (the Youth Union's) is underlined
            y -= 5;
            rule((split + RIGHT) / 2, title);
        }
        y = Math.min(y, leftEnd) - 8;
        float below = y;
        centredBlock(d.numberLine(), Face.REGULAR, Layout.NUMBER, LEFT, split);
        float numberEnd = y;
        y = below;
        centredBlock(d.placeAndDate(), Face.ITALIC, Layout.DATE, split, RIGHT);
        y = Math.min(y, numberEnd) - 18;
    }

    /** "Nơi nhận" beside the one signature, or the signatures two by two (minutes, covenant) with "Nơi nhận" under them. */
    private void signatures(OfficialDocument d) {
        List<Signature> all = d.signatures();
        float middle = (LEFT + RIGHT) / 2;
        if (all.size() <= 1) {
            List<Signature> right = all.isEmpty() ? List.of() : List.of(all.get(all.size() - 1));
            need(recipientsHeight(d) + 20, signatureHeight(right));
            float top = y;
            if (!d.recipients().isEmpty()) {
                lines(d.recipientsHeading(), Face.BOLD_ITALIC, Layout.RECIPIENTS_HEADING, LEFT, middle - 10);
                for (String r : d.recipients()) {
                    lines(r, Face.REGULAR, Layout.RECIPIENTS, LEFT, middle - 10);
                }
            }
            float leftEnd = y;
            y = top;
            for (Signature s : right) {
                signature(s, middle, RIGHT);
            }
            y = Math.min(y, leftEnd);
            return;
        }
        for (int i = 0; i < all.size(); i += 2) {
            Signature left = all.get(i);
            Signature right = i + 1 < all.size() ? all.get(i + 1) : null;
            need(signatureHeight(List.of(left)) + Layout.SIGNATURE * LINE * 2, 0);
            // both heads, then both names on one line
            float top = y;
            head(left, LEFT, middle - 6);
            float leftEnd = y;
            y = top;
            if (right != null) {
                head(right, middle + 6, RIGHT);
            }
            y = Math.min(y, leftEnd) - 62;
            float names = y;
            centredBlock(left.name() == null ? "" : left.name(), Face.BOLD, Layout.SIGNATURE, LEFT, middle - 6);
            float namesEnd = y;
            if (right != null) {
                y = names;
                centredBlock(right.name() == null ? "" : right.name(), Face.BOLD, Layout.SIGNATURE, middle + 6, RIGHT);
            }
            y = Math.min(y, namesEnd) - 14;
        }
        // several signatures (minutes, covenant): "Nơi nhận" under them, on the left
        need(recipientsHeight(d), 0);
        if (!d.recipients().isEmpty()) {
            lines(d.recipientsHeading(), Face.BOLD_ITALIC, Layout.RECIPIENTS_HEADING, LEFT, middle - 10);
            for (String r : d.recipients()) {
                lines(r, Face.REGULAR, Layout.RECIPIENTS, LEFT, middle - 10);
            }
        }
    }

    private void signature(Signature s, float from, float to) {
        head(s, from, to);
        y -= 62;
        centredBlock(s.name() == null ? "" : s.name(), Face.BOLD, Layout.SIGNATURE, from, to);
    }

    /** The authority form (where it applies) and the title. */
    private void head(Signature s, float from, float to) {
        if (s.authority() != null && !s.authority().isBlank()) {
            centredBlock(s.authority(), Face.BOLD, Layout.SIGNATURE, from, to);
        }
        centredBlock(s.title(), Face.BOLD, Layout.SIGNATURE, from, to);
    }

    private static float signatureHeight(List<Signature> signatures) {
        return signatures.isEmpty() ? 0 : 3 * Layout.SIGNATURE * LINE + 62;
    }

    private static float recipientsHeight(OfficialDocument d) {
        return d.recipients().isEmpty() ? 0
                : Layout.RECIPIENTS_HEADING * LINE + d.recipients().size() * Layout.RECIPIENTS * LINE;
    }

    // ---- text ----

    /** Lines of {@code text} centred between {@code from} and {@code to}; returns the widest line's width. */
    private float centredBlock(String text, Face face, float size, float from, float to) {
        float widest = 0;
        for (String line : wrap(text == null ? "" : text, face, size, to - from, to - from)) {
            need(size * LINE, 0);
            float w = fonts.width(face, size, line);
            widest = Math.max(widest, w);
            y -= size;
            write(face, size, (from + to - w) / 2, line);
            y -= size * (LINE - 1);
        }
        return widest;
    }

    /** Lines of {@code text} from {@code from}, left aligned. */
    private void lines(String text, Face face, float size, float from, float to) {
        for (String line : wrap(text, face, size, to - from, to - from)) {
            y -= size;
            write(face, size, from, line);
            y -= size * (LINE - 1);
        }
    }

    /** A body paragraph: justified, the first line indented, the last line left aligned. */
    private void justified(String text) {
        float size = Layout.BODY;
        float indent = points(Layout.INDENT_MM);
        float width = RIGHT - LEFT;
        List<String> lines = wrap(text, Face.REGULAR, size, width - indent, width);
        for (int i = 0; i < lines.size(); i++) {
            need(size * LINE, 0);
            y -= size;
            float x = LEFT + (i == 0 ? indent : 0);
            float available = width - (i == 0 ? indent : 0);
            String[] words = lines.get(i).split(" ");
            if (i == lines.size() - 1 || words.length < 2) {
                write(Face.REGULAR, size, x, lines.get(i));
            } else {
                float used = 0;
                for (String w : words) {
                    used += fonts.width(Face.REGULAR, size, w);
                }
                float gap = (available - used) / (words.length - 1);
                for (String w : words) {
                    write(Face.REGULAR, size, x, w);
                    x += fonts.width(Face.REGULAR, size, w) + gap;
                }
            }
            y -= size * (LINE - 1);
        }
        y -= Layout.PARAGRAPH_AFTER;
    }

    private List<String> wrap(String text, Face face, float size, float firstWidth, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : fonts.drawn(text).split(" ")) {
            float max = lines.isEmpty() ? firstWidth : width;
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && fonts.width(face, size, candidate) > max) {
                lines.add(line.toString());
                line = new StringBuilder(word);
                max = width;
            } else {
                line = new StringBuilder(candidate);
            }
            if (fonts.width(face, size, line.toString()) > max) {
                // a word wider than the line: as much of it per line as fits
                List<String> pieces = split(line.toString(), face, size, max, width);
                lines.addAll(pieces.subList(0, pieces.size() - 1));
                line = new StringBuilder(pieces.get(pieces.size() - 1));
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** {@code text} cut into pieces each at most the line's width (at least one code point each). */
    private List<String> split(String text, Face face, float size, float firstWidth, float width) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        float pieceWidth = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            String c = new String(Character.toChars(text.codePointAt(i)));
            float w = fonts.width(face, size, c);
            if (!piece.isEmpty() && pieceWidth + w > (pieces.isEmpty() ? firstWidth : width)) {
                pieces.add(piece.toString());
                piece = new StringBuilder();
                pieceWidth = 0;
            }
            piece.append(c);
            pieceWidth += w;
        }
        pieces.add(piece.toString());
        return pieces;
    }

    private void write(Face face, float size, float x, String text) {
        if (text.isEmpty()) {
            return;
        }
        try {
            page.beginText();
            page.setFont(fonts.font(face), size);
            page.newLineAtOffset(x, y);
            page.showText(fonts.drawn(text));
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A horizontal rule of {@code length} centred at {@code centre}, just under the last line. */
    private void rule(float centre, float length) {
        try {
            page.setLineWidth(0.6f);
            page.moveTo(centre - length / 2, y);
            page.lineTo(centre + length / 2, y);
            page.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 4;
    }

    // ---- pages ----

    private void need(float height, float more) {
        if (y - height - more < BOTTOM) {
            try {
                page.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            newPage();
        }
    }

    private void newPage() {
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        try {
            page = new PDPageContentStream(document, next);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = TOP;
    }

    /** Page numbers from page 2, centred in the top margin; then the bytes. */
    private byte[] finish() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page.close();
            for (int i = 1; i < document.getNumberOfPages(); i++) {
                try (PDPageContentStream number = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String text = String.valueOf(i + 1);
                    float w = fonts.width(Face.REGULAR, Layout.PAGE_NUMBER, text);
                    number.beginText();
                    number.setFont(fonts.font(Face.REGULAR), Layout.PAGE_NUMBER);
                    number.newLineAtOffset((LEFT + RIGHT - w) / 2, TOP + (PAGE_HEIGHT - TOP - Layout.PAGE_NUMBER) / 2);
                    number.showText(text);
                    number.endText();
                }
            }
            document.save(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
