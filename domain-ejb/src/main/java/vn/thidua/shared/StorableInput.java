package vn.thidua.shared;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a form class: every text field of the form can be stored exactly as entered, and every
 * date field lies between {@link StorableInputValidator#FIRST_DATE} and
 * {@link StorableInputValidator#LAST_DATE}. Text with an unpaired UTF-16 surrogate has no
 * UTF-8 form: the database driver would store it with a '?' in its place, silently (found by
 * the hostile-input corpus, issue 12); a date such as year 99999 is beyond what the database
 * holds, and one such as year 0201 is a typing slip. Each offending field is reported under
 * its own name ({@code input.text.malformed}, {@code input.date.range}). Nested forms
 * ({@code @Valid} lists) carry the annotation themselves. On a service method's parameter
 * (free text passed without a form class: a reason, a title, a list of names) it checks that
 * text, each text of a collection or each text value of a map.
 */
@Documented
@Constraint(validatedBy = StorableInputValidator.class)
@Target({ElementType.TYPE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface StorableInput {

    String message() default "{input.text.malformed}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
