package vn.thidua.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks {@link StorableInput}: a text, a date, a collection or map of them, or else a form
 * object's own text and date fields (found once per class).
 */
public class StorableInputValidator implements ConstraintValidator<StorableInput, Object> {

    /** The earliest date a form takes (units founded before it are entered with this date). */
    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    /** The latest date a form takes: the last year the portal plans for. */
    public static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);

    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

    @Override
    public boolean isValid(Object form, ConstraintValidatorContext context) {
        if (form == null) {
            return true;
        }
        if (form instanceof String || form instanceof LocalDate || form instanceof Collection<?> || form instanceof Map<?, ?>) {
            Collection<?> values = form instanceof Collection<?> c ? c : form instanceof Map<?, ?> m ? m.values() : List.of(form);
            for (Object value : values) {
                String key = problem(value);
                if (key != null) {
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(key).addConstraintViolation();
                    return false;
                }
            }
            return true;
        }
        boolean valid = true;
        for (Field field : fields(form.getClass())) {
            Object value;
            try {
                value = field.get(form);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + field, e);
            }
            String key = problem(value);
            if (key != null) {
                if (valid) {
                    context.disableDefaultConstraintViolation();
                }
                valid = false;
                context.buildConstraintViolationWithTemplate(key).addPropertyNode(field.getName()).addConstraintViolation();
            }
        }
        return valid;
    }

    /** The message template for a value that cannot be stored as given, null when it can. */
    private static String problem(Object value) {
        if (value instanceof String text && !wellFormed(text)) {
            return "{input.text.malformed}";
        }
        if (value instanceof LocalDate date && (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE))) {
            return "{input.date.range}";
        }
        return null;
    }

    /** True when {@code text} has no unpaired surrogate, i.e. it has a UTF-8 form. */
    public static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static List<Field> fields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, t -> {
            List<Field> found = new ArrayList<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && (f.getType() == String.class || f.getType() == LocalDate.class)) {
                        f.setAccessible(true);
                        found.add(f);
                    }
                }
            }
            return List.copyOf(found);
        });
    }
}
