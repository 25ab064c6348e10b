package vn.thidua.document.internal;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

import vn.thidua.shared.PlainDates;

/**
 * The words of the portal's documents, from the documents bundle
 * ({@code vn/thidua/document/documents_vi.properties}, Vietnamese, with
 * {@code documents.properties} in English). Official documents are issued in Vietnamese.
 */
public final class DocumentText {

    /** The language of official documents. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final String BUNDLE = "vn.thidua.document.documents";

    private final ResourceBundle bundle;
    private final Locale locale;

    public DocumentText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, DocumentText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static DocumentText vietnamese() {
        return new DocumentText(VIETNAMESE);
    }

    /**
     * The text of a key with its arguments ({@link MessageFormat}; whole numbers are not
     * grouped; dates and moments as {@code dd/MM/yyyy}, see {@link PlainDates}).
     */
    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof java.time.temporal.Temporal || args[i] instanceof java.util.Date) {
                shown[i] = PlainDates.format(args[i]);
            } else {
                shown[i] = args[i] instanceof Number n && !(args[i] instanceof java.math.BigDecimal) ? String.valueOf(n) : args[i];
            }
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** Upper case by the document language's rules. */
    public String upper(String text) {
        return text.toUpperCase(locale);
    }

    /** "Đắk Nông, ngày 05 tháng 01 năm 2024": days 1-9 and months 1-2 zero-padded (Decree 30). */
    public String placeAndDate(String place, LocalDate date) {
        int month = date.getMonthValue();
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String monthText = month < 3 ? "0" + month : String.valueOf(month);
        return text("document.placeAndDate", place, day, monthText, String.valueOf(date.getYear()));
    }
}
