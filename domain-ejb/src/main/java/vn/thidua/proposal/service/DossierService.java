package vn.thidua.proposal.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.audit.service.AuditService;
import vn.thidua.ballot.service.BallotQueryService;
import vn.thidua.ballot.service.BallotView;
import vn.thidua.ballot.service.CountingService;
import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.document.service.AchievementReport;
import vn.thidua.document.service.DocumentFormat;
import vn.thidua.document.service.DocumentService;
import vn.thidua.document.service.Header;
import vn.thidua.document.service.Signer;
import vn.thidua.file.entity.StoredFile;
import vn.thidua.file.service.FileService;
import vn.thidua.file.service.Upload;
import vn.thidua.job.service.JobProgress;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.proposal.entity.DocumentKind;
import vn.thidua.proposal.entity.DossierDocument;
import vn.thidua.proposal.entity.Proposal;
import vn.thidua.proposal.entity.ProposalNominee;
import vn.thidua.proposal.internal.Proposals;
import vn.thidua.register.service.RegisterKind;
import vn.thidua.register.service.Issue;
import vn.thidua.register.service.RegisterService;
import vn.thidua.scoring.service.ScoreTable;
import vn.thidua.scoring.service.ScoringService;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Roles;
import vn.thidua.shared.StorableInput;
import vn.thidua.unit.entity.Unit;

/**
 * A proposal's dossier (law art. 84): the proposal letter, the conference and ballot-count
 * minutes and the score table generated from the year's data, and one achievement report
 * per nominee, uploaded or written from a draft. The bloc's leader unit compiles it while
 * the proposal is a draft or returned; whoever reads the bloc's year reads it.
 */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class DossierService {

    /** The longest achievement report text (characters). */
    public static final int REPORT_TEXT_MAX = 20_000;

    /** The documents every dossier holds once, beside one achievement report per nominee. */
    private static final List<DocumentKind> ONCE = List.of(DocumentKind.PROPOSAL, DocumentKind.MEETING_MINUTES,
            DocumentKind.COUNT_MINUTES, DocumentKind.SCORE_TABLE);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Proposals proposals;

    @Inject
    private BlocService blocs;

    @Inject
    private BlocAccess access;

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
    private RegisterService registers;

    @Inject
    private ProposalDocumentService proposalDocuments;

    /** The dossier's documents, oldest first. */
    public List<DocumentView> documents(@NotNull Long proposalId) {
        Proposal p = proposals.find(proposalId);
        access.requireReadAccess(p.getBloc().getId(), p.getYear());
        return em.createNamedQuery(DossierDocument.VIEWS_OF_PROPOSAL, DocumentView.class)
                .setParameter("proposal", proposalId).getResultList();
    }

    /** What the dossier still lacks (law art. 84): kinds, and nominees without an achievement report. */
    public List<String> missingDocuments(@NotNull Long proposalId) {
        ProposalView p = readable(proposalId);
        List<DocumentView> docs = documents(proposalId);
        List<String> missing = new ArrayList<>();
        for (DocumentKind kind : ONCE) {
            if (docs.stream().noneMatch(d -> d.kind() == kind)) {
                missing.add(kind.name());
            }
        }
        for (ProposalView.Nominee n : p.nominees()) {
            if (docs.stream().noneMatch(d -> d.kind() == DocumentKind.ACHIEVEMENT_REPORT
                    && n.unitId().equals(d.unitId()))) {
                missing.add(DocumentKind.ACHIEVEMENT_REPORT.name() + ":" + n.unitName());
            }
        }
        return missing;
    }

    /** The document's content, with its hash checked. */
    public byte[] documentContent(@NotNull Long proposalId, @NotNull Long documentId) {
        DocumentView doc = documents(proposalId).stream().filter(d -> d.id().equals(documentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("DossierDocument", documentId));
        return files.content(doc.fileId());
    }

    /** Generates the dossier's documents from the year's data: proposal, both minutes, score table. */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public List<DocumentView> generateDossier(@NotNull Long proposalId) {
        return generateDossier(proposalId, JobProgress.NONE);
    }

    /** The same, reporting its progress after each document (for the background job). */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public List<DocumentView> generateDossier(@NotNull Long proposalId, @NotNull JobProgress progress) {
        Proposal p = editable(proposalId);
        BallotPapers ballot = ballotPapers(p.getBallotId());
        progress.report(20);
        replace(p, DocumentKind.PROPOSAL, null, new Upload(documents.text("dossier.file.proposal", p.getYear()),
                proposalPdf(p)));
        progress.report(40);
        replace(p, DocumentKind.MEETING_MINUTES, null, new Upload(documents.text("dossier.file.meetingMinutes"),
                meetings.minutesPdf(ballot.meetingId())));
        progress.report(60);
        replace(p, DocumentKind.COUNT_MINUTES, null, new Upload(documents.text("dossier.file.countMinutes"),
                ballot.countMinutesPdf()));
        progress.report(80);
        replace(p, DocumentKind.SCORE_TABLE, null, new Upload(documents.text("dossier.file.scoreTable", p.getYear()),
                scoring.exportRanking(p.getBloc().getId(), p.getYear())));
        progress.report(100);
        audit.record("Proposal", proposalId, "DOSSIER_GENERATED", "proposal, minutes, count minutes, score table");
        return documents(proposalId);
    }

    /**
     * Issues the dossier at submission (while the leader holds the proposal), inside the
     * submission's transaction: the proposal takes its number (TTr) from the leader unit's
     * register of the year (a refiled proposal keeps its own); its conference's and count
     * minutes, numbered when the ballot was confirmed, take theirs now only if they have none
     * (a ballot confirmed before the register existed, or in a year without a leader); the
     * dossier's generated PDFs of the three are generated again with their numbers. The
     * proposal's sign ("05/TTr-KTĐ03").
     */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String issueDocuments(@NotNull Long proposalId) {
        Proposal p = editable(proposalId);
        Unit leader = blocs.leaderUnit(p.getBloc().getId(), p.getYear())
                .orElseThrow(() -> new InvalidInputException("error.proposal.noLeader"));
        BallotView ballot = ballots.ballot(p.getBallotId());
        String issuer = Issue.blocAbbreviation(p.getBloc().getCode());
        LocalDate today = LocalDate.now();
        String sign = registers.take(new Issue(leader.getId(), RegisterKind.PROPOSAL, RegisterService.PROPOSAL, p.getId(),
                documents.text("register.summary.proposal", p.getYear(), p.getBloc().getName()), issuer, today)).sign();
        registers.take(new Issue(leader.getId(), RegisterKind.MINUTES, RegisterService.CONFERENCE_MINUTES, ballot.meetingId(),
                documents.text("register.summary.conferenceMinutes", p.getYear(), p.getBloc().getName()), issuer, today));
        registers.take(new Issue(leader.getId(), RegisterKind.MINUTES, RegisterService.COUNT_MINUTES, ballot.id(),
                documents.text("register.summary.countMinutes", ballot.title(), p.getBloc().getName()), issuer, today));
        List<DocumentKind> generated = em.createNamedQuery(DossierDocument.VIEWS_OF_PROPOSAL, DocumentView.class)
                .setParameter("proposal", proposalId).getResultList().stream().map(DocumentView::kind).toList();
        if (generated.contains(DocumentKind.PROPOSAL)) {
            replace(p, DocumentKind.PROPOSAL, null, new Upload(documents.text("dossier.file.proposal", p.getYear()),
                    proposalPdf(p)));
        }
        if (generated.contains(DocumentKind.MEETING_MINUTES)) {
            replace(p, DocumentKind.MEETING_MINUTES, null, new Upload(documents.text("dossier.file.meetingMinutes"),
                    meetings.minutesPdf(ballot.meetingId())));
        }
        if (generated.contains(DocumentKind.COUNT_MINUTES)) {
            replace(p, DocumentKind.COUNT_MINUTES, null, new Upload(documents.text("dossier.file.countMinutes"),
                    counting.countMinutesPdf(ballot.id())));
        }
        return sign;
    }

    /** Adds (or replaces) a nominee's achievement report, uploaded by the leader. */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public DocumentView addAchievementReport(@NotNull Long proposalId, @NotNull Long unitId, @NotNull Upload report) {
        Proposal p = editable(proposalId);
        Unit unit = nominee(p, unitId);
        DocumentView doc = replace(p, DocumentKind.ACHIEVEMENT_REPORT, unit, report);
        audit.record("Proposal", proposalId, "ACHIEVEMENT_REPORT", unit.getCode() + " | " + report.fileName());
        return doc;
    }

    /**
     * A draft of a nominee's achievement report from the year's data (score and rank, joint
     * activities), for the leader to edit before generating the report.
     */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public String draftAchievementReport(@NotNull Long proposalId, @NotNull Long unitId) {
        ProposalView p = readable(proposalId);
        ProposalView.Nominee nominee = p.nominee(unitId)
                .orElseThrow(() -> new InvalidInputException("error.proposal.notNominee"));
        ScoreTable.Row row = scoring.ranking(p.blocId(), p.year()).stream()
                .filter(r -> r.unitId().equals(unitId) && r.total().signum() > 0).findFirst().orElse(null);
        return documents.achievementReportDraft(nominee.unitName(), p.blocName(), p.year(),
                row == null ? null : row.total().stripTrailingZeros().toPlainString(), row == null ? null : row.rank());
    }

    /**
     * Generates a nominee's achievement report as a PDF from the text the leader edited (at
     * most {@value #REPORT_TEXT_MAX} characters, about twenty pages).
     */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public DocumentView generateAchievementReport(@NotNull Long proposalId, @NotNull Long unitId,
                                                  @NotBlank @Size(max = REPORT_TEXT_MAX, message = "{report.text.size}")
                                                  @StorableInput String text) {
        Proposal p = editable(proposalId);
        Unit unit = nominee(p, unitId);
        byte[] pdf = documents.achievementReportPdf(new AchievementReport(unitHeader(p, unit), null, p.getYear(),
                unit.getName(), text, new Signer(unit.getSignerAuthority(), unit.getSignerTitle(), unit.getSignerName())));
        DocumentView doc = replace(p, DocumentKind.ACHIEVEMENT_REPORT, unit,
                new Upload(documents.text("dossier.file.achievementReport", unit.getCode()), pdf));
        audit.record("Proposal", proposalId, "ACHIEVEMENT_REPORT", unit.getCode() + " | generated");
        return doc;
    }

    // ---- internals ----

    /** What the dossier takes from the proposal's commendation ballot. */
    private record BallotPapers(String title, Long meetingId, byte[] countMinutesPdf) {
    }

    /**
     * The one place that asks the ballot area: the ballot's title, its conference and its
     * count minutes.
     */
    private BallotPapers ballotPapers(Long ballotId) {
        BallotView ballot = ballots.ballot(ballotId);
        return new BallotPapers(ballot.title(), ballot.meetingId(), counting.countMinutesPdf(ballotId));
    }

    /** The proposal, locked, when the caller's unit leads its bloc's year and the leader holds it. */
    private Proposal editable(Long proposalId) {
        Proposal p = proposals.lock(proposalId);
        proposals.requireSubmitter(p);
        Proposals.requireEditable(p);
        return p;
    }

    private static Unit nominee(Proposal p, Long unitId) {
        return p.getNominees().stream().map(ProposalNominee::getUnit).filter(u -> u.getId().equals(unitId))
                .findFirst().orElseThrow(() -> new InvalidInputException("error.proposal.notNominee"));
    }

    private DocumentView replace(Proposal p, DocumentKind kind, Unit unit, Upload upload) {
        em.createNamedQuery(DossierDocument.DELETE_OF_KIND).setParameter("proposal", p.getId()).setParameter("kind", kind)
                .setParameter("unit", unit == null ? null : unit.getId()).executeUpdate();
        StoredFile file = files.store(upload);
        DossierDocument doc = new DossierDocument(p, kind, unit, file);
        em.persist(doc);
        em.flush();
        return new DocumentView(doc.getId(), kind, unit == null ? null : unit.getId(), unit == null ? null : unit.getName(),
                file.getId(), file.getFileName(), file.getContentType());
    }

    private ProposalView readable(Long proposalId) {
        ProposalView p = proposals.view(proposalId);
        access.requireReadAccess(p.blocId(), p.year());
        return p;
    }

    private byte[] proposalPdf(Proposal p) {
        return proposalDocuments.proposalDocument(p.getId(), DocumentFormat.PDF);
    }

    /** The header of a document {@code unit} issues, in the unit's own convention. */
    private Header unitHeader(Proposal p, Unit unit) {
        return documents.unitHeader(p.getBloc().provinceOn(LocalDate.now()).getName(), unit.getName(), unit.getCode(),
                unit.getHeaderParent(), unit.getHeaderIssuer(), unit.getHeaderTitle(), unit.getHeaderMotto(),
                unit.getDocSymbol(), LocalDate.now());
    }
}
