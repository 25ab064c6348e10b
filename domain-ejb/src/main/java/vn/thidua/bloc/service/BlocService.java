package vn.thidua.bloc.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import vn.thidua.audit.service.AuditService;
import vn.thidua.bloc.entity.Bloc;
import vn.thidua.bloc.entity.BlocYearRules;
import vn.thidua.bloc.entity.Leadership;
import vn.thidua.bloc.entity.LeadershipRole;
import vn.thidua.bloc.entity.Membership;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.ConcurrentEditException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Page;
import vn.thidua.shared.PageRequest;
import vn.thidua.shared.Roles;
import vn.thidua.shared.Search;
import vn.thidua.unit.entity.Province;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.service.UnitService;
import vn.thidua.unit.service.UnitSuccession;

/**
 * Blocs and their years: the Board keeps blocs, members and leadership; member
 * representatives read the blocs their unit (or a unit it succeeded) belongs to.
 */
@Stateless
public class BlocService {

    private static final Logger LOG = Logger.getLogger(BlocService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private UnitService units;

    @Inject
    private BlocAccess access;

    @Inject
    private AuditService audit;

    /** Blocs per year for the Board's list, filtered, sorted and paged in the database. */
    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public Page<BlocYearRow> findBlocYears(BlocFilter filter, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Membership> m = query.from(Membership.class);
        Join<Membership, Bloc> bloc = m.join("bloc");
        Expression<Long> members = cb.count(m);
        query.multiselect(bloc.get("id"), m.get("year"), members)
                .where(blocConditions(cb, m, bloc, filter))
                .groupBy(bloc.get("id"), m.get("year"), bloc.get("code"), bloc.get("name"));
        Expression<?> sortKey = switch (String.valueOf(page.sortField())) {
            case "code" -> bloc.get("code");
            case "name" -> bloc.get("name");
            case "memberCount" -> members;
            default -> m.get("year");
        };
        boolean ascending = page.sortField() == null ? false : page.ascending();
        List<Order> order = new ArrayList<>();
        order.add(ascending ? cb.asc(sortKey) : cb.desc(sortKey));
        order.add(cb.asc(bloc.get("code")));
        query.orderBy(order);
        List<Tuple> tuples = em.createQuery(query).setFirstResult(page.first()).setMaxResults(page.size())
                .getResultList();

        CriteriaQuery<Tuple> countQuery = cb.createTupleQuery();
        Root<Membership> cm = countQuery.from(Membership.class);
        Join<Membership, Bloc> cbloc = cm.join("bloc");
        countQuery.multiselect(cbloc.get("id"), cm.get("year")).distinct(true)
                .where(blocConditions(cb, cm, cbloc, filter));
        long total = em.createQuery(countQuery).getResultList().size();

        List<BlocYearRow> rows = new ArrayList<>();
        for (Tuple t : tuples) {
            rows.add(row(em.find(Bloc.class, t.get(0, Long.class)), t.get(1, Integer.class), t.get(2, Long.class)));
        }
        return new Page<>(rows, total);
    }

    private static Predicate[] blocConditions(CriteriaBuilder cb, Root<Membership> m, Join<Membership, Bloc> bloc,
                                              BlocFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.year() != null) {
            where.add(cb.equal(m.get("year"), filter.year()));
        }
        if (filter.provinceId() != null) {
            where.add(cb.equal(bloc.get("province").get("id"), filter.provinceId()));
        }
        String like = Search.containsPattern(filter.text());
        if (like != null) {
            where.add(cb.or(cb.like(cb.lower(bloc.get("name")), like), cb.like(cb.lower(bloc.get("code")), like)));
        }
        return where.toArray(Predicate[]::new);
    }

    /** The years in which a bloc has members, latest first. */
    @PermitAll
    public List<Integer> years(@NotNull Long blocId) {
        return em.createQuery("SELECT DISTINCT m.year FROM Membership m WHERE m.bloc.id = :bloc ORDER BY m.year DESC",
                Integer.class).setParameter("bloc", blocId).getResultList();
    }

    /** The units that are members of a bloc in a year. */
    @PermitAll
    public List<Unit> memberUnits(@NotNull Long blocId, int year) {
        return em.createNamedQuery(Membership.MEMBER_UNITS, Unit.class).setParameter("bloc", blocId)
                .setParameter("year", year).getResultList();
    }

    /** The bloc's leader unit of a year, if one is set. */
    @PermitAll
    public Optional<Unit> leaderUnit(@NotNull Long blocId, int year) {
        return leaderships(bloc(blocId), year).stream().filter(l -> l.getRole() == LeadershipRole.LEADER)
                .map(Leadership::getUnit).findFirst();
    }

    /**
     * Makes the units a confirmed leadership ballot elected the leader and deputy of
     * {@code year} (the year after the ballot). The bloc's members of that year are
     * copied from the year before when none are recorded yet. The caller must keep the
     * bloc in the year of the ballot.
     */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public void applyElectedLeadership(@NotNull Long blocId, int year, @NotNull Long leaderUnitId, Long deputyUnitId) {
        access.requireKeeper(blocId, year - 1);
        Bloc bloc = bloc(blocId);
        if (memberships(bloc, year).isEmpty()) {
            for (Membership m : memberships(bloc, year - 1)) {
                em.persist(new Membership(bloc, m.getUnit(), year));
            }
            em.flush();
        }
        List<Unit> members = memberUnits(blocId, year);
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

    /** The bloc itself (name, province) for headers and documents. */
    @PermitAll
    public Bloc blocOf(@NotNull Long blocId) {
        return bloc(blocId);
    }

    /** The blocs of the caller's unit (and of the units it succeeded), latest year first. */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public List<BlocYearRow> myBlocs() {
        Set<Long> mine = access.callerUnitLineage();
        if (mine.isEmpty()) {
            return List.of();
        }
        List<Membership> memberships = em.createQuery(
                        "SELECT m FROM Membership m WHERE m.unit.id IN :units ORDER BY m.year DESC, m.bloc.code",
                        Membership.class)
                .setParameter("units", mine).getResultList();
        List<BlocYearRow> rows = new ArrayList<>();
        for (Membership membership : memberships) {
            rows.add(row(membership.getBloc(), membership.getYear(), memberCount(membership.getBloc(), membership.getYear())));
        }
        return rows;
    }

    /**
     * A bloc in one year, read-only. Board roles see every bloc; a member representative
     * only the blocs their unit belongs to.
     */
    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER, Roles.MEMBER_REPRESENTATIVE})
    public BlocYearView viewBlocYear(@NotNull Long blocId, int year) {
        Bloc bloc = bloc(blocId);
        List<Membership> members = memberships(bloc, year);
        if (!access.isBoard()) {
            Set<Long> mine = access.callerUnitLineage();
            boolean member = em.createQuery("SELECT COUNT(m) FROM Membership m WHERE m.bloc = :bloc"
                            + " AND m.unit.id IN :units", Long.class)
                    .setParameter("bloc", bloc).setParameter("units", mine.isEmpty() ? Set.of(-1L) : mine)
                    .getSingleResult() > 0;
            if (!member) {
                throw new AccessDeniedException();
            }
        }
        Map<Long, LeadershipRole> roles = new HashMap<>();
        for (Leadership l : leaderships(bloc, year)) {
            roles.put(l.getUnit().getId(), l.getRole());
        }
        List<BlocYearView.Member> rows = members.stream()
                .map(Membership::getUnit)
                .sorted(Comparator.comparing((Unit u) -> roles.containsKey(u.getId()) ? roles.get(u.getId()).ordinal() : 9)
                        .thenComparing(Unit::getName))
                .map(u -> new BlocYearView.Member(u.getId(), u.getCode(), u.getName(), u.getShortName(),
                        roles.containsKey(u.getId()) ? roles.get(u.getId()).name() : null))
                .toList();
        return new BlocYearView(bloc.getId(), bloc.getVersion(), bloc.getCode(), bloc.getName(),
                bloc.getDescription(), bloc.getProvince().getName(), year, rows, years(blocId));
    }

    /** The edit form of a bloc year (an empty year of an existing bloc has no members yet). */
    @RolesAllowed(Roles.BOARD_SPECIALIST)
    public BlocYearForm loadBlocYear(@NotNull Long blocId, int year) {
        Bloc bloc = bloc(blocId);
        BlocYearForm form = new BlocYearForm();
        form.setBlocId(bloc.getId());
        form.setVersion(bloc.getVersion());
        form.setProvinceId(bloc.getProvince().getId());
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
            before = null;
        } else {
            bloc = bloc(form.getBlocId());
            if (bloc.getVersion() != form.getVersion()) {
                throw new ConcurrentEditException(bloc.getName());
            }
            if (!bloc.getProvince().getId().equals(province.getId())) {
                throw new InvalidInputException("error.bloc.provinceFixed");
            }
            before = summary(bloc, form.getYear());
            bloc.describe(form.getCode(), form.getName(), form.getDescription());
            // every saved change of a year bumps the bloc's version, so two edits of one
            // bloc (any year) cannot both win
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

    /** Memberships and leadership of later years pass to the unit that succeeded a member. */
    @PermitAll
    public void onSuccession(@Observes UnitSuccession succession) {
        Unit successor = units.unit(succession.successorId());
        int fromYear = succession.effectiveFrom().getYear();
        List<Membership> memberships = em.createQuery(
                        "SELECT m FROM Membership m WHERE m.unit.id IN :ids AND m.year >= :year", Membership.class)
                .setParameter("ids", succession.predecessorIds()).setParameter("year", fromYear).getResultList();
        Set<String> taken = new HashSet<>();
        for (Membership m : memberships) {
            String key = m.getBloc().getId() + "/" + m.getYear();
            boolean alreadyMember = !taken.add(key) || !em.createQuery("SELECT m FROM Membership m WHERE m.bloc = :bloc"
                            + " AND m.year = :year AND m.unit = :unit", Membership.class)
                    .setParameter("bloc", m.getBloc()).setParameter("year", m.getYear()).setParameter("unit", successor)
                    .getResultList().isEmpty();
            if (alreadyMember) {
                em.remove(m);
            } else {
                m.passTo(successor);
            }
            audit.record("Bloc", m.getBloc().getId(), "MEMBER_SUCCEEDED",
                    m.getYear() + ": " + succession.predecessorIds() + " → " + successor.getCode());
        }
        List<Leadership> roles = em.createQuery(
                        "SELECT l FROM Leadership l WHERE l.unit.id IN :ids AND l.year >= :year ORDER BY l.role",
                        Leadership.class)
                .setParameter("ids", succession.predecessorIds()).setParameter("year", fromYear).getResultList();
        Set<String> led = new HashSet<>();
        for (Leadership l : roles) {
            if (led.add(l.getBloc().getId() + "/" + l.getYear())) {
                l.passTo(successor);
            } else {
                em.remove(l);
            }
        }
        em.flush();
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
        List<Bloc> clash = em.createQuery("SELECT b FROM Bloc b WHERE b.province = :p AND b.code = :code", Bloc.class)
                .setParameter("p", province).setParameter("code", code).getResultList();
        if (clash.stream().anyMatch(b -> !b.getId().equals(blocId))) {
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
        return em.createQuery("SELECT m FROM Membership m WHERE m.bloc = :bloc AND m.year = :year", Membership.class)
                .setParameter("bloc", bloc).setParameter("year", year).getResultList();
    }

    private List<Leadership> leaderships(Bloc bloc, int year) {
        return em.createQuery("SELECT l FROM Leadership l WHERE l.bloc = :bloc AND l.year = :year", Leadership.class)
                .setParameter("bloc", bloc).setParameter("year", year).getResultList();
    }

    private long memberCount(Bloc bloc, int year) {
        return em.createQuery("SELECT COUNT(m) FROM Membership m WHERE m.bloc = :bloc AND m.year = :year", Long.class)
                .setParameter("bloc", bloc).setParameter("year", year).getSingleResult();
    }

    private BlocYearRow row(Bloc bloc, int year, long memberCount) {
        String leader = null;
        String deputy = null;
        for (Leadership l : leaderships(bloc, year)) {
            if (l.getRole() == LeadershipRole.LEADER) {
                leader = l.getUnit().getName();
            } else {
                deputy = l.getUnit().getName();
            }
        }
        return new BlocYearRow(bloc.getId(), year, bloc.getCode(), bloc.getName(), bloc.getProvince().getName(),
                memberCount, leader, deputy);
    }

    private String summary(Bloc bloc, int year) {
        String members = memberships(bloc, year).stream().map(m -> m.getUnit().getCode()).sorted()
                .collect(Collectors.joining(","));
        String roles = leaderships(bloc, year).stream().map(l -> l.getRole() + "=" + l.getUnit().getCode()).sorted()
                .collect(Collectors.joining(","));
        return bloc.getCode() + " | " + bloc.getName() + " | " + year + " [" + members + "] " + roles;
    }
}
