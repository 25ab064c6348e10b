package vn.thidua.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A PDF in the layout of Vietnamese administrative documents (Decree 30/2020/NĐ-CP):
 * issuer top left, national title and motto top right, place and date, the document's
 * title centred, the body, and the signature block. The font (Liberation Sans, shipped
 * inside PDFBox) is embedded, so Vietnamese renders and extracts exactly. A character the
 * font has no glyph for is drawn as '?' (an invisible control or format character, such as
 * NUL or a right-to-left override, is left out) instead of failing the whole document, and a
 * word wider than the line is broken across lines instead of running off the page (both
 * found by the hostile-input corpus).
 */
public final class OfficialPdf {

    private static final float MARGIN_LEFT = 85;   // 30 mm
    private static final float MARGIN_RIGHT = 57;  // 20 mm
    private static final float TOP = 800;
    private static final float BOTTOM = 60;
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final PDDocument document = new PDDocument();
    private final PDFont font;
    private PDPageContentStream page;
    private float y;
    /** Whether the font can draw a code point, by code point. */
    private final Map<Integer, Boolean> drawable = new HashMap<>();

    public OfficialPdf() {
        try (InputStream in = OfficialPdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("font not found: " + FONT);
            }
            font = PDType0Font.load(document, in, true);
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The heading: issuer under its parent body on the left, national title and motto on the
     * right, then place and date; every word comes from the caller (the documents bundle).
     */
    public OfficialPdf heading(String issuerParent, String issuer, String nationalTitle, String motto,
                               String placeAndDate) {
        return heading(issuerParent, issuer, nationalTitle, motto, null, placeAndDate);
    }

    /**
     * The heading with the document's number line ("Số: 05/TTr-KTĐ03") under the issuer, on
     * the line of place and date; no number line when {@code numberLine} is null.
     */
    public OfficialPdf heading(String issuerParent, String issuer, String nationalTitle, String motto,
                               String numberLine, String placeAndDate) {
        float left = MARGIN_LEFT + 80;
        float right = PDRectangle.A4.getWidth() - MARGIN_RIGHT - 130;
        centredAt(left, 11, issuerParent);
        centredAt(right, 11, nationalTitle);
        y -= 15;
        centredAt(left, 11, issuer);
        centredAt(right, 12, motto);
        y -= 30;
        if (numberLine != null) {
            centredAt(left, 12, numberLine);
        }
        centredAt(right, 12, placeAndDate);
        y -= 35;
        return this;
    }

    public OfficialPdf title(String title, String subtitle) {
        centredAt(PDRectangle.A4.getWidth() / 2, 14, title);
        y -= 18;
        for (String line : wrap(subtitle, 12, width() - 60)) {
            centredAt(PDRectangle.A4.getWidth() / 2, 12, line);
            y -= 16;
        }
        y -= 14;
        return this;
    }

    public OfficialPdf paragraph(String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        for (String raw : text.split("\\R")) {
            for (String line : wrap(raw, 12, width())) {
                need(16);
                write(MARGIN_LEFT, 12, line);
                y -= 16;
            }
        }
        y -= 6;
        return this;
    }

    /** Two signature columns: a role in capitals, space to sign, the name. */
    public OfficialPdf signatures(String leftRole, String leftName, String rightRole, String rightName) {
        need(110);
        float left = MARGIN_LEFT + 90;
        float right = PDRectangle.A4.getWidth() - MARGIN_RIGHT - 110;
        y -= 10;
        centredAt(left, 12, leftRole);
        centredAt(right, 12, rightRole);
        y -= 70;
        centredAt(left, 12, leftName == null ? "" : leftName);
        centredAt(right, 12, rightName == null ? "" : rightName);
        y -= 16;
        return this;
    }

    public byte[] toPdf() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page.close();
            document.save(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> wrap(String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : drawn(text).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(candidate, size) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
            if (width(line.toString(), size) > maxWidth) {
                // a word wider than the line: as much of it per line as fits
                List<String> pieces = split(line.toString(), size, maxWidth);
                lines.addAll(pieces.subList(0, pieces.size() - 1));
                line = new StringBuilder(pieces.get(pieces.size() - 1));
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** {@code text} cut into pieces each at most {@code maxWidth} wide (at least one code point each). */
    private List<String> split(String text, float size, float maxWidth) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        float pieceWidth = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            String c = new String(Character.toChars(text.codePointAt(i)));
            float w = width(c, size);
            if (!piece.isEmpty() && pieceWidth + w > maxWidth) {
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

    /** The text as the font can draw it: '?' for a character without a glyph, controls and format characters left out. */
    private String drawn(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (drawable.computeIfAbsent(cp, this::hasGlyph)) {
                out.appendCodePoint(cp);
            } else {
                int type = Character.getType(cp);
                if (type != Character.CONTROL && type != Character.FORMAT) {
                    out.append('?');
                }
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        if (Character.isSurrogate((char) codePoint) && Character.isBmpCodePoint(codePoint)) {
            return false;
        }
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private void centredAt(float centre, float size, String text) {
        write(centre - width(text, size) / 2, size, text);
    }

    private void write(float x, float size, String text) {
        try {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, y);
            page.showText(drawn(text));
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float width(String text, float size) {
        try {
            return font.getStringWidth(drawn(text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float width() {
        return PDRectangle.A4.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;
    }

    private void need(float height) {
        if (y - height < BOTTOM) {
            try {
                page.close();
                newPage();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void newPage() throws IOException {
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = TOP;
    }
}
