package vn.thidua.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Text from the portal's resource bundle in the view's language. */
public final class Messages {

    public static final String BUNDLE = "vn.thidua.web.i18n.messages";

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context != null && context.getViewRoot() != null
                ? context.getViewRoot().getLocale() : Locale.forLanguageTag("vi");
        return text(locale, key, arguments);
    }

    public static String text(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader())
                    .getString("error.unexpected");
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(plain(arguments));
    }

    /**
     * Whole numbers as written (a year is "2024", not "2.024"), days as dd/MM/yyyy; amounts of
     * money are formatted by the pages themselves.
     */
    private static Object[] plain(Object[] arguments) {
        Object[] plain = arguments.clone();
        for (int i = 0; i < plain.length; i++) {
            if (plain[i] instanceof Integer || plain[i] instanceof Long) {
                plain[i] = String.valueOf(plain[i]);
            } else if (plain[i] instanceof java.math.BigDecimal decimal) {
                plain[i] = decimal.stripTrailingZeros().toPlainString();
            } else if (plain[i] instanceof java.time.LocalDate || plain[i] instanceof java.time.LocalDateTime) {
                plain[i] = vn.thidua.shared.PlainDates.format(plain[i]);
            }
        }
        return plain;
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
