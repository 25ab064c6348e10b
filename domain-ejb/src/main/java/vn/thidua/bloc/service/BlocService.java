package vn.thidua.bloc.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.thidua.bloc.entity.Bloc;
import vn.thidua.bloc.entity.Leadership;
import vn.thidua.bloc.entity.LeadershipRole;
import vn.thidua.bloc.entity.Membership;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Page;
import vn.thidua.shared.PageRequest;
import vn.thidua.shared.Roles;
import vn.thidua.shared.Search;
import vn.thidua.unit.entity.Province;
import vn.thidua.unit.entity.Unit;

/**
 * What the portal shows of blocs and their years: the Board's list, a member's own
 * blocs, one bloc year read-only, and the facts other areas ask for (a year's members,
 * its leader unit, the bloc itself). Each list or view is built by one query per section,
 * with the leader and deputy joined in; the bloc-year form and the elected leadership are
 * {@link BlocYearService}'s.
 */
@Stateless
public class BlocService {

    /**
     * One line per bloc and year: id, year, code, name, province, member count and the
     * names of the year's leader and deputy units, in one statement. The names come from
     * scalar subqueries (an EclipseLink extension of JPQL) because EclipseLink writes an
     * outer join ON an unrelated entity before the inner joins it refers to.
     */
    private static final String ROWS = "SELECT b.id, m.year, b.code, b.name, p.id, COUNT(m) AS members,"
            + " (SELECT lu.name FROM Leadership l JOIN l.unit lu WHERE l.bloc = m.bloc AND l.year = m.year"
            + " AND l.role = vn.thidua.bloc.entity.LeadershipRole.LEADER),"
            + " (SELECT du.name FROM Leadership d JOIN d.unit du WHERE d.bloc = m.bloc AND d.year = m.year"
            + " AND d.role = vn.thidua.bloc.entity.LeadershipRole.DEPUTY)"
            + " FROM Membership m JOIN m.bloc b JOIN b.province p";
    private static final String ROWS_GROUP = " GROUP BY b.id, m.year, b.code, b.name, p.id";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BlocAccess access;

    /** Blocs per year for the Board's list, filtered, sorted and paged in the database. */
    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public Page<BlocYearRow> findBlocYears(BlocFilter filter, PageRequest page) {
        // Only fixed JPQL fragments and a sort key picked from a fixed list are joined into the
        // query text; every value the user typed is bound as a parameter (conditions()).
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = conditions(filter, parameters);
        String sortKey = switch (String.valueOf(page.sortField())) {
            case "code" -> "b.code";
            case "name" -> "b.name";
            case "memberCount" -> "members";
            default -> "m.year";
        };
        boolean ascending = page.sortField() != null && page.ascending();
        Query rows = em.createQuery(ROWS + where + ROWS_GROUP
                + " ORDER BY " + sortKey + (ascending ? " ASC" : " DESC") + ", b.code ASC");
        parameters.forEach(rows::setParameter);
        List<BlocYearRow> result = rows(em, rows.setFirstResult(page.first()).setMaxResults(page.size()));

        Query count = em.createQuery("SELECT DISTINCT b.id, m.year FROM Membership m JOIN m.bloc b" + where);
        parameters.forEach(count::setParameter);
        return new Page<>(result, count.getResultList().size());
    }

    private static String conditions(BlocFilter filter, Map<String, Object> parameters) {
        List<String> where = new ArrayList<>();
        if (filter.year() != null) {
            where.add("m.year = :year");
            parameters.put("year", filter.year());
        }
        if (filter.provinceId() != null) {
            // a province's blocs include those of the provinces it succeeded (and the other way
            // round), so a search by the old province finds the blocs that continue in the new one
            where.add("(b.province.id = :province"
                    + " OR b.province.id IN (SELECT q.id FROM Province q JOIN q.successor s WHERE s.id = :province)"
                    + " OR b.province.id IN (SELECT s2.id FROM Province q2 JOIN q2.successor s2 WHERE q2.id = :province))");
            parameters.put("province", filter.provinceId());
        }
        String like = Search.containsPattern(filter.text());
        if (like != null) {
            where.add("(LOWER(b.name) LIKE :text OR LOWER(b.code) LIKE :text)");
            parameters.put("text", like);
        }
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }

    /** The blocs of the caller's unit (and of the units it succeeded), latest year first. */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public List<BlocYearRow> myBlocs() {
        Set<Long> mine = access.callerUnitLineage();
        if (mine.isEmpty()) {
            return List.of();
        }
        return rows(em, em.createQuery(ROWS + " WHERE EXISTS (SELECT mine.id FROM Membership mine"
                        + " WHERE mine.bloc = m.bloc AND mine.year = m.year AND mine.unit.id IN :units)"
                        + ROWS_GROUP + " ORDER BY m.year DESC, b.code ASC")
                .setParameter("units", mine));
    }

    /**
     * The member units of every bloc the caller may read in a year (the Board: all blocs;
     * a member representative: the blocs of its unit), by bloc and unit name, in one query:
     * the first section of the home pages.
     */
    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER, Roles.MEMBER_REPRESENTATIVE})
    public List<YearMember> membersOfYear(int year) {
        boolean board = access.isBoard();
        Set<Long> mine = access.callerUnitLineage();
        if (!board && mine.isEmpty()) {
            return List.of();
        }
        jakarta.persistence.TypedQuery<Object[]> query = em.createQuery("SELECT b.id, b.name, u.id, u.name,"
                        + " (SELECT l.role FROM Leadership l WHERE l.bloc = m.bloc AND l.year = m.year AND l.unit = m.unit)"
                        + " FROM Membership m JOIN m.bloc b JOIN m.unit u WHERE m.year = :year"
                        + (board ? "" : " AND EXISTS (SELECT mine.id FROM Membership mine WHERE mine.bloc = m.bloc"
                                + " AND mine.year = m.year AND mine.unit.id IN :units)")
                        + " ORDER BY b.name, b.id, u.name", Object[].class)
                .setParameter("year", year);
        if (!board) {
            query.setParameter("units", mine);
        }
        return query.getResultList().stream().map(t -> new YearMember((Long) t[0], (String) t[1], (Long) t[2],
                (String) t[3], t[4] == null ? null : t[4].toString(), mine.contains((Long) t[2]))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<BlocYearRow> rows(EntityManager em, Query query) {
        List<BlocYearRow> rows = new ArrayList<>();
        for (Object[] t : (List<Object[]>) query.getResultList()) {
            int year = ((Number) t[1]).intValue();
            // the province of that year (a handful of provinces, read once per persistence context)
            String province = em.find(Province.class, t[4]).inYear(year).getName();
            rows.add(new BlocYearRow((Long) t[0], year, (String) t[2], (String) t[3],
                    province, ((Number) t[5]).longValue(), (String) t[6], (String) t[7]));
        }
        return rows;
    }

    /**
     * A bloc in one year, read-only. Board roles see every bloc; a member representative
     * only the blocs their unit belongs to (in any year).
     */
    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER, Roles.MEMBER_REPRESENTATIVE})
    public BlocYearView viewBlocYear(@NotNull Long blocId, int year) {
        List<Object[]> header = em.createQuery("SELECT b.id, b.version, b.code, b.name, b.description, p.id"
                        + " FROM Bloc b JOIN b.province p WHERE b.id = :bloc", Object[].class)
                .setParameter("bloc", blocId).getResultList();
        if (header.isEmpty()) {
            throw new NotFoundException("Bloc", blocId);
        }
        if (!access.isBoard()) {
            Set<Long> mine = access.callerUnitLineage();
            boolean member = !mine.isEmpty() && em.createQuery("SELECT COUNT(m) FROM Membership m"
                            + " WHERE m.bloc.id = :bloc AND m.unit.id IN :units", Long.class)
                    .setParameter("bloc", blocId).setParameter("units", mine).getSingleResult() > 0;
            if (!member) {
                throw new AccessDeniedException();
            }
        }
        List<BlocYearView.Member> members = em.createQuery("SELECT u.id, u.code, u.name, u.shortName,"
                        + " (SELECT l.role FROM Leadership l WHERE l.bloc = m.bloc AND l.year = m.year AND l.unit = m.unit)"
                        + " FROM Membership m JOIN m.unit u WHERE m.bloc.id = :bloc AND m.year = :year", Object[].class)
                .setParameter("bloc", blocId).setParameter("year", year).getResultList().stream()
                .map(t -> new BlocYearView.Member((Long) t[0], (String) t[1], (String) t[2], (String) t[3],
                        t[4] == null ? null : t[4].toString()))
                .sorted(Comparator.comparing((BlocYearView.Member m) -> m.role() == null ? 9
                                : LeadershipRole.valueOf(m.role()).ordinal())
                        .thenComparing(BlocYearView.Member::name))
                .toList();
        Object[] b = header.get(0);
        Province founded = em.find(Province.class, b[5]);
        List<Integer> years = years(blocId);
        Map<Integer, String> yearProvinces = new LinkedHashMap<>();
        years.forEach(y -> yearProvinces.put(y, founded.inYear(y).getName()));
        return new BlocYearView((Long) b[0], ((Number) b[1]).intValue(), (String) b[2], (String) b[3],
                (String) b[4], founded.inYear(year).getName(), year, members, years, yearProvinces);
    }

    /** The years in which a bloc has members, latest first. */
    @PermitAll
    public List<Integer> years(@NotNull Long blocId) {
        return em.createNamedQuery(Membership.YEARS, Integer.class).setParameter("bloc", blocId).getResultList();
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
        return em.createNamedQuery(Leadership.UNIT_IN_ROLE, Unit.class).setParameter("bloc", blocId)
                .setParameter("year", year).setParameter("role", LeadershipRole.LEADER)
                .getResultList().stream().findFirst();
    }

    /** The bloc itself (name, province) for headers, documents and other areas' associations. */
    @PermitAll
    public Bloc blocOf(@NotNull Long blocId) {
        Bloc bloc = em.find(Bloc.class, blocId);
        if (bloc == null) {
            throw new NotFoundException("Bloc", blocId);
        }
        return bloc;
    }
}
