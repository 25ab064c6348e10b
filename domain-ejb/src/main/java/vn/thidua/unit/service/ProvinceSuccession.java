package vn.thidua.unit.service;

import java.time.LocalDate;

/**
 * Fired (synchronously, inside the transaction that applies it) when a province's records end
 * and continue in a successor province, as Đắk Nông's did in Lâm Đồng on 1 July 2025. Each area
 * that keeps data per province observes it and passes to the successor what it holds from
 * {@code effectiveFrom} on (blocs, units, rules, calendar, settings, open proposals), so the
 * whole succession commits or rolls back as one.
 */
public record ProvinceSuccession(Long predecessorId, Long successorId, LocalDate effectiveFrom) {
}
