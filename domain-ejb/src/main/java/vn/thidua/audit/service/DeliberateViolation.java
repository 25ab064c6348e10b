package vn.thidua.audit.service;

import jakarta.inject.Inject;

import vn.thidua.unit.service.UnitService;

/** DELIBERATE VIOLATION (removed in the next commit): audit uses unit, and unit already uses audit, a cycle. */
public class DeliberateViolation {

    @Inject
    private UnitService units;

    public Object unit(Long id) {
        return units.unit(id);
    }
}
