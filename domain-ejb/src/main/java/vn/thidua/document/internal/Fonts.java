package vn.thidua.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The four faces of the documents' font (Liberation Serif 2: Times New Roman metrics, every
 * Vietnamese letter), loaded into one PDF, with what both renderers need from them: the
 * width of a text and the text as the font can draw it ('?' for a character without a
 * glyph, control and format characters left out, as the hostile-input corpus asks).
 */
public final class Fonts {

    /** The faces: regular, bold, italic, bold italic. */
    public enum Face {
        REGULAR("LiberationSerif-Regular.ttf"), BOLD("LiberationSerif-Bold.ttf"),
        ITALIC("LiberationSerif-Italic.ttf"), BOLD_ITALIC("LiberationSerif-BoldItalic.ttf");

        private final String file;

        Face(String file) {
            this.file = file;
        }
    }

    private final Map<Face, PDFont> faces = new EnumMap<>(Face.class);
    private final Map<Integer, Boolean> drawable = new HashMap<>();

    /** The faces embedded (as subsets) in {@code document}. */
    public Fonts(PDDocument document) {
        for (Face face : Face.values()) {
            String path = OfficialDocument.Layout.FONT_DIR + face.file;
            try (InputStream in = Fonts.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("font not found: " + path);
                }
                faces.put(face, PDType0Font.load(document, in, true));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public PDFont font(Face face) {
        return faces.get(face);
    }

    /** The width of {@code text} (as drawn) in points. */
    public float width(Face face, float size, String text) {
        try {
            return faces.get(face).getStringWidth(drawn(text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as the font can draw it: '?' for a character without a glyph, controls and format characters left out. */
    public String drawn(String text) {
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
        String c = new String(Character.toChars(codePoint));
        for (PDFont font : faces.values()) {
            try {
                font.encode(c);
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }
        return true;
    }
}
