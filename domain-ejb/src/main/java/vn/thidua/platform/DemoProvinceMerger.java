package vn.thidua.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;

import vn.thidua.shared.Roles;
import vn.thidua.unit.service.ProvinceSuccessionService;

/**
 * The demo story's province merger, applied as the Board leader would (a succession is the
 * Board leader's step) while {@link DemoData} loads as a Board specialist. Works only in a
 * demo installation ({@code thidua.demo-data=true}).
 */
@Stateless
@DeclareRoles({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
@RunAs(Roles.BOARD_LEADER)
public class DemoProvinceMerger {

    @Inject
    private ProvinceSuccessionService provinces;

    @RolesAllowed(Roles.BOARD_SPECIALIST)
    public void merge(Long predecessorId, Long successorId, LocalDate effectiveFrom) {
        if (!Boolean.getBoolean(DemoData.ENABLED_PROPERTY)) {
            throw new IllegalStateException("demo data only");
        }
        provinces.applySuccession(predecessorId, successorId, effectiveFrom);
    }
}
