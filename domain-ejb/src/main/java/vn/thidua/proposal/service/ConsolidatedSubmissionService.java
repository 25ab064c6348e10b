package vn.thidua.proposal.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import vn.thidua.audit.service.AuditService;
import vn.thidua.calendar.service.ProvinceSettingsService;
import vn.thidua.document.service.BoardSubmission;
import vn.thidua.document.service.DocumentFormat;
import vn.thidua.document.service.DocumentService;
import vn.thidua.document.service.ProposalLetter;
import vn.thidua.document.service.Signer;
import vn.thidua.file.service.Upload;
import vn.thidua.proposal.entity.ConsolidatedSubmission;
import vn.thidua.proposal.entity.Proposal;
import vn.thidua.proposal.entity.ProposalStatus;
import vn.thidua.proposal.internal.Decisions;
import vn.thidua.proposal.internal.Proposals;
import vn.thidua.register.service.Issue;
import vn.thidua.register.service.RegisterKind;
import vn.thidua.register.service.RegisterService;
import vn.thidua.registry.service.DecisionRecord;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Roles;
import vn.thidua.shared.StorableInput;
import vn.thidua.unit.entity.Province;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.service.BoardUnitService;
import vn.thidua.unit.service.UnitService;

/**
 * One decision for many proposals: the Board gathers the proposals of its province's year
 * that await the Chair (reviewed by the Council), of all blocs, into one consolidated
 * submission to the Chair, numbered in the Board's own register (the province's Board unit,
 * {@link BoardUnitService}; "01/TTr-BTĐKT"), as a Decree 30 document in PDF and .docx; the
 * Board leader then records the Chair's one decision on it, which decides every proposal of
 * the submission and enters the awards of all its blocs under that one number and date.
 */
@Stateless
@RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class ConsolidatedSubmissionService {

    private static final Logger LOG = Logger.getLogger(ConsolidatedSubmissionService.class.getName());
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Proposals proposals;

    @Inject
    private Decisions decisions;

    @Inject
    private UnitService units;

    @Inject
    private BoardUnitService boardUnits;

    @Inject
    private RegisterService registers;

    @Inject
    private DocumentService documents;

    @Inject
    private ProvinceSettingsService settings;

    @Inject
    private AuditService audit;

    /** The proposals of the province's year that await the Chair and are in no submission yet, by bloc. */
    public List<ProposalView> awaiting(@NotNull Long provinceId, int year) {
        requireYear(year);
        return proposals.views(em.createNamedQuery(Proposal.AWAITING_CHAIR, Proposal.class)
                .setParameter("province", provinceId).setParameter("yearEnd", LocalDate.of(year, 12, 31))
                .setParameter("year", year).getResultList().stream().map(Proposal::getId).toList());
    }

    /**
     * Gathers every proposal of the province's year that awaits the Chair into a new
     * consolidated submission, numbered in the Board's register in this transaction; each
     * proposal records the step. Refused when no proposal awaits the Chair.
     */
    public SubmissionView consolidate(@NotNull Long provinceId, int year) {
        requireYear(year);
        Province province = units.province(provinceId);
        Unit board = boardUnits.boardUnit(provinceId, documents.text("boardSubmission.unitName", province.getName()),
                documents.text("boardSubmission.unitShortName"));
        List<Proposal> gathered = em.createNamedQuery(Proposal.AWAITING_CHAIR, Proposal.class)
                .setParameter("province", provinceId).setParameter("yearEnd", LocalDate.of(year, 12, 31))
                .setParameter("year", year).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (gathered.isEmpty()) {
            throw new InvalidInputException("error.submission.nothingAwaits", String.valueOf(year), province.getName());
        }
        LocalDateTime now = LocalDateTime.now();
        ConsolidatedSubmission submission = new ConsolidatedSubmission(province, year, proposals.caller(), now);
        em.persist(submission);
        em.flush();
        String sign = registers.take(new Issue(board.getId(), RegisterKind.PROPOSAL,
                RegisterService.CONSOLIDATED_SUBMISSION, submission.getId(),
                documents.text("boardSubmission.summary", String.valueOf(year), gathered.size()),
                documents.text("document.boardSymbol"), now.toLocalDate())).sign();
        submission.numbered(sign);
        for (Proposal p : gathered) {
            p.gatherInto(submission);
            p.move("CONSOLIDATE", ProposalStatus.COUNCIL_REVIEWED, proposals.caller(), now, sign,
                    ProposalStatus.COUNCIL_REVIEWED);
        }
        em.flush();
        audit.record("ConsolidatedSubmission", submission.getId(), "CONSOLIDATE", sign + " | " + gathered.stream()
                .map(Proposal::getNumber).collect(Collectors.joining(", ")));
        decisions.audit(gathered, "CONSOLIDATE", sign);
        LOG.info(() -> "Consolidated submission " + sign + " of " + province.getCode() + " " + year + ": "
                + gathered.size() + " proposals");
        return view(submission);
    }

    /** The consolidated submissions of the province's year, oldest first. */
    public List<SubmissionView> submissions(@NotNull Long provinceId, int year) {
        requireYear(year);
        return em.createNamedQuery(ConsolidatedSubmission.OF_PROVINCE_YEAR, ConsolidatedSubmission.class)
                .setParameter("province", provinceId).setParameter("year", year).getResultList().stream()
                .map(this::view).toList();
    }

    public SubmissionView submission(@NotNull Long submissionId) {
        return view(found(submissionId, em.find(ConsolidatedSubmission.class, submissionId)));
    }

    /**
     * The submission as a Decree 30 document (PDF or .docx): the Board's header and register
     * number, every bloc's proposal with its nominees, the head of the Board's signature (the
     * Board unit's document convention names who signs; blank when it names nobody).
     */
    public byte[] document(@NotNull Long submissionId, @NotNull DocumentFormat format) {
        SubmissionView s = submission(submissionId);
        List<BoardSubmission.Bloc> blocs = s.proposals().stream().map(p -> new BoardSubmission.Bloc(p.blocName(),
                p.number(), p.nominees().stream().map(n -> new ProposalLetter.Nominee(n.awardKind().name(),
                        n.unitName())).toList())).toList();
        BoardSubmission document = new BoardSubmission(documents.boardHeader(s.provinceName(), false,
                s.createdAt().toLocalDate()), s.number(), s.year(), blocs, boardHeadSigner(s));
        return format == DocumentFormat.DOCX ? documents.boardSubmissionDocx(document)
                : documents.boardSubmissionPdf(document);
    }

    /**
     * Records the Chair's one decision on the submission: every proposal of it is decided
     * (DECISION step) and the registry enters one decision with the awards of all its blocs.
     * Refused, with nothing stored, when the submission was decided, when a proposal no
     * longer awaits the Chair, or when the number is taken for the authority and year.
     */
    @RolesAllowed(Roles.BOARD_LEADER)
    public SubmissionView recordDecision(@NotNull Long submissionId,
                                         @NotBlank @Size(max = 60, message = "{proposal.number.size}")
                                         @StorableInput String number,
                                         @NotNull @StorableInput LocalDate decidedOn,
                                         @NotBlank @Size(max = 200, message = "{decision.signer.size}")
                                         @StorableInput String signer,
                                         Upload signedPdf) {
        ConsolidatedSubmission submission = found(submissionId,
                em.find(ConsolidatedSubmission.class, submissionId, LockModeType.PESSIMISTIC_WRITE));
        if (submission.getDecisionId() != null) {
            throw new InvalidInputException("error.submission.decided", submission.getNumber());
        }
        List<Proposal> decided = proposalIds(submissionId).stream().map(proposals::lock).toList();
        DecisionRecord decision = decisions.decide(decided, number, decidedOn, signer, signedPdf);
        submission.decided(decision.id());
        em.flush();
        audit.record("ConsolidatedSubmission", submissionId, "DECISION", submission.getNumber() + " | " + number.trim());
        decisions.audit(decided, "DECISION", number.trim());
        LOG.info(() -> "Consolidated submission " + submissionId + " decided: " + decided.size() + " proposals");
        return view(submission);
    }

    /**
     * Who signs the submission for the Board: the head of the Board (or a deputy, "KT. TRƯỞNG
     * BAN") as the province's settings of the submission's day name them; where the settings
     * name nobody but the Board unit's document convention does (unit form: signer's
     * authority, title, name), that one; otherwise the settings' line with the name left blank
     * for a hand signature.
     */
    private Signer boardHeadSigner(SubmissionView s) {
        Signer fromSettings = settings.boardHeadSigner(s.provinceId(), s.createdAt().toLocalDate());
        if (fromSettings.name() != null && !fromSettings.name().isBlank()) {
            return fromSettings;
        }
        Unit board = units.currentUnit(BoardUnitService.BOARD_CODE_PREFIX
                + units.province(s.provinceId()).getCode()).orElse(null);
        return board == null || board.getSignerName() == null ? fromSettings
                : new Signer(board.getSignerAuthority(), board.getSignerTitle(), board.getSignerName());
    }

    private List<Long> proposalIds(Long submissionId) {
        return em.createNamedQuery(Proposal.IDS_OF_SUBMISSION, Long.class).setParameter("submission", submissionId)
                .getResultList();
    }

    private SubmissionView view(ConsolidatedSubmission s) {
        return new SubmissionView(s.getId(), s.getProvince().getId(), s.getProvince().getName(), s.getYear(),
                s.getNumber(), s.getCreatedBy(), s.getCreatedAt(), s.getDecisionId(),
                proposals.views(proposalIds(s.getId())));
    }

    private static ConsolidatedSubmission found(Long id, ConsolidatedSubmission s) {
        if (s == null) {
            throw new NotFoundException("ConsolidatedSubmission", id);
        }
        return s;
    }

    private static void requireYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException("error.bloc.year", FIRST_YEAR, LAST_YEAR);
        }
    }
}
