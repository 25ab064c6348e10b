package vn.thidua.unit.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.logging.Logger;

import vn.thidua.audit.service.AuditService;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Roles;
import vn.thidua.unit.entity.Province;
import vn.thidua.unit.entity.Unit;

/**
 * The unit record that stands for a province's Emulation and Commendation Board where the
 * Board issues documents of its own: its register of numbers ("01/TTr-BTĐKT") and its
 * document convention (who signs, set on the unit form like any unit's).
 */
@Stateless
public class BoardUnitService {

    /** The code of a province's Board unit is this prefix and the province's code ("BTDKT-DNO"). */
    public static final String BOARD_CODE_PREFIX = "BTDKT-";

    private static final Logger LOG = Logger.getLogger(BoardUnitService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UnitService units;

    @Inject
    private AuditService audit;

    /**
     * The current unit with the code {@value #BOARD_CODE_PREFIX} + the province's code,
     * created on first use under {@code name} and {@code shortName} (the caller's words, from
     * the documents bundle). The province's row is locked first, so two nodes never create it
     * twice. Runs in the caller's transaction; the creation is audited.
     */
    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Unit boardUnit(@NotNull Long provinceId, @NotNull String name, @NotNull String shortName) {
        Province province = em.find(Province.class, provinceId, LockModeType.PESSIMISTIC_WRITE);
        if (province == null) {
            throw new NotFoundException("Province", provinceId);
        }
        String code = BOARD_CODE_PREFIX + province.getCode();
        return units.currentUnit(code).orElseGet(() -> {
            Unit unit = new Unit(province, code, name, shortName, null, LocalDate.now());
            em.persist(unit);
            em.flush();
            audit.record("Unit", unit.getId(), "CREATE", code + " " + name);
            LOG.info(() -> "Board unit " + code + " created: " + unit.getId());
            return unit;
        });
    }
}
