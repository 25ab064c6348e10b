package vn.thidua.audit.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.thidua.audit.entity.AuditEntry;
import vn.thidua.shared.Page;
import vn.thidua.shared.PageRequest;
import vn.thidua.shared.Roles;
import vn.thidua.shared.Search;

/**
 * Records state changes (inside the caller's transaction, so a change and its audit
 * entry commit or roll back together) and lets the Board browse them as {@link AuditRow}s.
 */
@Stateless
public class AuditService {

    /** The actor recorded for changes made by the portal itself (demo data, timers). */
    public static final String SYSTEM_ACTOR = "system";

    private static final Map<String, String> SORTABLE = Map.of(
            "occurredAt", "occurredAt", "actor", "actor", "entityType", "entityType", "action", "action");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** Appends one entry; must run inside the transaction of the change it records. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String entityType, Object entityId, String action, String details) {
        em.persist(new AuditEntry(LocalDateTime.now(), actor(), entityType, String.valueOf(entityId), action, details));
    }

    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER, Roles.ADMINISTRATOR})
    public Page<AuditRow> search(AuditFilter filter, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<AuditRow> query = cb.createQuery(AuditRow.class);
        Root<AuditEntry> root = query.from(AuditEntry.class);
        query.select(cb.construct(AuditRow.class, root.get("id"), root.get("occurredAt"), root.get("actor"),
                        root.get("entityType"), root.get("entityId"), root.get("action"), root.get("details")))
                .where(conditions(cb, root, filter));
        String sort = SORTABLE.getOrDefault(String.valueOf(page.sortField()), "occurredAt");
        boolean ascending = page.sortField() != null && page.ascending();
        query.orderBy(ascending ? cb.asc(root.get(sort)) : cb.desc(root.get(sort)),
                cb.desc(root.get("id")));
        TypedQuery<AuditRow> rows = em.createQuery(query)
                .setFirstResult(page.first()).setMaxResults(page.size());

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEntry> countRoot = count.from(AuditEntry.class);
        count.select(cb.count(countRoot)).where(conditions(cb, countRoot, filter));

        return new Page<>(rows.getResultList(), em.createQuery(count).getSingleResult());
    }

    private static Predicate[] conditions(CriteriaBuilder cb, Root<AuditEntry> root, AuditFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (hasText(filter.actor())) {
            where.add(cb.equal(root.get("actor"), filter.actor().trim()));
        }
        if (hasText(filter.entityType())) {
            where.add(cb.equal(root.get("entityType"), filter.entityType().trim()));
        }
        if (hasText(filter.action())) {
            where.add(cb.equal(root.get("action"), filter.action().trim()));
        }
        String like = Search.containsPattern(filter.text());
        if (like != null) {
            where.add(cb.or(cb.like(cb.lower(root.get("details")), like),
                    cb.equal(root.get("entityId"), filter.text().trim())));
        }
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            where.add(cb.lessThan(root.get("occurredAt"), filter.to().plusDays(1).atStartOfDay()));
        }
        return where.toArray(Predicate[]::new);
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private String actor() {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM_ACTOR : name;
    }
}
