package vn.thidua.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.LocalDate;

import vn.thidua.unit.service.ProvinceSuccession;

/**
 * Fires {@link ProvinceSuccession} in a transaction of its own, as the unit area does when it
 * applies a province's succession, so the observers run in that transaction.
 */
@Stateless
@PermitAll
public class ProvinceSuccessionFiring {

    @Inject
    private Event<ProvinceSuccession> successions;

    public void fire(Long predecessorId, Long successorId, LocalDate effectiveFrom) {
        successions.fire(new ProvinceSuccession(predecessorId, successorId, effectiveFrom));
    }
}
