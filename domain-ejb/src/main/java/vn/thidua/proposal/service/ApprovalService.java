package vn.thidua.proposal.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import vn.thidua.audit.service.AuditService;
import vn.thidua.ballot.service.BallotQueryService;
import vn.thidua.ballot.service.BallotView;
import vn.thidua.ballot.service.CountingService;
import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.document.service.AchievementReport;
import vn.thidua.document.service.DocumentService;
import vn.thidua.document.service.Header;
import vn.thidua.document.service.ProposalLetter;
import vn.thidua.file.service.FileService;
import vn.thidua.file.service.Upload;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.notification.Notification;
import vn.thidua.registry.entity.AwardKind;
import vn.thidua.proposal.entity.DocumentKind;
import vn.thidua.proposal.entity.DossierDocument;
import vn.thidua.proposal.entity.Proposal;
import vn.thidua.proposal.entity.ProposalNominee;
import vn.thidua.proposal.entity.ProposalStatus;
import vn.thidua.registry.entity.Award;
import vn.thidua.registry.entity.AwardDecision;
import vn.thidua.scoring.service.ScoreTable;
import vn.thidua.scoring.service.ScoringService;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Roles;
import vn.thidua.shared.WorkingDays;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.service.UnitService;

/**
 * The approval chain: the bloc leader completes the dossier and submits; a Board
 * specialist checks it or returns it with reasons per document; the Board leader approves
 * or rejects, then records the Council's review (which may cut nominees) and the Chair's
 * decision, whose awards enter the registry. Each step locks the proposal, checks the role
 * and the data, records who, when, what and why, and is audited. Nobody approves a
 * proposal they submitted. The appraisal is due 20 working days after submission.
 */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class ApprovalService {

    public static final int APPRAISAL_WORKING_DAYS = 20;
    private static final Logger LOG = Logger.getLogger(ApprovalService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private BlocService blocs;

    @Inject
    private BlocAccess access;

    @Inject
    private UnitService units;

    @Inject
    private BallotQueryService ballots;

    @Inject
    private CountingService counting;

    @Inject
    private MeetingService meetings;

    @Inject
    private ScoringService scoring;

    @Inject
    private FileService files;

    @Inject
    private AuditService audit;

    @Inject
    private DocumentService documents;

    @Inject
    private vn.thidua.notification.Mailer mailer;

    // ---- reading ----

    public Proposal proposal(@NotNull Long proposalId) {
        Proposal p = find(proposalId, LockModeType.NONE);
        access.requireReadAccess(p.getBloc().getId(), p.getYear());
        p.getNominees().size();
        p.getSteps().size();
        return p;
    }

    public List<DossierDocument> documents(@NotNull Long proposalId) {
        proposal(proposalId);
        return em.createQuery("SELECT d FROM DossierDocument d WHERE d.proposal.id = :p ORDER BY d.id", DossierDocument.class)
                .setParameter("p", proposalId).getResultList();
    }

    /** What the dossier still lacks (law art. 84): kinds, and nominees without an achievement report. */
    public List<String> missingDocuments(@NotNull Long proposalId) {
        Proposal p = proposal(proposalId);
        List<DossierDocument> docs = documents(proposalId);
        List<String> missing = new ArrayList<>();
        for (DocumentKind kind : List.of(DocumentKind.PROPOSAL, DocumentKind.MEETING_MINUTES, DocumentKind.COUNT_MINUTES,
                DocumentKind.SCORE_TABLE)) {
            if (docs.stream().noneMatch(d -> d.getKind() == kind)) {
                missing.add(kind.name());
            }
        }
        for (ProposalNominee n : p.getNominees()) {
            if (docs.stream().noneMatch(d -> d.getKind() == DocumentKind.ACHIEVEMENT_REPORT && d.getUnit() != null
                    && d.getUnit().getId().equals(n.getUnit().getId()))) {
                missing.add(DocumentKind.ACHIEVEMENT_REPORT.name() + ":" + n.getUnit().getName());
            }
        }
        return missing;
    }

    /** The document's content, with its hash checked. */
    public byte[] documentContent(@NotNull Long proposalId, @NotNull Long documentId) {
        DossierDocument doc = documents(proposalId).stream().filter(d -> d.getId().equals(documentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("DossierDocument", documentId));
        return files.content(doc.getFile().getId());
    }

    /**
     * The caller's inbox: proposals waiting for what their role does next, overdue first.
     * Board specialists: submitted; Board leaders: checked, approved, reviewed by the Council;
     * member representatives: drafts and returned proposals of the blocs their unit leads.
     */
    public List<Proposal> inbox() {
        Set<ProposalStatus> statuses = new HashSet<>();
        if (context.isCallerInRole(Roles.BOARD_SPECIALIST)) {
            statuses.add(ProposalStatus.SUBMITTED);
        }
        if (context.isCallerInRole(Roles.BOARD_LEADER)) {
            statuses.addAll(List.of(ProposalStatus.CHECKED, ProposalStatus.APPROVED, ProposalStatus.COUNCIL_REVIEWED));
        }
        List<Proposal> result = new ArrayList<>();
        if (!statuses.isEmpty()) {
            result.addAll(em.createQuery("SELECT p FROM Proposal p WHERE p.status IN :s ORDER BY p.overdue DESC, p.dueOn, p.id",
                    Proposal.class).setParameter("s", statuses.stream().map(Enum::name).toList()).getResultList());
        }
        if (context.isCallerInRole(Roles.MEMBER_REPRESENTATIVE)) {
            for (Proposal p : em.createQuery("SELECT p FROM Proposal p WHERE p.status IN :s ORDER BY p.id", Proposal.class)
                    .setParameter("s", List.of(ProposalStatus.DRAFT.name(), ProposalStatus.RETURNED.name())).getResultList()) {
                if (leads(p)) {
                    result.add(p);
                }
            }
        }
        result.forEach(p -> p.getNominees().size());
        return result;
    }

    /** Counts per status, for the Board dashboard. */
    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public Map<ProposalStatus, Long> countsByStatus() {
        Map<ProposalStatus, Long> counts = new EnumMap<>(ProposalStatus.class);
        for (ProposalStatus s : ProposalStatus.values()) {
            counts.put(s, 0L);
        }
        for (Object[] row : em.createQuery("SELECT p.status, COUNT(p) FROM Proposal p GROUP BY p.status", Object[].class)
                .getResultList()) {
            counts.put(ProposalStatus.valueOf((String) row[0]), (Long) row[1]);
        }
        return counts;
    }

    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public List<Proposal> overdue() {
        return em.createQuery("SELECT p FROM Proposal p WHERE p.overdue = TRUE ORDER BY p.dueOn", Proposal.class)
                .getResultList();
    }

    /** Notifications for the caller: addressed to them or to one of their roles, newest first. */
    @PermitAll
    public List<Notification> notifications() {
        List<String> recipients = new ArrayList<>();
        recipients.add(caller());
        for (String role : List.of(Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER, Roles.MEMBER_REPRESENTATIVE)) {
            if (context.isCallerInRole(role)) {
                recipients.add("role:" + role);
            }
        }
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipient IN :r ORDER BY n.id DESC", Notification.class)
                .setParameter("r", recipients).setMaxResults(50).getResultList();
    }

    // ---- the leader's part ----

    /** Generates the dossier's documents from the year's data: proposal, both minutes, score table. */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public List<DossierDocument> generateDossier(@NotNull Long proposalId) {
        Proposal p = find(proposalId, LockModeType.PESSIMISTIC_WRITE);
        requireSubmitter(p);
        requireEditable(p);
        BallotView ballot = ballots.ballot(p.getBallotId());
        replace(p, DocumentKind.PROPOSAL, null, new Upload("to-trinh-" + p.getYear() + ".pdf", proposalPdf(p, ballot)));
        replace(p, DocumentKind.MEETING_MINUTES, null, new Upload("bien-ban-hoi-nghi.pdf",
                meetings.minutesPdf(ballot.meetingId())));
        replace(p, DocumentKind.COUNT_MINUTES, null, new Upload("bien-ban-kiem-phieu.pdf",
                counting.countMinutesPdf(ballot.id())));
        replace(p, DocumentKind.SCORE_TABLE, null, new Upload("bang-diem-" + p.getYear() + ".xlsx",
                scoring.exportRanking(p.getBloc().getId(), p.getYear())));
        audit.record("Proposal", proposalId, "DOSSIER_GENERATED", "proposal, minutes, count minutes, score table");
        return documents(proposalId);
    }

    /** Adds (or replaces) a nominee's achievement report, uploaded by the leader. */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public DossierDocument addAchievementReport(@NotNull Long proposalId, @NotNull Long unitId, @NotNull Upload report) {
        Proposal p = find(proposalId, LockModeType.PESSIMISTIC_WRITE);
        requireSubmitter(p);
        requireEditable(p);
        Unit unit = nominee(p, unitId);
        DossierDocument doc = replace(p, DocumentKind.ACHIEVEMENT_REPORT, unit, report);
        audit.record("Proposal", proposalId, "ACHIEVEMENT_REPORT", unit.getCode() + " | " + report.fileName());
        return doc;
    }

    /**
     * A draft of a nominee's achievement report from the year's data (score and rank, joint
     * activities), for the leader to edit before generating the report.
     */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public String draftAchievementReport(@NotNull Long proposalId, @NotNull Long unitId) {
        Proposal p = proposal(proposalId);
        Unit unit = nominee(p, unitId);
        ScoreTable.Row row = scoring.ranking(p.getBloc().getId(), p.getYear()).stream()
                .filter(r -> r.unitId().equals(unitId) && r.total().signum() > 0).findFirst().orElse(null);
        return documents.achievementReportDraft(unit.getName(), p.getBloc().getName(), p.getYear(),
                row == null ? null : row.total().stripTrailingZeros().toPlainString(), row == null ? null : row.rank());
    }

    /** Generates a nominee's achievement report as a PDF from the text the leader edited. */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public DossierDocument generateAchievementReport(@NotNull Long proposalId, @NotNull Long unitId,
                                                     @NotBlank String text) {
        Proposal p = find(proposalId, LockModeType.PESSIMISTIC_WRITE);
        requireSubmitter(p);
        requireEditable(p);
        Unit unit = nominee(p, unitId);
        byte[] pdf = documents.achievementReportPdf(new AchievementReport(new Header(
                p.getBloc().getProvince().getName(), unit.getShortName(), LocalDate.now()), p.getYear(), unit.getName(), text));
        DossierDocument doc = replace(p, DocumentKind.ACHIEVEMENT_REPORT, unit, new Upload("bao-cao-thanh-tich-"
                + unit.getCode() + ".pdf", pdf));
        audit.record("Proposal", proposalId, "ACHIEVEMENT_REPORT", unit.getCode() + " | generated");
        return doc;
    }

    private static Unit nominee(Proposal p, Long unitId) {
        return p.getNominees().stream().map(ProposalNominee::getUnit).filter(u -> u.getId().equals(unitId))
                .findFirst().orElseThrow(() -> new InvalidInputException("error.proposal.notNominee"));
    }

    /** The leader unit files (or refiles, after a return) the proposal under its number. */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public Proposal submit(@NotNull Long proposalId, @NotBlank String number) {
        Proposal p = find(proposalId, LockModeType.PESSIMISTIC_WRITE);
        requireSubmitter(p);
        boolean again = p.statusValue() == ProposalStatus.RETURNED;
        LocalDateTime now = LocalDateTime.now();
        p.move(again ? "RESUBMIT" : "SUBMIT", ProposalStatus.SUBMITTED, caller(), now, number.trim(),
                ProposalStatus.DRAFT, ProposalStatus.RETURNED);
        p.submitted(number.trim(), caller(), now, WorkingDays.add(now.toLocalDate(), APPRAISAL_WORKING_DAYS, holidays()));
        em.flush();
        audit.record("Proposal", proposalId, again ? "RESUBMIT" : "SUBMIT", number + " | due " + p.getDueOn());
        notify("role:" + Roles.BOARD_SPECIALIST, "Tờ trình " + number + " của " + p.getBloc().getName()
                + " chờ thẩm định, hạn " + p.getDueOn());
        LOG.info(() -> "Proposal " + proposalId + " submitted, due " + p.getDueOn());
        return p;
    }

    // ---- the Board's part ----

    /** The specialist finds the dossier complete; refused while a document is missing. */
    @RolesAllowed(Roles.BOARD_SPECIALIST)
    public Proposal checkDossier(@NotNull Long proposalId, String comment) {
        Proposal p = find(proposalId, LockModeType.PESSIMISTIC_WRITE);
        List<String> missing = missingDocuments(proposalId);
        if (p.statusValue() == ProposalStatus.SUBMITTED && !missing.isEmpty()) {
            throw new InvalidInputException("error.proposal.incomplete", String.join(", ", missing));
        }
        requireNotSubmitter(p);
        p.move("CHECK", ProposalStatus.CHECKED, caller(), LocalDateTime.now(), comment, ProposalStatus.SUBMITTED);
        return stepTaken(p, "CHECK", comment);
    }

    /** The specialist returns the proposal with a reason per document. */
    @RolesAllowed(Roles.BOARD_SPECIALIST)
    public Proposal returnProposal(@NotNull Long proposalId, @NotNull Map<DocumentKind, String> reasons) {
        Map<DocumentKind, String> given = new LinkedHashMap<>();
        reasons.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                given.put(k, v.trim());
            }
        });
        if (given.isEmpty()) {
            throw new InvalidInputException("error.proposal.reasonRequired");
        }
        Proposal p = find(proposalId, LockModeType.PESSIMISTIC_WRITE);
        requireNotSubmitter(p);
        String comment = given.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
        p.move("RETURN", ProposalStatus.RETURNED, caller(), LocalDateTime.now(), comment, ProposalStatus.SUBMITTED);
        notify(p.getSubmittedBy(), "Tờ trình " + p.getNumber() + " bị trả lại: " + comment);
        return stepTaken(p, "RETURN", comment);
    }

    @RolesAllowed(Roles.BOARD_LEADER)
    public Proposal approve(@NotNull Long proposalId, String comment) {
        Proposal p = find(proposalId, LockModeType.PESSIMISTIC_WRITE);
        requireNotSubmitter(p);
        p.move("APPROVE", ProposalStatus.APPROVED, caller(), LocalDateTime.now(), comment, ProposalStatus.CHECKED);
        return stepTaken(p, "APPROVE", comment);
    }

    @RolesAllowed(Roles.BOARD_LEADER)
    public Proposal reject(@NotNull Long proposalId, @NotBlank String comment) {
        Proposal p = find(proposalId, LockModeType.PESSIMISTIC_WRITE);
        requireNotSubmitter(p);
        p.move("REJECT", ProposalStatus.REJECTED, caller(), LocalDateTime.now(), comment, ProposalStatus.CHECKED);
        notify(p.getSubmittedBy(), "Tờ trình " + p.getNumber() + " không được chấp thuận: " + comment);
        return stepTaken(p, "REJECT", comment);
    }

    /** Records the Council's review: its vote, and the nominees it removed. */
    @RolesAllowed(Roles.BOARD_LEADER)
    public Proposal recordCouncil(@NotNull Long proposalId, int votesFor, int votesAgainst, int abstentions,
                                  @NotNull List<Long> removedUnitIds, String comment) {
        if (votesFor < 0 || votesAgainst < 0 || abstentions < 0) {
            throw new InvalidInputException("error.ballot.paperNegative");
        }
        Proposal p = find(proposalId, LockModeType.PESSIMISTIC_WRITE);
        requireNotSubmitter(p);
        List<String> removed = new ArrayList<>();
        for (Long unitId : removedUnitIds) {
            Unit unit = units.unit(unitId);
            p.removeNominee(unit);
            removed.add(unit.getCode());
        }
        if (p.getNominees().isEmpty()) {
            throw new InvalidInputException("error.proposal.noNominee");
        }
        String text = "Hội đồng: tán thành " + votesFor + ", không tán thành " + votesAgainst + ", không ý kiến "
                + abstentions + (removed.isEmpty() ? "" : "; loại: " + String.join(", ", removed))
                + (comment == null || comment.isBlank() ? "" : "; " + comment.trim());
        p.move("COUNCIL", ProposalStatus.COUNCIL_REVIEWED, caller(), LocalDateTime.now(), text, ProposalStatus.APPROVED);
        return stepTaken(p, "COUNCIL", text);
    }

    /** Records the Chair's decision; its awards (the remaining nominees) enter the registry. */
    @RolesAllowed(Roles.BOARD_LEADER)
    public AwardDecision recordDecision(@NotNull Long proposalId, @NotBlank String number, @NotNull LocalDate decidedOn,
                                        @NotBlank String signer, Upload signedPdf) {
        Proposal p = find(proposalId, LockModeType.PESSIMISTIC_WRITE);
        requireNotSubmitter(p);
        if (!em.createQuery("SELECT d FROM AwardDecision d WHERE d.number = :n", AwardDecision.class)
                .setParameter("n", number.trim()).getResultList().isEmpty()) {
            throw new InvalidInputException("error.decision.duplicateNumber", number);
        }
        p.move("DECISION", ProposalStatus.DECIDED, caller(), LocalDateTime.now(),
                number.trim() + " ngày " + decidedOn + " – " + signer.trim(), ProposalStatus.COUNCIL_REVIEWED);
        AwardDecision decision = new AwardDecision(p.getId(), number.trim(), decidedOn, signer.trim(),
                signedPdf == null ? null : files.store(signedPdf));
        em.persist(decision);
        for (ProposalNominee n : p.getNominees()) {
            em.persist(new Award(decision, n.getUnit(), p.getBloc(), p.getYear(), n.getAwardKind()));
        }
        em.flush();
        audit.record("AwardDecision", decision.getId(), "DECIDE", number + " | " + p.getNominees().stream()
                .map(n -> n.getAwardKind() + "=" + n.getUnit().getCode()).collect(Collectors.joining(", ")));
        stepTaken(p, "DECISION", number);
        return decision;
    }

    /** Marks appraisals past their due date and tells the Board; called daily by the timer. */
    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public int markOverdue(@NotNull LocalDate today) {
        List<Proposal> late = em.createQuery("SELECT p FROM Proposal p WHERE p.overdue = FALSE AND p.dueOn < :today"
                        + " AND p.status IN :s", Proposal.class).setParameter("today", today)
                .setParameter("s", List.of(ProposalStatus.SUBMITTED.name(), ProposalStatus.CHECKED.name())).getResultList();
        for (Proposal p : late) {
            p.markOverdue();
            notify("role:" + Roles.BOARD_SPECIALIST, "Tờ trình " + p.getNumber() + " quá hạn thẩm định (hạn " + p.getDueOn() + ")");
            notify("role:" + Roles.BOARD_LEADER, "Tờ trình " + p.getNumber() + " quá hạn thẩm định (hạn " + p.getDueOn() + ")");
            audit.record("Proposal", p.getId(), "OVERDUE", "due " + p.getDueOn());
        }
        if (!late.isEmpty()) {
            mailer.sendToBoard("Tờ trình quá hạn thẩm định", late.stream()
                    .map(p -> p.getNumber() + " – " + p.getBloc().getName() + " (hạn " + p.getDueOn() + ")")
                    .collect(Collectors.joining("\n")));
        }
        return late.size();
    }

    /** The public holidays the deadlines skip, from a year on. */
    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public List<Object[]> holidaysFrom(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT holiday, name FROM public_holiday WHERE holiday >= ? ORDER BY holiday")
                .setParameter(1, LocalDate.of(year, 1, 1)).getResultList();
        return rows;
    }

    /** Adds a public holiday (the Board sets each year's, Tết moving with the lunar calendar). */
    @RolesAllowed(Roles.BOARD_SPECIALIST)
    public void addHoliday(@NotNull LocalDate day, @NotBlank String name) {
        if (holidays().contains(day)) {
            throw new InvalidInputException("error.holiday.exists", day);
        }
        em.createNativeQuery("INSERT INTO public_holiday (holiday, name) VALUES (?, ?)").setParameter(1, day)
                .setParameter(2, name.trim()).executeUpdate();
        audit.record("PublicHoliday", day, "CREATE", name.trim());
    }

    // ---- internals ----

    private Proposal stepTaken(Proposal p, String step, String comment) {
        em.flush();
        audit.record("Proposal", p.getId(), step, p.getStatus() + (comment == null ? "" : " | " + comment));
        p.getNominees().size();
        p.getSteps().size();
        return p;
    }

    private DossierDocument replace(Proposal p, DocumentKind kind, Unit unit, Upload upload) {
        for (DossierDocument old : em.createQuery("SELECT d FROM DossierDocument d WHERE d.proposal = :p AND d.kind = :k",
                DossierDocument.class).setParameter("p", p).setParameter("k", kind).getResultList()) {
            if (unit == null || (old.getUnit() != null && old.getUnit().getId().equals(unit.getId()))) {
                em.remove(old);
            }
        }
        DossierDocument doc = new DossierDocument(p, kind, unit, files.store(upload));
        em.persist(doc);
        em.flush();
        return doc;
    }

    private byte[] proposalPdf(Proposal p, BallotView ballot) {
        List<ProposalLetter.Nominee> nominees = p.getNominees().stream()
                .map(n -> new ProposalLetter.Nominee(n.getAwardKind().name(), n.getUnit().getName())).toList();
        return documents.proposalPdf(new ProposalLetter(new Header(p.getBloc().getProvince().getName(),
                p.getBloc().getName(), LocalDate.now()), p.getYear(), ballot.title(), p.getBloc().getName(), nominees,
                blocs.leaderUnit(p.getBloc().getId(), p.getYear()).map(Unit::getName).orElse("")));
    }

    private Set<LocalDate> holidays() {
        return new HashSet<>(em.createNativeQuery("SELECT holiday FROM public_holiday").getResultList().stream()
                .map(d -> d instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) d).toList());
    }

    private void notify(String recipient, String text) {
        if (recipient != null) {
            em.persist(new Notification(recipient, text.length() > 1000 ? text.substring(0, 999) : text, LocalDateTime.now()));
        }
    }

    /** The leader unit's representative of the bloc in the proposal's year (the deputy is not delegated here). */
    private void requireSubmitter(Proposal p) {
        if (!leads(p)) {
            throw new AccessDeniedException();
        }
    }

    private boolean leads(Proposal p) {
        return blocs.leaderUnit(p.getBloc().getId(), p.getYear())
                .map(leader -> access.callerRepresentsMember(p.getBloc().getId(), p.getYear(), leader.getId()))
                .orElse(false);
    }

    private static void requireEditable(Proposal p) {
        if (p.statusValue() != ProposalStatus.DRAFT && p.statusValue() != ProposalStatus.RETURNED) {
            throw new InvalidInputException("error.proposal.wrongState", p.getStatus());
        }
    }

    /** Nobody approves, checks or decides on a proposal they submitted. */
    private void requireNotSubmitter(Proposal p) {
        if (caller().equals(p.getSubmittedBy())) {
            throw new InvalidInputException("error.proposal.ownSubmission");
        }
    }

    private Proposal find(Long id, LockModeType lock) {
        Proposal p = lock == LockModeType.NONE ? em.find(Proposal.class, id) : em.find(Proposal.class, id, lock);
        if (p == null) {
            throw new NotFoundException("Proposal", id);
        }
        return p;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
