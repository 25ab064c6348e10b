package vn.thidua.regulation.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import vn.thidua.activity.service.ActivityService;
import vn.thidua.audit.service.AuditService;
import vn.thidua.ballot.service.BallotQueryService;
import vn.thidua.ballot.service.BallotView;
import vn.thidua.bloc.entity.Bloc;
import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.document.service.AnnualReportDocument;
import vn.thidua.document.service.DocumentFormat;
import vn.thidua.document.service.DocumentService;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.meeting.service.MeetingView;
import vn.thidua.register.service.Issue;
import vn.thidua.register.service.RegisterKind;
import vn.thidua.register.service.RegisterNumber;
import vn.thidua.register.service.RegisterService;
import vn.thidua.regulation.entity.AnnualReport;
import vn.thidua.regulation.internal.ReportDraft;
import vn.thidua.scoring.service.ScoringService;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.Roles;
import vn.thidua.unit.entity.Unit;

/**
 * A bloc's annual report of a year (báo cáo tổng kết): generated from the year's data (joint
 * activities, ranking, common model, published ballot results, direction for next year),
 * edited by the year's leader (or deputy, or a Board specialist), issued with a number (BC)
 * from the leader unit's register, after which it never changes. Members of the bloc that
 * year and the Board read it.
 */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class AnnualReportService {

    /** The document type of an annual report in the register. */
    public static final String DOCUMENT_TYPE = "ANNUAL_REPORT";

    private static final Logger LOG = Logger.getLogger(AnnualReportService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private BlocService blocs;

    @Inject
    private BlocAccess access;

    @Inject
    private ActivityService activities;

    @Inject
    private ScoringService scoring;

    @Inject
    private MeetingService meetings;

    @Inject
    private BallotQueryService ballots;

    @Inject
    private RegisterService registers;

    @Inject
    private DocumentService documents;

    @Inject
    private AuditService audit;

    /** The bloc's report of the year, if one was generated. */
    public Optional<AnnualReportView> report(@NotNull Long blocId, int year) {
        access.requireReadAccess(blocId, year);
        return find(blocId, year).map(AnnualReportService::view);
    }

    /**
     * Generates the report's text from the year's data, or generates it again over the
     * leader's edits while it is a draft; refused once issued.
     */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public AnnualReportView generateReport(@NotNull Long blocId, int year) {
        access.requireKeeper(blocId, year);
        Optional<AnnualReport> existing = find(blocId, year);
        existing.filter(AnnualReport::isIssued).ifPresent(r -> {
            throw new InvalidInputException("error.report.issued", r.getRegisterSign());
        });
        AnnualReport report = existing.orElseGet(() -> new AnnualReport(blocs.blocOf(blocId), year));
        List<BallotView> published = new ArrayList<>();
        for (MeetingView m : meetings.meetings(blocId, year)) {
            ballots.ballots(m.id()).stream().filter(BallotView::isPublished).forEach(published::add);
        }
        List<String> sections = new ReportDraft(documents::text).sections(year, activities.activities(blocId, year),
                scoring.ranking(blocId, year), published,
                blocs.leaderUnit(blocId, year + 1).map(Unit::getName).orElse(null));
        report.write(sections, caller(), LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
        if (report.getId() == null) {
            em.persist(report);
        }
        em.flush();
        audit.record("AnnualReport", report.getId(), existing.isPresent() ? "REGENERATE" : "GENERATE",
                year + " | " + published.size() + " published ballots");
        return view(report);
    }

    /** Saves the leader's edit of the five sections; refused once issued. */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public AnnualReportView saveReport(@NotNull @Valid AnnualReportForm form) {
        access.requireKeeper(form.getBlocId(), form.getYear());
        AnnualReport report = existing(form.getBlocId(), form.getYear());
        report.write(form.getSections(), caller(), LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
        em.flush();
        audit.record("AnnualReport", report.getId(), "UPDATE", form.getYear() + " | "
                + form.getSections().stream().mapToInt(String::length).sum() + " characters");
        return view(report);
    }

    /**
     * Issues the report: it takes the next number (BC) of the leader unit's register, dated
     * today, and is frozen from then on.
     */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public AnnualReportView issueReport(@NotNull Long blocId, int year) {
        access.requireKeeper(blocId, year);
        AnnualReport report = existing(blocId, year);
        if (report.isIssued()) {
            throw new InvalidInputException("error.report.issued", report.getRegisterSign());
        }
        Unit leader = blocs.leaderUnit(blocId, year)
                .orElseThrow(() -> new InvalidInputException("error.regulation.noLeader", year));
        LocalDate today = LocalDate.now();
        RegisterNumber number = registers.take(new Issue(leader.getId(), RegisterKind.REPORT, DOCUMENT_TYPE,
                report.getId(), documents.text("annualReport.summary", year),
                Issue.blocAbbreviation(report.getBloc().getCode()), today));
        report.issue(number.sign(), today);
        em.flush();
        audit.record("AnnualReport", report.getId(), "ISSUE", year + " | " + number.sign());
        LOG.info(() -> "Annual report " + year + " of bloc " + blocId + " issued as " + number.sign());
        return view(report);
    }

    /** The report as an official document (Decree 30 layout), PDF or .docx, with its number once issued. */
    public byte[] reportDocument(@NotNull Long blocId, int year, @NotNull DocumentFormat format) {
        access.requireReadAccess(blocId, year);
        AnnualReport report = existing(blocId, year);
        Bloc bloc = report.getBloc();
        Unit leader = blocs.leaderUnit(blocId, year).orElse(null);
        AnnualReportDocument document = new AnnualReportDocument(documents.blocHeader(bloc.provinceOn(
                report.isIssued() ? report.getIssuedOn() : LocalDate.now()).getName(),
                bloc.getName(), bloc.getCode(), report.isIssued() ? report.getIssuedOn() : LocalDate.now()),
                report.getRegisterSign(), year, bloc.getName(), report.sections(),
                leader == null ? null : leader.getSignerName());
        return format == DocumentFormat.DOCX ? documents.annualReportDocx(document)
                : documents.annualReportPdf(document);
    }

    private Optional<AnnualReport> find(Long blocId, int year) {
        return em.createNamedQuery(AnnualReport.OF_YEAR, AnnualReport.class).setParameter("bloc", blocId)
                .setParameter("year", year).getResultList().stream().findFirst();
    }

    private AnnualReport existing(Long blocId, int year) {
        return find(blocId, year).orElseThrow(() -> new InvalidInputException("error.report.none", year));
    }

    private static AnnualReportView view(AnnualReport r) {
        return new AnnualReportView(r.getId(), r.getBloc().getId(), r.getYear(), r.sections(), r.isIssued(),
                r.getRegisterSign(), r.getIssuedOn(), r.getUpdatedBy(), r.getUpdatedAt());
    }

    private String caller() {
        return context.getCallerPrincipal() == null ? AuditService.SYSTEM_ACTOR : context.getCallerPrincipal().getName();
    }
}
