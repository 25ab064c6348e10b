package vn.thidua.unit.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import vn.thidua.audit.service.AuditService;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Roles;
import vn.thidua.unit.entity.LineageKind;
import vn.thidua.unit.entity.Province;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.entity.UnitLineage;

/**
 * Provinces as dated records (issue 15, item 2): a province's records end and continue in
 * a successor, as Đắk Nông's did in Lâm Đồng on 1 July 2025. The Board leader previews a
 * succession (what would move: units, blocs, rules, holidays, open proposals) and applies
 * it; both run the same steps in one transaction, the preview then rolls it back. The
 * province's current unit records continue under the successor (a new record each, same name,
 * linked by a lineage) through the unit succession
 * ({@link UnitSuccession}: memberships and users follow); then {@link ProvinceSuccession} is
 * fired so every area that keeps per-province data passes it on, noting what it moved in the
 * {@link SuccessionLedger}. Each province also keeps its streak rule ({@link StreakRule}).
 */
@Stateless
public class ProvinceSuccessionService {

    private static final Logger LOG = Logger.getLogger(ProvinceSuccessionService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditService audit;

    @Inject
    private SuccessionLedger ledger;

    @Inject
    private Event<UnitSuccession> unitSuccessions;

    @Inject
    private Event<ProvinceSuccession> provinceSuccessions;

    /** Every province with its dates, successor and streak rule, by name. */
    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public List<ProvinceRow> provinceRows() {
        return em.createQuery("SELECT NEW vn.thidua.unit.service.ProvinceRow(p.id, p.code, p.name, p.validFrom,"
                + " p.validTo, s.name, p.streakRule) FROM Province p LEFT JOIN p.successor s ORDER BY p.name",
                ProvinceRow.class).getResultList();
    }

    /**
     * What the succession of {@code predecessorId} by {@code successorId} from {@code effectiveFrom}
     * would move. It runs every step of {@link #applySuccession} and then rolls the transaction
     * back, so nothing changes (refusals are the same as the apply's).
     */
    @RolesAllowed(Roles.BOARD_LEADER)
    public SuccessionReport previewSuccession(@NotNull Long predecessorId, @NotNull Long successorId,
                                              @NotNull LocalDate effectiveFrom) {
        SuccessionReport report = succeed(predecessorId, successorId, effectiveFrom, false);
        context.setRollbackOnly();
        return report;
    }

    /**
     * Ends the predecessor's records the day before {@code effectiveFrom} and continues them in the
     * successor, in one transaction, audited: the current units get successor records in the
     * successor province, and every area passes on its data of the
     * effective year and later. Any refusal on the way leaves nothing moved.
     */
    @RolesAllowed(Roles.BOARD_LEADER)
    public SuccessionReport applySuccession(@NotNull Long predecessorId, @NotNull Long successorId,
                                            @NotNull LocalDate effectiveFrom) {
        return succeed(predecessorId, successorId, effectiveFrom, true);
    }

    /** Sets the rule a province's streaks follow (the registry states it where streaks show). */
    @RolesAllowed(Roles.BOARD_LEADER)
    public void changeStreakRule(@NotNull Long provinceId, @NotNull StreakRule rule) {
        Province province = province(provinceId);
        StreakRule before = province.getStreakRule();
        province.changeStreakRule(rule);
        em.flush();
        audit.record("Province", province.getId(), "STREAK_RULE", before + " → " + rule);
    }

    private SuccessionReport succeed(Long predecessorId, Long successorId, LocalDate from, boolean applied) {
        ledger.clear();
        Province old = province(predecessorId);
        Province next = province(successorId);
        old.endInto(next, from);
        em.flush();
        continueUnits(old, next, from);
        audit.record("Province", old.getId(), "PROVINCE_SUCCESSION",
                old.getCode() + " " + old.getName() + " → " + next.getCode() + " " + next.getName() + " (" + from + ")");
        provinceSuccessions.fire(new ProvinceSuccession(old.getId(), next.getId(), from));
        em.flush();
        SuccessionReport report = SuccessionReport.of(old.getName(), next.getName(), from, applied, ledger.items());
        if (applied) {
            audit.record("Province", next.getId(), "PROVINCE_SUCCESSION", summary(report));
            LOG.info(() -> "Province " + old.getId() + " succeeded by " + next.getId() + " from " + from);
        }
        return report;
    }

    /** The predecessor's current unit records continue under the successor, each as a new record. */
    private void continueUnits(Province old, Province next, LocalDate from) {
        List<Unit> current = em.createQuery("SELECT u FROM Unit u WHERE u.province = :p AND u.validTo IS NULL"
                + " ORDER BY u.id", Unit.class).setParameter("p", old).getResultList();
        Map<Long, Unit> successors = new LinkedHashMap<>();
        for (Unit unit : current) {
            if (!from.isAfter(unit.getValidFrom())) {
                throw new InvalidInputException("error.province.unitStartsLater", unit.getName());
            }
            unit.endBefore(from);
        }
        em.flush();
        for (Unit unit : current) {
            // the same body, now of the successor province: a new record under the same name (the
            // body's own rename, if any, is a separate step: UnitService#renameUnit)
            Unit successor = new Unit(next, unit.getCode(), unit.getName(), unit.getShortName(), unit.getParent(), from);
            successor.documentConvention(unit.getHeaderParent(), unit.getHeaderIssuer(), unit.getHeaderTitle(),
                    unit.getHeaderMotto(), unit.getDocSymbol(), unit.getSignerAuthority(), unit.getSignerTitle(),
                    unit.getSignerName());
            em.persist(successor);
            successors.put(unit.getId(), successor);
        }
        em.flush();
        List<Long> parentsMoved = new ArrayList<>();
        for (Unit successor : successors.values()) {
            Unit parent = successor.getParent();
            if (parent != null && successors.containsKey(parent.getId())) {
                successor.correct(successor.getCode(), successor.getShortName(), successors.get(parent.getId()));
                parentsMoved.add(successor.getId());
            }
        }
        for (Unit unit : current) {
            Unit successor = successors.get(unit.getId());
            em.persist(new UnitLineage(unit, successor, LineageKind.RENAME, from));
            audit.record("Unit", unit.getId(), "END", unit.getCode() + " " + unit.getName() + " → "
                    + successor.getName() + " (" + from + ")");
            audit.record("Unit", successor.getId(), "PROVINCE_SUCCESSION", unit.getId() + " → " + successor.getCode()
                    + " " + successor.getName() + " | " + next.getName() + " (" + from + ")");
            ledger.note(SuccessionItem.UNITS, unit.getName());
            unitSuccessions.fire(new UnitSuccession(List.of(unit.getId()), successor.getId(), from));
        }
        em.flush();
        LOG.fine(() -> "Parents re-linked to successor records: " + parentsMoved);
    }

    private static String summary(SuccessionReport report) {
        StringBuilder text = new StringBuilder();
        for (SuccessionReport.Line line : report.lines()) {
            text.append(line.kind()).append('=').append(line.getCount()).append(' ');
        }
        return text.toString().trim();
    }

    private Province province(Long id) {
        Province province = em.find(Province.class, id);
        if (province == null) {
            throw new NotFoundException("Province", id);
        }
        return province;
    }
}
