package vn.thidua.unit.service;

import java.time.LocalDate;
import java.util.List;

/**
 * Fired (synchronously, inside the transaction of the rename or merge) when unit records
 * are succeeded, so that other areas pass what they hold for later years to the successor.
 */
public record UnitSuccession(List<Long> predecessorIds, Long successorId, LocalDate effectiveFrom) {
}
