package vn.thidua.register.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import vn.thidua.audit.service.AuditService;
import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.document.service.DocumentService;
import vn.thidua.register.entity.RegisterEntry;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Roles;
import vn.thidua.unit.entity.Unit;

/**
 * The registers of numbers (see the package): takes a number when another area issues a
 * document, in that area's transaction; tells which number a document took; shows a unit's
 * register of a year to the unit's representatives and the Board.
 */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class RegisterService {

    /** The document types the register numbers (with the id of the proposal, the meeting, the ballot). */
    public static final String PROPOSAL = "PROPOSAL";
    public static final String CONFERENCE_MINUTES = "CONFERENCE_MINUTES";
    public static final String COUNT_MINUTES = "COUNT_MINUTES";
    /** The Board's consolidated submission to the Chair (proposal area), numbered in the Board unit's register. */
    public static final String CONSOLIDATED_SUBMISSION = "CONSOLIDATED_SUBMISSION";

    /** The key of a unit's own abbreviation in {@code register_symbol}, beside the kinds. */
    public static final String ISSUER_SYMBOL = "ISSUER";

    private static final Logger LOG = Logger.getLogger(RegisterService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private BlocAccess access;

    @Inject
    private DocumentService documents;

    @Inject
    private AuditService audit;

    /**
     * Takes the next number of the issuing unit's register of the year of issue for the
     * document, or gives the number it already took (a document is numbered once). Must run
     * inside the issuing use case's transaction: the register's row stays locked until it
     * ends, so a number is never taken twice, and a rolled-back issue gives its number back.
     * The issuing area has checked the caller's right to issue; the take is audited.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public RegisterNumber take(@NotNull Issue issue) {
        Optional<RegisterEntry> taken = entryOf(issue.documentType(), issue.documentId());
        if (taken.isPresent()) {
            return number(taken.get());
        }
        Unit unit = em.find(Unit.class, issue.unitId());
        if (unit == null) {
            throw new NotFoundException("Unit", issue.unitId());
        }
        int year = issue.issuedOn().getYear();
        // one statement that creates the register's head or moves it on, and locks it
        em.createNativeQuery("INSERT INTO register_head (unit_id, year, last_number) VALUES (?1, ?2, 1)"
                        + " ON DUPLICATE KEY UPDATE last_number = last_number + 1")
                .setParameter(1, unit.getId()).setParameter(2, year).executeUpdate();
        int number = ((Number) em.createNativeQuery("SELECT last_number FROM register_head WHERE unit_id = ?1"
                        + " AND year = ?2").setParameter(1, unit.getId()).setParameter(2, year).getSingleResult()).intValue();
        String issuer = symbol(unit.getId(), ISSUER_SYMBOL)
                .orElse(issue.issuerDefault() == null || issue.issuerDefault().isBlank() ? unit.getCode() : issue.issuerDefault());
        String sign = RegisterEntry.sign(number, kindSymbol(unit.getId(), issue.kind()), issuer);
        RegisterEntry entry = new RegisterEntry(unit, year, number, issue.kind(), sign, issue.documentType(),
                issue.documentId(), issue.summary(), caller(), LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
        em.persist(entry);
        em.flush();
        audit.record("Register", entry.getId(), "TAKE_NUMBER", unit.getCode() + " " + year + " | " + sign + " | "
                + issue.documentType() + " " + issue.documentId());
        LOG.info(() -> "Register " + unit.getCode() + "/" + year + ": number " + sign + " for " + issue.documentType()
                + " " + issue.documentId());
        return number(entry);
    }

    /** The number a document ({@code documentType}, {@code documentId}) took, if it was issued. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<RegisterNumber> numberOf(@NotNull String documentType, @NotNull Long documentId) {
        return entryOf(documentType, documentId).map(RegisterService::number);
    }

    /** A unit's register of a year; for the unit's representatives and the Board. */
    public RegisterView register(@NotNull Long unitId, int year) {
        if (!access.isBoard() && !access.callerUnitLineage().contains(unitId)) {
            throw new AccessDeniedException();
        }
        Unit unit = em.find(Unit.class, unitId);
        if (unit == null) {
            throw new NotFoundException("Unit", unitId);
        }
        return new RegisterView(unitId, unit.getName(), year, em.createNamedQuery(RegisterEntry.ROWS_OF_REGISTER,
                RegisterView.Row.class).setParameter("unit", unitId).setParameter("year", year).getResultList());
    }

    /** The units that took a number in a year, for the Board to choose a register. */
    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public List<RegisterView.Issuer> issuers(int year) {
        return em.createNamedQuery(RegisterEntry.ISSUERS_OF_YEAR, Object[].class).setParameter("year", year)
                .getResultList().stream().map(r -> new RegisterView.Issuer((Long) r[0], (String) r[1])).toList();
    }

    // ---- internals ----

    private Optional<RegisterEntry> entryOf(String documentType, Long documentId) {
        return em.createNamedQuery(RegisterEntry.OF_DOCUMENT, RegisterEntry.class).setParameter("type", documentType)
                .setParameter("document", documentId).getResultList().stream().findFirst();
    }

    /** The unit's symbol for a kind, else the default of the documents bundle ("TTr", "BB", ...). */
    private String kindSymbol(Long unitId, RegisterKind kind) {
        return symbol(unitId, kind.name()).orElseGet(() -> documents.text("register.symbol." + kind.name()));
    }

    private Optional<String> symbol(Long unitId, String kind) {
        List<?> found = em.createNativeQuery("SELECT symbol FROM register_symbol WHERE unit_id = ?1 AND kind = ?2")
                .setParameter(1, unitId).setParameter(2, kind).getResultList();
        return found.stream().map(String::valueOf).map(String::trim).filter(s -> !s.isEmpty()).findFirst();
    }

    private String caller() {
        return context.getCallerPrincipal() == null ? AuditService.SYSTEM_ACTOR : context.getCallerPrincipal().getName();
    }

    private static RegisterNumber number(RegisterEntry e) {
        return new RegisterNumber(e.getUnit().getId(), e.getYear(), e.getNumber(), e.getSign(), e.getIssuedAt());
    }
}
