package vn.thidua.proposal.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import vn.thidua.audit.service.AuditService;
import vn.thidua.calendar.service.CalendarService;
import vn.thidua.document.service.DocumentService;
import vn.thidua.file.service.Upload;
import vn.thidua.notification.service.NotificationService;
import vn.thidua.proposal.entity.DocumentKind;
import vn.thidua.proposal.entity.Proposal;
import vn.thidua.proposal.entity.ProposalStatus;
import vn.thidua.proposal.internal.Decisions;
import vn.thidua.proposal.internal.Proposals;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.Roles;
import vn.thidua.shared.SeparationOfDutiesException;
import vn.thidua.shared.StorableInput;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.service.UnitService;

/**
 * The approval chain: the bloc leader submits; a Board specialist checks the dossier or
 * returns it with reasons per document; the Board leader approves or rejects, then records
 * the Council's review (which may cut nominees) and the Chair's decision, whose awards the
 * registry enters. Each step locks the proposal, checks the role and the data, records who,
 * when, what and why, and is audited. Nobody approves a proposal they submitted, and the
 * account that checked the dossier neither approves nor rejects it (separation of duties,
 * also when one account holds both Board roles). The
 * appraisal is due the province's deadline of the year (by default, the law's
 * {@value #APPRAISAL_WORKING_DAYS} working days) after submission, counted in the province's
 * calendar ({@link CalendarService#appraisalDue}).
 */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class ApprovalWorkflowService {

    /** The law's default appraisal deadline; a province may set another per year. */
    public static final int APPRAISAL_WORKING_DAYS = 20;
    private static final Logger LOG = Logger.getLogger(ApprovalWorkflowService.class.getName());

    /** A step's comment column (proposal_step.comment) holds 4000 characters. */
    private static final int MAX_COMMENT = 4000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Proposals proposals;

    @Inject
    private DossierService dossiers;

    @Inject
    private UnitService units;

    @Inject
    private CalendarService calendar;

    @Inject
    private NotificationService notifications;

    @Inject
    private AuditService audit;

    @Inject
    private DocumentService documents;

    @Inject
    private Decisions decisions;

    /**
     * The leader unit files (or refiles, after a return) the proposal. Filing issues it: in
     * this transaction the proposal takes its number from the leader unit's register (a
     * refiled proposal keeps its number), with its conference and count minutes, and the
     * dossier's generated PDFs carry those numbers.
     */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public ProposalView submit(@NotNull Long proposalId) {
        Proposal p = proposals.lock(proposalId);
        proposals.requireSubmitter(p);
        boolean again = p.statusValue() == ProposalStatus.RETURNED;
        LocalDateTime now = LocalDateTime.now();
        Proposals.requireEditable(p);
        String number = dossiers.issueDocuments(proposalId);
        p.move(again ? "RESUBMIT" : "SUBMIT", ProposalStatus.SUBMITTED, proposals.caller(), now, number,
                ProposalStatus.DRAFT, ProposalStatus.RETURNED);
        p.submitted(number, proposals.caller(), now,
                calendar.appraisalDue(p.getBloc().provinceOn(now.toLocalDate()).getId(), now.toLocalDate()));
        em.flush();
        audit.record("Proposal", proposalId, again ? "RESUBMIT" : "SUBMIT", number + " | due " + p.getDueOn());
        notifications.notify(NotificationService.role(Roles.BOARD_SPECIALIST), "notification.submitted", number,
                p.getBloc().getName(), p.getDueOn());
        LOG.info(() -> "Proposal " + proposalId + " submitted, due " + p.getDueOn());
        return proposals.view(proposalId);
    }

    /** The specialist finds the dossier complete; refused while a document is missing. */
    @RolesAllowed(Roles.BOARD_SPECIALIST)
    public ProposalView checkDossier(@NotNull Long proposalId,
                                     @Size(max = 4000, message = "{text.size4000}") @StorableInput String comment) {
        Proposal p = proposals.lock(proposalId);
        List<String> missing = dossiers.missingDocuments(proposalId);
        if (p.statusValue() == ProposalStatus.SUBMITTED && !missing.isEmpty()) {
            throw new InvalidInputException("error.proposal.incomplete", String.join(", ", missing.stream()
                    .map(this::missingLabel).toList()));
        }
        proposals.requireNotSubmitter(p);
        p.move("CHECK", ProposalStatus.CHECKED, proposals.caller(), LocalDateTime.now(), comment, ProposalStatus.SUBMITTED);
        p.checkedBy(proposals.caller());
        return stepTaken(p, "CHECK", comment);
    }

    /** The specialist returns the proposal with a reason per document. */
    @RolesAllowed(Roles.BOARD_SPECIALIST)
    public ProposalView returnProposal(@NotNull Long proposalId,
                                       @NotNull @StorableInput Map<DocumentKind, String> reasons) {
        Map<DocumentKind, String> given = new LinkedHashMap<>();
        reasons.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                given.put(k, v.trim());
            }
        });
        if (given.isEmpty()) {
            throw new InvalidInputException("error.proposal.reasonRequired");
        }
        Proposal p = proposals.lock(proposalId);
        proposals.requireNotSubmitter(p);
        String comment = given.entrySet().stream().map(e -> documents.text("documentKind." + e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
        if (comment.length() > MAX_COMMENT) {
            throw new InvalidInputException("error.proposal.reasonsSize", MAX_COMMENT);
        }
        p.move("RETURN", ProposalStatus.RETURNED, proposals.caller(), LocalDateTime.now(), comment, ProposalStatus.SUBMITTED);
        notifications.notify(p.getSubmittedBy(), "notification.returned", p.getNumber(), comment);
        return stepTaken(p, "RETURN", comment);
    }

    /** The Board leader approves a checked proposal; never the account that checked it. */
    @RolesAllowed(Roles.BOARD_LEADER)
    public ProposalView approve(@NotNull Long proposalId,
                                @Size(max = 4000, message = "{text.size4000}") @StorableInput String comment) {
        Proposal p = proposals.lock(proposalId);
        proposals.requireNotSubmitter(p);
        requireNotChecker(p, "APPROVE");
        p.move("APPROVE", ProposalStatus.APPROVED, proposals.caller(), LocalDateTime.now(), comment, ProposalStatus.CHECKED);
        return stepTaken(p, "APPROVE", comment);
    }

    /** The Board leader rejects a checked proposal with a reason; never the account that checked it. */
    @RolesAllowed(Roles.BOARD_LEADER)
    public ProposalView reject(@NotNull Long proposalId,
                               @NotBlank @Size(max = 4000, message = "{text.size4000}") @StorableInput String comment) {
        Proposal p = proposals.lock(proposalId);
        proposals.requireNotSubmitter(p);
        requireNotChecker(p, "REJECT");
        p.move("REJECT", ProposalStatus.REJECTED, proposals.caller(), LocalDateTime.now(), comment, ProposalStatus.CHECKED);
        notifications.notify(p.getSubmittedBy(), "notification.rejected", p.getNumber(), comment);
        return stepTaken(p, "REJECT", comment);
    }

    /** Records the Council's review: its vote, and the nominees it removed. */
    @RolesAllowed(Roles.BOARD_LEADER)
    public ProposalView recordCouncil(@NotNull Long proposalId, int votesFor, int votesAgainst, int abstentions,
                                      @NotNull List<Long> removedUnitIds,
                                      @Size(max = 3000, message = "{proposal.councilComment.size}") @StorableInput String comment) {
        if (votesFor < 0 || votesAgainst < 0 || abstentions < 0) {
            throw new InvalidInputException("error.ballot.paperNegative");
        }
        Proposal p = proposals.lock(proposalId);
        proposals.requireNotSubmitter(p);
        List<String> removed = new ArrayList<>();
        for (Long unitId : removedUnitIds) {
            Unit unit = units.unit(unitId);
            p.removeNominee(unit);
            removed.add(unit.getCode());
        }
        if (p.getNominees().isEmpty()) {
            throw new InvalidInputException("error.proposal.noNominee");
        }
        String text = documents.text("proposal.step.council", votesFor, votesAgainst, abstentions)
                + (removed.isEmpty() ? "" : documents.text("proposal.step.council.removed", String.join(", ", removed)))
                + (comment == null || comment.isBlank() ? "" : documents.text("proposal.step.council.comment", comment.trim()));
        p.move("COUNCIL", ProposalStatus.COUNCIL_REVIEWED, proposals.caller(), LocalDateTime.now(), text,
                ProposalStatus.APPROVED);
        return stepTaken(p, "COUNCIL", text);
    }

    /**
     * Records the Chair's decision on one proposal; the registry enters it with its awards
     * (the remaining nominees), in this step's transaction. A proposal the Board gathered into
     * a consolidated submission is decided with it
     * ({@link ConsolidatedSubmissionService#recordDecision}), not alone.
     */
    @RolesAllowed(Roles.BOARD_LEADER)
    public ProposalView recordDecision(@NotNull Long proposalId,
                                       @NotBlank @Size(max = 60, message = "{proposal.number.size}")
                                       @StorableInput String number,
                                       @NotNull @StorableInput LocalDate decidedOn,
                                       @NotBlank @Size(max = 200, message = "{decision.signer.size}") @StorableInput String signer,
                                       Upload signedPdf) {
        Proposal p = proposals.lock(proposalId);
        proposals.requireNotSubmitter(p);
        if (p.statusValue() != ProposalStatus.COUNCIL_REVIEWED) {
            throw new InvalidInputException("error.proposal.wrongState", p.statusValue().name());
        }
        if (p.getSubmission() != null) {
            throw new InvalidInputException("error.proposal.inSubmission", p.getSubmission().getNumber());
        }
        decisions.decide(List.of(p), number, decidedOn, signer, signedPdf);
        return stepTaken(p, "DECISION", number);
    }

    /** Marks appraisals past their due date and tells the Board; called daily by the timer. */
    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public int markOverdue(@NotNull LocalDate today) {
        List<Proposal> late = em.createNamedQuery(Proposal.LATE, Proposal.class).setParameter("today", today)
                .setParameter("statuses", List.of(ProposalStatus.SUBMITTED.name(), ProposalStatus.CHECKED.name()))
                .getResultList();
        for (Proposal p : late) {
            p.markOverdue();
            notifications.notify(NotificationService.role(Roles.BOARD_SPECIALIST), "notification.overdue", p.getNumber(),
                    p.getDueOn());
            notifications.notify(NotificationService.role(Roles.BOARD_LEADER), "notification.overdue", p.getNumber(),
                    p.getDueOn());
            audit.record("Proposal", p.getId(), "OVERDUE", "due " + p.getDueOn());
        }
        if (!late.isEmpty()) {
            notifications.mailBoard("notification.overdue.mailSubject", late.stream()
                    .map(p -> documents.text("notification.overdue.mailLine", p.getNumber(), p.getBloc().getName(),
                            p.getDueOn())).toList());
        }
        return late.size();
    }

    /**
     * A missing document as people name it: "Báo cáo thành tích – Hội Nông dân tỉnh" for
     * {@code ACHIEVEMENT_REPORT:Hội Nông dân tỉnh} ({@link DossierService#missingDocuments}).
     */
    private String missingLabel(String missing) {
        int colon = missing.indexOf(':');
        String kind = colon < 0 ? missing : missing.substring(0, colon);
        return documents.text("documentKind." + kind) + (colon < 0 ? "" : " – " + missing.substring(colon + 1));
    }

    /** Refuses the checker at the leader's step; the refusal is logged, nothing is stored. */
    private void requireNotChecker(Proposal p, String step) {
        try {
            proposals.requireNotChecker(p);
        } catch (SeparationOfDutiesException e) {
            LOG.info(() -> "Proposal " + p.getId() + ": " + step + " refused, " + proposals.caller() + " checked it");
            throw e;
        }
    }

    private ProposalView stepTaken(Proposal p, String step, String comment) {
        em.flush();
        audit.record("Proposal", p.getId(), step, p.getStatus() + (comment == null ? "" : " | " + comment));
        return proposals.view(p.getId());
    }
}
