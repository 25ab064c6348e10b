package vn.thidua.audit.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import vn.thidua.audit.entity.AuditEntry;
import vn.thidua.audit.entity.AuditHead;
import vn.thidua.shared.DelegationInUse;
import vn.thidua.shared.Page;
import vn.thidua.shared.PageRequest;
import vn.thidua.shared.Roles;
import vn.thidua.shared.Search;

/**
 * Records state changes (inside the caller's transaction, so a change and its audit
 * entry commit or roll back together), lets the Board browse them as {@link AuditRow}s and
 * verifies the hash chain ({@link AuditChain}) that makes an edited entry visible.
 */
@Stateless
public class AuditService {

    /** The actor recorded for changes made by the portal itself (demo data, timers). */
    public static final String SYSTEM_ACTOR = "system";

    private static final Map<String, String> SORTABLE = Map.of(
            "occurredAt", "occurredAt", "actor", "actor", "entityType", "entityType", "action", "action");

    private static final Logger LOG = Logger.getLogger(AuditService.class.getName());

    /** Entries read per query while verifying (keeps the persistence context small). */
    private static final int VERIFY_BATCH = 500;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /**
     * Appends one entry; must run inside the transaction of the change it records. Locks
     * the chain's head until that transaction ends (callers record at the end of their
     * use case, so the lock is short), takes the next id and chains the entry onto the
     * last one.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String entityType, Object entityId, String action, String details) {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("audit_head has no row: the migrations did not run");
        }
        long id = head.getLastId() + 1;
        LocalDateTime at = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
        String actor = actor();
        String target = String.valueOf(entityId);
        String text = AuditEntry.fit(withDelegation(details));
        String hash = AuditChain.hash(id, at, actor, entityType, target, action, text, head.getLastHash());
        em.persist(new AuditEntry(id, at, actor, entityType, target, action, text, head.getLastHash(), hash));
        head.advance(id, hash);
    }

    /** The details, naming the delegation the caller acts under in this transaction, if any. */
    private String withDelegation(String details) {
        Object used = transactions.getResource(DelegationInUse.KEY);
        if (used instanceof DelegationInUse d) {
            return (details == null ? "" : details + " | ") + d.auditText();
        }
        return details;
    }

    /**
     * Verifies the whole chain, up to the entry the head names when the verification
     * starts (entries appended meanwhile wait for the next run), and names the first entry
     * that breaks it.
     */
    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER, Roles.ADMINISTRATOR})
    public AuditChain.Result verifyChain() {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        AuditChain.Verifier verifier = new AuditChain.Verifier(head.getLastId(), head.getLastHash());
        long after = 0;
        while (!verifier.done()) {
            List<AuditEntry> batch = em.createNamedQuery(AuditEntry.CHAIN, AuditEntry.class)
                    .setParameter("after", after).setParameter("last", head.getLastId())
                    .setMaxResults(VERIFY_BATCH).getResultList();
            for (AuditEntry e : batch) {
                verifier.accept(new AuditChain.Link(e.getId(), e.getOccurredAt(), e.getActor(), e.getEntityType(),
                        e.getEntityId(), e.getAction(), e.getDetails(), e.getPrevHash(), e.getEntryHash()));
                after = e.getId();
            }
            em.clear();
            if (batch.size() < VERIFY_BATCH) {
                break;
            }
        }
        AuditChain.Result result = verifier.result();
        if (result.intact()) {
            LOG.info(() -> "Audit chain intact: " + result.checked() + " entries, head " + result.lastId()
                    + " " + result.lastHash());
        } else {
            LOG.warning(() -> "Audit chain broken at entry " + result.firstBrokenId() + " (" + result.reason() + ")");
        }
        return result;
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
