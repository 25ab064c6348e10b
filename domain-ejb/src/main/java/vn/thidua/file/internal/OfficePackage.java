package vn.thidua.file.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * What an Office Open XML file (a ZIP package) declares, read from the ZIP's central
 * directory as Word and Excel read it: the part names and the content types of
 * {@code [Content_Types].xml}. Nothing else is inflated, so a crafted archive cannot make
 * the check expensive. Works on the uploaded bytes in place (no copy).
 */
public final class OfficePackage {

    private static final int EOCD_SIGNATURE = 0x06054b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final int EOCD_MIN = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int MAX_CONTENT_TYPES_BYTES = 1024 * 1024;
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final Pattern CONTENT_TYPE = Pattern.compile("ContentType\\s*=\\s*\"([^\"]*)\"");

    private final List<String> partNames;
    private final List<String> contentTypes;

    private OfficePackage(List<String> partNames, List<String> contentTypes) {
        this.partNames = Collections.unmodifiableList(partNames);
        this.contentTypes = Collections.unmodifiableList(contentTypes);
    }

    /** The package in {@code zip}, or null when it is no readable ZIP with a {@code [Content_Types].xml}. */
    public static OfficePackage read(byte[] zip) {
        try {
            return parse(zip);
        } catch (IndexOutOfBoundsException | DataFormatException e) {
            return null;
        }
    }

    /** Every part name of the package, as stored. */
    public List<String> partNames() {
        return partNames;
    }

    /** Every content type that {@code [Content_Types].xml} declares (defaults and overrides). */
    public List<String> contentTypes() {
        return contentTypes;
    }

    public boolean declares(String contentType) {
        return contentTypes.stream().anyMatch(t -> t.equalsIgnoreCase(contentType));
    }

    /**
     * Whether the package carries macros: a VBA project part ({@code vbaProject.bin}), or
     * a macro-enabled content type (Word .docm/.dotm, Excel .xlsm/.xltm/.xlam, the VBA
     * project type).
     */
    public boolean hasMacros() {
        return partNames.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))
                || contentTypes.stream().map(t -> t.toLowerCase(Locale.ROOT))
                        .anyMatch(t -> t.contains("macroenabled") || t.equals("application/vnd.ms-office.vbaproject"));
    }

    private static OfficePackage parse(byte[] zip) throws DataFormatException {
        int eocd = findEndOfCentralDirectory(zip);
        if (eocd < 0) {
            return null;
        }
        int entries = u16(zip, eocd + 10);
        long directoryOffset = u32(zip, eocd + 16);
        if (directoryOffset >= zip.length) {
            return null;
        }
        List<String> names = new ArrayList<>();
        String contentTypesXml = null;
        int at = (int) directoryOffset;
        for (int i = 0; i < entries; i++) {
            if (u32(zip, at) != CENTRAL_SIGNATURE) {
                return null;
            }
            int method = u16(zip, at + 10);
            long compressed = u32(zip, at + 20);
            long size = u32(zip, at + 24);
            int nameLength = u16(zip, at + 28);
            int extraLength = u16(zip, at + 30);
            int commentLength = u16(zip, at + 32);
            long localOffset = u32(zip, at + 42);
            String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
            names.add(name);
            if (CONTENT_TYPES.equals(name)) {
                contentTypesXml = entryText(zip, localOffset, method, compressed, size);
            }
            at += 46 + nameLength + extraLength + commentLength;
        }
        if (contentTypesXml == null) {
            return null;
        }
        List<String> types = new ArrayList<>();
        Matcher m = CONTENT_TYPE.matcher(contentTypesXml);
        while (m.find()) {
            types.add(m.group(1).strip());
        }
        return new OfficePackage(names, types);
    }

    private static int findEndOfCentralDirectory(byte[] zip) {
        int lowest = Math.max(0, zip.length - EOCD_MIN - MAX_COMMENT);
        for (int i = zip.length - EOCD_MIN; i >= lowest; i--) {
            if (u32(zip, i) == EOCD_SIGNATURE) {
                return i;
            }
        }
        return -1;
    }

    private static String entryText(byte[] zip, long localOffset, int method, long compressed, long size)
            throws DataFormatException {
        if (localOffset + 30 > zip.length || u32(zip, (int) localOffset) != LOCAL_SIGNATURE
                || size > MAX_CONTENT_TYPES_BYTES || compressed > zip.length) {
            return null;
        }
        int start = (int) localOffset + 30 + u16(zip, (int) localOffset + 26) + u16(zip, (int) localOffset + 28);
        if (start + compressed > zip.length) {
            return null;
        }
        if (method == 0) {
            return new String(zip, start, (int) compressed, StandardCharsets.UTF_8);
        }
        if (method != 8) {
            return null;
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(zip, start, (int) compressed);
            byte[] out = new byte[(int) size];
            int n = 0;
            while (n < out.length && !inflater.finished()) {
                int got = inflater.inflate(out, n, out.length - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += got;
            }
            return new String(out, 0, n, StandardCharsets.UTF_8);
        } finally {
            inflater.end();
        }
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }
}
