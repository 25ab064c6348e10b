package vn.thidua.bloc.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import vn.thidua.audit.service.AuditService;
import vn.thidua.bloc.entity.Bloc;
import vn.thidua.bloc.entity.BlocYearRules;
import vn.thidua.bloc.entity.Leadership;
import vn.thidua.bloc.entity.LeadershipRole;
import vn.thidua.bloc.entity.Membership;
import vn.thidua.shared.ConcurrentEditException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Roles;
import vn.thidua.unit.entity.Province;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.service.UnitLineageService;
import vn.thidua.unit.service.UnitService;

/**
 * Changes to a bloc's year: the Board's form (the bloc's details with the year's members,
 * leader and deputy, saved whole) and the leadership a confirmed leadership ballot
 * elected. Every change bumps the bloc's version, so two edits of one bloc (any year)
 * cannot both win, and is audited with a before/after summary.
 */
@Stateless
public class BlocYearService {

    private static final Logger LOG = Logger.getLogger(BlocYearService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private UnitService units;

    @Inject
    private UnitLineageService lineages;

    @Inject
    private BlocAccess access;

    @Inject
    private AuditService audit;

    /** The edit form of a bloc year (an empty year of an existing bloc has no members yet). */
    @RolesAllowed(Roles.BOARD_SPECIALIST)
    public BlocYearForm loadBlocYear(@NotNull Long blocId, int year) {
        Bloc bloc = bloc(blocId);
        BlocYearForm form = new BlocYearForm();
        form.setBlocId(bloc.getId());
        form.setVersion(bloc.getVersion());
        form.setProvinceId(bloc.provinceIn(year).getId());
        form.setCode(bloc.getCode());
        form.setName(bloc.getName());
        form.setDescription(bloc.getDescription());
        form.setYear(year);
        form.setMemberUnitIds(memberships(bloc, year).stream().map(m -> m.getUnit().getId()).toList());
        for (Leadership l : leaderships(bloc, year)) {
            if (l.getRole() == LeadershipRole.LEADER) {
                form.setLeaderUnitId(l.getUnit().getId());
            } else {
                form.setDeputyUnitId(l.getUnit().getId());
            }
        }
        return form;
    }

    /**
     * Creates a bloc or changes one, with its members, leader and deputy for the form's
     * year, in one transaction. A stale form (someone saved the bloc since it was loaded)
     * is refused whole with {@link ConcurrentEditException}.
     */
    @RolesAllowed(Roles.BOARD_SPECIALIST)
    public Bloc saveBlocYear(@NotNull @Valid BlocYearForm form) {
        BlocYearRules.check(form.getYear(), form.getMemberUnitIds(), form.getLeaderUnitId(), form.getDeputyUnitId());
        Province province = units.province(form.getProvinceId());
        if (province.inYear(form.getYear()) != province) {
            throw new InvalidInputException("error.bloc.provinceEnded", province.getName(), form.getYear());
        }
        List<Unit> memberUnits = new ArrayList<>();
        for (Long unitId : form.getMemberUnitIds()) {
            Unit unit = units.unit(unitId);
            if (!unit.getProvince().getId().equals(province.getId())) {
                throw new InvalidInputException("error.bloc.unitOtherProvince", unit.getName());
            }
            if (unit.getValidFrom().getYear() > form.getYear()
                    || (unit.getValidTo() != null && unit.getValidTo().getYear() < form.getYear())) {
                throw new InvalidInputException("error.bloc.unitNotValidInYear", unit.getName(), form.getYear());
            }
            memberUnits.add(unit);
        }
        requireFreeCode(province, form.getCode(), form.getBlocId());

        Bloc bloc;
        String before;
        if (form.getBlocId() == null) {
            bloc = new Bloc(province, form.getCode(), form.getName(), form.getDescription());
            em.persist(bloc);
            em.flush(); // the id, which the queries of the year below take
            before = null;
        } else {
            bloc = bloc(form.getBlocId());
            if (bloc.getVersion() != form.getVersion()) {
                throw new ConcurrentEditException(bloc.getName());
            }
            // memberships cross provinces only through a recorded province succession
            if (!bloc.provinceIn(form.getYear()).getId().equals(province.getId())) {
                throw new InvalidInputException("error.bloc.provinceFixed");
            }
            before = summary(bloc, form.getYear());
            bloc.describe(form.getCode(), form.getName(), form.getDescription());
            em.lock(bloc, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        replaceYear(bloc, form.getYear(), memberUnits, form.getLeaderUnitId(), form.getDeputyUnitId());
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isOptimisticLockFailure(e)) {
                throw new ConcurrentEditException(form.getName());
            }
            throw e;
        }
        String after = summary(bloc, form.getYear());
        audit.record("Bloc", bloc.getId(), before == null ? "CREATE" : "UPDATE",
                (before == null ? "" : before + " → ") + after);
        LOG.info(() -> "Bloc " + bloc.getId() + " saved for " + form.getYear() + " by " + context.getCallerPrincipal().getName());
        return bloc;
    }

    /**
     * Makes the units a confirmed leadership ballot elected the leader and deputy of
     * {@code year} (the year after the ballot). The bloc's members of that year are
     * copied from the year before when none are recorded yet. The caller must keep the
     * bloc in the year of the ballot. Each unit takes office as its record of {@code year}
     * ({@link UnitLineageService#recordIn}): after a province succession or a rename the record that
     * continues the one elected.
     */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public void applyElectedLeadership(@NotNull Long blocId, int year, @NotNull Long electedLeaderId, Long electedDeputyId) {
        access.requireKeeper(blocId, year - 1);
        Bloc bloc = bloc(blocId);
        if (memberships(bloc, year).isEmpty()) {
            for (Membership m : memberships(bloc, year - 1)) {
                em.persist(new Membership(bloc, lineages.recordIn(m.getUnit().getId(), year), year));
            }
            em.flush();
        }
        Long leaderUnitId = lineages.recordIn(electedLeaderId, year).getId();
        Long deputyUnitId = electedDeputyId == null ? null : lineages.recordIn(electedDeputyId, year).getId();
        List<Unit> members = em.createNamedQuery(Membership.MEMBER_UNITS, Unit.class).setParameter("bloc", blocId)
                .setParameter("year", year).getResultList();
        BlocYearRules.check(year, members.stream().map(Unit::getId).toList(), leaderUnitId, deputyUnitId);
        String before = summary(bloc, year);
        leaderships(bloc, year).forEach(em::remove);
        em.flush();
        Map<Long, Unit> byId = members.stream().collect(Collectors.toMap(Unit::getId, u -> u));
        em.persist(new Leadership(bloc, year, LeadershipRole.LEADER, byId.get(leaderUnitId)));
        if (deputyUnitId != null) {
            em.persist(new Leadership(bloc, year, LeadershipRole.DEPUTY, byId.get(deputyUnitId)));
        }
        em.lock(bloc, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record("Bloc", blocId, "LEADERSHIP_ELECTED", before + " → " + summary(bloc, year));
    }

    private static boolean isOptimisticLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || "OptimisticLockException".equals(t.getClass().getSimpleName())) {
                return true;
            }
        }
        return false;
    }

    private void replaceYear(Bloc bloc, int year, List<Unit> memberUnits, Long leaderId, Long deputyId) {
        Map<Long, Unit> byId = memberUnits.stream().collect(Collectors.toMap(Unit::getId, u -> u));
        Set<Long> wanted = new LinkedHashSet<>(byId.keySet());
        for (Leadership l : leaderships(bloc, year)) {
            em.remove(l);
        }
        for (Membership m : memberships(bloc, year)) {
            if (!wanted.remove(m.getUnit().getId())) {
                em.remove(m);
            }
        }
        em.flush();
        for (Long unitId : wanted) {
            em.persist(new Membership(bloc, byId.get(unitId), year));
        }
        if (leaderId != null) {
            em.persist(new Leadership(bloc, year, LeadershipRole.LEADER, byId.get(leaderId)));
        }
        if (deputyId != null) {
            em.persist(new Leadership(bloc, year, LeadershipRole.DEPUTY, byId.get(deputyId)));
        }
    }

    private void requireFreeCode(Province province, String code, Long blocId) {
        // the blocs that continue in the province after a province succession hold their codes there too
        List<Long> clash = em.createQuery("SELECT b.id FROM Bloc b WHERE b.code = :code AND (b.province = :p"
                        + " OR b.province.id IN (SELECT q.id FROM Province q JOIN q.successor s WHERE s = :p))", Long.class)
                .setParameter("p", province).setParameter("code", code).getResultList();
        if (clash.stream().anyMatch(id -> !id.equals(blocId))) {
            throw new InvalidInputException("error.bloc.duplicateCode", code);
        }
    }

    private Bloc bloc(Long id) {
        Bloc bloc = em.find(Bloc.class, id);
        if (bloc == null) {
            throw new NotFoundException("Bloc", id);
        }
        return bloc;
    }

    private List<Membership> memberships(Bloc bloc, int year) {
        return em.createNamedQuery(Membership.OF_YEAR, Membership.class)
                .setParameter("bloc", bloc.getId()).setParameter("year", year).getResultList();
    }

    private List<Leadership> leaderships(Bloc bloc, int year) {
        return em.createNamedQuery(Leadership.OF_YEAR, Leadership.class)
                .setParameter("bloc", bloc.getId()).setParameter("year", year).getResultList();
    }

    private String summary(Bloc bloc, int year) {
        String members = memberships(bloc, year).stream().map(m -> m.getUnit().getCode()).sorted()
                .collect(Collectors.joining(","));
        String roles = leaderships(bloc, year).stream().map(l -> l.getRole() + "=" + l.getUnit().getCode()).sorted()
                .collect(Collectors.joining(","));
        return bloc.getCode() + " | " + bloc.getName() + " | " + year + " [" + members + "] " + roles;
    }
}
