package vn.thidua.scoring.service;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;

import vn.thidua.shared.StorableInput;

/**
 * The cross-checker's points on one of the checked unit's scores, with the reason (required
 * when they differ from the unit's own points).
 */
public record CrossCheckItem(@NotNull Long assessmentId,
                             @NotNull(message = "{score.points.required}")
                             @Digits(integer = 5, fraction = 2, message = "{points.digits}") BigDecimal points,
                             @Size(max = 1000, message = "{review.reason.size}") @StorableInput String reason)
        implements Serializable {
}
