package vn.thidua.proposal.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;

import vn.thidua.activity.service.ActivityService;
import vn.thidua.activity.service.ActivityView;
import vn.thidua.ballot.service.BallotQueryService;
import vn.thidua.bloc.entity.Bloc;
import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.bloc.service.DelegationService;
import vn.thidua.bloc.service.DelegationView;
import vn.thidua.calendar.service.ProvinceSettingsService;
import vn.thidua.document.service.BlocReport;
import vn.thidua.document.service.DocumentFormat;
import vn.thidua.document.service.DocumentService;
import vn.thidua.document.service.DraftDecision;
import vn.thidua.document.service.ProposalLetter;
import vn.thidua.file.service.PdfSigner;
import vn.thidua.proposal.entity.Proposal;
import vn.thidua.proposal.entity.ProposalStatus;
import vn.thidua.proposal.internal.Proposals;
import vn.thidua.register.service.RegisterNumber;
import vn.thidua.register.service.RegisterService;
import vn.thidua.scoring.service.ScoringService;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.Roles;
import vn.thidua.unit.entity.Unit;

/**
 * The official documents of a proposal made from current data, PDF or .docx in the Decree 30
 * layout (issue 14): the proposal letter (with its number from the leader unit's register once
 * taken), the bloc's consolidated report, and the Board's draft of the Chair's decision (also
 * signed with the issuing unit's configured key, for the decision step). Whoever reads the
 * bloc's year reads them; the draft decision is the Board's.
 */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class ProposalDocumentService {

    @Inject
    private ProvinceSettingsService settings;

    @Inject
    private Proposals proposals;

    @Inject
    private BlocService blocs;

    @Inject
    private BlocAccess access;

    @Inject
    private BallotQueryService ballots;

    @Inject
    private ScoringService scoring;

    @Inject
    private ActivityService activities;

    @Inject
    private DocumentService documents;

    @Inject
    private RegisterService registers;

    @Inject
    private DelegationService delegations;

    /**
     * The Board's draft of the Chair's decision once the Council has reviewed the proposal,
     * signed with the issuing unit's configured PKCS#12 key ({@link PdfSigner#configured()})
     * when one is configured, so that the signed decision can come back through the decision
     * step; unsigned otherwise.
     */
    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public byte[] signedDraftDecision(@NotNull Long proposalId) {
        Proposal p = proposals.find(proposalId);
        if (p.statusValue() != ProposalStatus.COUNCIL_REVIEWED) {
            throw new InvalidInputException("error.proposal.wrongState", p.statusValue().name());
        }
        byte[] pdf = draftDecision(proposalId, DocumentFormat.PDF);
        PdfSigner signer = PdfSigner.configured();
        if (signer == null) {
            return pdf;
        }
        try {
            return signer.sign(pdf, documents.text("decisionDraft.signReason"), Calendar.getInstance());
        } catch (IOException e) {
            throw new IllegalStateException("signing the draft decision failed", e);
        }
    }

    /**
     * The proposal (tờ trình) as it stands, PDF or .docx (Decree 30 layout), with its number
     * once submitted; for whoever may read the bloc's year.
     */
    public byte[] proposalDocument(@NotNull Long proposalId, @NotNull DocumentFormat format) {
        ProposalView p = readable(proposalId);
        ProposalLetter letter = letter(p, p.ballotId() == null ? "" : ballots.ballot(p.ballotId()).title());
        return format == DocumentFormat.DOCX ? documents.proposalDocx(letter) : documents.proposalPdf(letter);
    }

    /**
     * The bloc's consolidated report of the proposal's year (báo cáo tổng kết) to the Board:
     * ranking, joint activities, nominees; PDF or .docx.
     */
    public byte[] blocReport(@NotNull Long proposalId, @NotNull DocumentFormat format) {
        ProposalView p = readable(proposalId);
        Bloc bloc = blocs.blocOf(p.blocId());
        Unit leader = blocs.leaderUnit(p.blocId(), p.year()).orElse(null);
        Optional<DelegationView> delegation = delegations.delegationOn(p.blocId(), p.year(), LocalDate.now());
        BlocReport report = new BlocReport(documents.blocHeader(bloc.provinceOn(LocalDate.now()).getName(), bloc.getName(),
                bloc.getCode(), LocalDate.now()), null, p.year(), bloc.getName(),
                scoring.ranking(p.blocId(), p.year()).stream().filter(r -> r.total().signum() > 0)
                        .map(r -> new BlocReport.Row(r.rank(), r.unitName(), r.total())).toList(),
                activities.activities(p.blocId(), p.year()).stream().map(ActivityView::title).toList(), nominees(p),
                leader == null ? "" : leader.getName(), signer(leader, delegation), delegation.isPresent());
        return format == DocumentFormat.DOCX ? documents.blocReportDocx(report) : documents.blocReportPdf(report);
    }

    /**
     * The Board's draft of the Chair's award decision for the proposal (dự thảo quyết định),
     * PDF or .docx, for the Board to edit and send to the Chair's office.
     */
    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public byte[] draftDecision(@NotNull Long proposalId, @NotNull DocumentFormat format) {
        ProposalView p = readable(proposalId);
        Bloc bloc = blocs.blocOf(p.blocId());
        DraftDecision draft = new DraftDecision(documents.boardHeader(bloc.provinceOn(LocalDate.now()).getName(), true,
                LocalDate.now()), null, p.year(), bloc.getName(), p.number(),
                p.submittedAt() == null ? null : p.submittedAt().toLocalDate(), nominees(p),
                settings.chairSigner(bloc.provinceOn(LocalDate.now()).getId(), LocalDate.now()));
        return format == DocumentFormat.DOCX ? documents.draftDecisionDocx(draft) : documents.draftDecisionPdf(draft);
    }

    private ProposalView readable(Long proposalId) {
        ProposalView p = proposals.view(proposalId);
        access.requireReadAccess(p.blocId(), p.year());
        return p;
    }

    /** The proposal letter, its number from the leader unit's register once taken (also within the submission). */
    private ProposalLetter letter(ProposalView p, String ballotTitle) {
        Bloc bloc = blocs.blocOf(p.blocId());
        Unit leader = blocs.leaderUnit(p.blocId(), p.year()).orElse(null);
        Optional<DelegationView> delegation = delegations.delegationOn(p.blocId(), p.year(), LocalDate.now());
        return new ProposalLetter(documents.blocHeader(bloc.provinceOn(LocalDate.now()).getName(), bloc.getName(), bloc.getCode(),
                LocalDate.now()),
                registers.numberOf(RegisterService.PROPOSAL, p.id()).map(RegisterNumber::sign).orElse(p.number()),
                p.year(), ballotTitle, bloc.getName(), nominees(p),
                leader == null ? "" : leader.getName(), signer(leader, delegation), delegation.isPresent());
    }

    /** Who signs for the bloc today: the deputy unit's head under a delegation (issue 15), else the leader's. */
    private static String signer(Unit leader, Optional<DelegationView> delegation) {
        if (delegation.isPresent()) {
            return delegation.get().deputySigner();
        }
        return leader == null ? null : leader.getSignerName();
    }

    private static List<ProposalLetter.Nominee> nominees(ProposalView p) {
        return p.nominees().stream().map(n -> new ProposalLetter.Nominee(n.awardKind().name(), n.unitName())).toList();
    }
}
