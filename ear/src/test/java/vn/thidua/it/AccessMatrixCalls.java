package vn.thidua.it;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ValidationException;

import java.math.BigDecimal;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import vn.thidua.account.service.AccountService;
import vn.thidua.activity.entity.ActivityStatus;
import vn.thidua.activity.service.ActivityForm;
import vn.thidua.activity.service.ActivityService;
import vn.thidua.audit.service.AuditFilter;
import vn.thidua.audit.service.AuditService;
import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.ThresholdMode;
import vn.thidua.ballot.entity.TieResolution;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.service.BallotPaperService;
import vn.thidua.ballot.service.BallotQueryService;
import vn.thidua.ballot.service.BallotSetupService;
import vn.thidua.ballot.service.BulletinBoardService;
import vn.thidua.ballot.service.CommendationConfirmed;
import vn.thidua.ballot.service.CommitteeService;
import vn.thidua.ballot.service.CountingService;
import vn.thidua.ballot.service.DatabaseLogging;
import vn.thidua.ballot.service.VotingService;
import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.bloc.service.BlocFilter;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.bloc.service.BlocYearForm;
import vn.thidua.bloc.service.BlocYearService;
import vn.thidua.bloc.service.DelegationService;
import vn.thidua.calendar.service.CalendarService;
import vn.thidua.calendar.service.CertificateQuotaBasis;
import vn.thidua.calendar.service.ProvinceSettingsService;
import vn.thidua.calendar.service.SettingsInput;
import vn.thidua.calendar.service.SignsAs;
import vn.thidua.covenant.entity.CriterionKind;
import vn.thidua.covenant.service.CovenantForm;
import vn.thidua.covenant.service.CovenantService;
import vn.thidua.covenant.service.PaperSignatureService;
import vn.thidua.covenant.service.MovementForm;
import vn.thidua.document.service.DocumentFormat;
import vn.thidua.file.service.FileService;
import vn.thidua.home.service.HomeService;
import vn.thidua.file.service.Upload;
import vn.thidua.job.service.JobOutput;
import vn.thidua.job.service.JobProgress;
import vn.thidua.job.service.JobService;
import vn.thidua.meeting.entity.MeetingFileKind;
import vn.thidua.meeting.service.ConferenceFileService;
import vn.thidua.meeting.service.MeetingForm;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.notification.service.NotificationService;
import vn.thidua.proposal.entity.DocumentKind;
import vn.thidua.proposal.service.ApprovalWorkflowService;
import vn.thidua.proposal.service.ConsolidatedSubmissionService;
import vn.thidua.proposal.service.DossierArchiveService;
import vn.thidua.proposal.service.DossierService;
import vn.thidua.proposal.service.ProposalDocumentService;
import vn.thidua.proposal.service.ProposalService;
import vn.thidua.register.service.RegisterKind;
import vn.thidua.register.service.Issue;
import vn.thidua.register.service.RegisterService;
import vn.thidua.registry.entity.AwardKind;
import vn.thidua.registry.service.Grant;
import vn.thidua.registry.service.RegistryService;
import vn.thidua.regulation.service.AnnualReportForm;
import vn.thidua.regulation.service.AnnualReportService;
import vn.thidua.regulation.service.RegulationForm;
import vn.thidua.regulation.service.RegulationService;
import vn.thidua.scoring.service.ScoreForm;
import vn.thidua.scoring.service.CrossCheckItem;
import vn.thidua.scoring.service.CrossCheckService;
import vn.thidua.scoring.service.ScoringService;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.PageRequest;
import vn.thidua.shared.SeparationOfDutiesException;
import vn.thidua.unit.service.BoardUnitService;
import vn.thidua.unit.service.UnitForm;
import vn.thidua.unit.service.StreakRule;
import vn.thidua.unit.service.UnitService;
import vn.thidua.unit.service.UnitSuccession;

/**
 * Runs one service cell of the access matrix (docs/access-matrix.tsv) as a real login: the
 * demo account's user name and password are verified by the portal's own Elytron security
 * domain ({@link SecurityDomain#authenticate(String, org.wildfly.security.evidence.Evidence)},
 * the same realm and role decoder as the login form), and the call runs under the identity
 * that gives ({@link SecurityIdentity#runAs(PrivilegedExceptionAction)}), so {@code @RolesAllowed}
 * and the data checks see exactly what they see behind the login form. Every call runs in a
 * transaction that is rolled back, so the fixture stays as it was for the next cell.
 *
 * <p>Answers: {@code allow} (the call passed the gate: it succeeded or failed with a business
 * exception that is no refusal), {@code deny} ({@link EJBAccessException},
 * {@link AccessDeniedException} or {@link SeparationOfDutiesException}), {@code invalid} (the
 * test's arguments were refused by bean validation: a fault of the test), {@code error} (any
 * other failure, e.g. a server error).
 */
@Stateless
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class AccessMatrixCalls {

    private static final Logger LOG = Logger.getLogger(AccessMatrixCalls.class.getName());

    /** The unit each demo account represents (Board accounts: none; the leader's unit stands in). */
    private static final Map<String, String> UNIT_OF = Map.of("hlhpn", "HLHPN", "hnd", "HND", "hccb", "HCCB",
            "tinhdoan", "TDOAN", "ldld", "LDLD", "sotc", "STC");

    @FunctionalInterface
    interface Call {
        Object run(Map<String, Long> ids, Long ownUnit) throws Exception;
    }

    @Resource
    private UserTransaction tx;

    @Inject private AccountService accounts;
    @Inject private ActivityService activities;
    @Inject private AuditService audit;
    @Inject private BallotQueryService ballotQueries;
    @Inject private BallotSetupService ballotSetup;
    @Inject private BulletinBoardService bulletinBoard;
    @Inject private CommitteeService committee;
    @Inject private CountingService counting;
    @Inject private DatabaseLogging databaseLogging;
    @Inject private VotingService voting;
    @Inject private BlocAccess blocAccess;
    @Inject private BlocService blocs;
    @Inject private BlocYearService blocYears;
    @Inject private CalendarService calendar;
    @Inject private ProvinceSettingsService provinceSettings;
    @Inject private CovenantService covenants;
    @Inject private FileService files;
    @Inject private HomeService home;
    @Inject private MeetingService meetings;
    @Inject private ConferenceFileService conferenceFiles;
    @Inject private PaperSignatureService paperSignatures;
    @Inject private BallotPaperService ballotPapers;
    @Inject private NotificationService notifications;
    @Inject private ApprovalWorkflowService approvals;
    @Inject private DossierService dossiers;
    @Inject private DossierArchiveService archives;
    @Inject private ProposalDocumentService proposalDocuments;
    @Inject private ProposalService proposals;
    @Inject private ConsolidatedSubmissionService submissions;
    @Inject private BoardUnitService boardUnits;
    @Inject private RegisterService registers;
    @Inject private vn.thidua.reminder.service.ReminderService reminders;
    @Inject private RegistryService registry;
    @Inject private RegulationService regulations;
    @Inject private AnnualReportService annualReports;
    @Inject private JobService jobs;

    /** A job id nobody has. */
    private static final String NO_JOB = "00000000-0000-0000-0000-000000000000";
    /** No consolidated submission has this id. */
    private static final Long NO_SUBMISSION = -1L;
    @Inject private ScoringService scoring;
    @Inject private CrossCheckService crossChecks;
    @Inject private DelegationService delegations;
    @Inject private UnitService units;
    @Inject private vn.thidua.unit.service.UnitLineageService unitLineages;
    @Inject private vn.thidua.unit.service.ProvinceSuccessionService provinceSuccessions;

    /** Whether a call is written for {@code target} ("Class#method"). */
    public boolean knows(String target) {
        return calls().containsKey(target);
    }

    /**
     * Runs {@code target} as {@code username} (null: anonymous) and answers "answer detail".
     */
    public String run(String target, String username, String password, Map<String, Long> ids) {
        Call call = calls().get(target);
        if (call == null) {
            return "none no call written for " + target;
        }
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            return "error no current Elytron security domain";
        }
        SecurityIdentity identity;
        try {
            identity = username == null ? domain.getAnonymousSecurityIdentity()
                    : domain.authenticate(username, new PasswordGuessEvidence(password.toCharArray()));
        } catch (Exception e) {
            return "error login of " + username + " failed: " + e;
        }
        try {
            specialist = domain.authenticate("chuyenvien", new PasswordGuessEvidence(password.toCharArray()));
            leader = domain.authenticate("hlhpn", new PasswordGuessEvidence(password.toCharArray()));
        } catch (Exception e) {
            return "error login of chuyenvien or hlhpn failed: " + e;
        }
        Long ownUnit = ids.get("unit" + UNIT_OF.getOrDefault(username == null ? "" : username, "HLHPN"));
        try {
            tx.begin();
            try {
                identity.runAs((PrivilegedExceptionAction<Object>) () -> call.run(ids, ownUnit));
                return "allow";
            } finally {
                if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    tx.rollback();
                }
            }
        } catch (PrivilegedActionException e) {
            return classify(e.getCause());
        } catch (Exception e) {
            return classify(e);
        }
    }

    /** The Board specialist's identity of the current call, for a cell's own preparation in its transaction. */
    private SecurityIdentity specialist;

    /** The fixture's leader (hlhpn) of the current call, for a cell's own preparation in its transaction. */
    private SecurityIdentity leader;

    private <T> T asLeader(PrivilegedExceptionAction<T> work) throws Exception {
        try {
            return leader.runAs(work);
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
    }

    /** A cross-check assignment of Bloc A in which the Veterans' Association (hccb) checks the leader unit. */
    private Map<Long, Long> rotationFromLeaderToMember(Map<String, Long> ids) {
        List<Long> order = new ArrayList<>(List.of(id(ids, "unitHLHPN"), id(ids, "unitHCCB")));
        blocs.memberUnits(id(ids, "bloc"), year(ids)).stream().map(vn.thidua.unit.entity.Unit::getId)
                .filter(id -> !order.contains(id)).forEach(order::add);
        Map<Long, Long> checkerOf = new LinkedHashMap<>();
        for (int k = 0; k < order.size(); k++) {
            checkerOf.put(order.get(k), order.get((k + 1) % order.size()));
        }
        return checkerOf;
    }

    private <T> T asSpecialist(PrivilegedExceptionAction<T> work) throws Exception {
        try {
            return specialist.runAs(work);
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
    }

    /** Signed minutes the Board specialist attaches to the conference inside the cell's transaction (rolled back with it). */
    private Long attachedBySpecialist(Long meeting) throws Exception {
        return asSpecialist(() -> conferenceFiles.attachFiles(meeting, MeetingFileKind.MINUTES,
                List.of(new Upload("bien-ban.pdf", AccessMatrixFixture.PDF)))).get(0);
    }

    private static String classify(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return "deny EJBAccessException";
            }
            if (t instanceof AccessDeniedException || t instanceof SeparationOfDutiesException) {
                return "deny " + t.getClass().getSimpleName() + " " + ((BusinessException) t).getMessageKey();
            }
            if (t instanceof BusinessException b) {
                return "allow " + t.getClass().getSimpleName() + " " + b.getMessageKey();
            }
            if (t instanceof ValidationException) {
                return "invalid " + t;
            }
        }
        LOG.warning(() -> "access matrix call failed: " + thrown);
        return "error " + thrown;
    }

    private static Long id(Map<String, Long> ids, String name) {
        Long id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException("no fixture id " + name);
        }
        return id;
    }

    private static int year(Map<String, Long> ids) {
        return id(ids, "year").intValue();
    }

    private Map<String, Call> calls;

    private synchronized Map<String, Call> calls() {
        if (calls == null) {
            calls = buildCalls();
        }
        return calls;
    }

    private Map<String, Call> buildCalls() {
        Map<String, Call> c = new HashMap<>();
        byte[] pdf = AccessMatrixFixture.PDF;
        // account
        c.put("AccountService#currentUser", (i, u) -> accounts.currentUser());
        c.put("AccountService#callerUnitId", (i, u) -> accounts.callerUnitId());
        c.put("AccountService#callerUnit", (i, u) -> accounts.callerUnit());
        c.put("AccountService#callerRoles", (i, u) -> accounts.callerRoles());
        c.put("AccountService#signIn", (i, u) -> accounts.signIn(null, "Ma trận"));
        c.put("AccountService#registerUser", (i, u) -> accounts.registerUser("mx-new-user", "Ma trận", id(i, "unitLDLD")));
        c.put("AccountService#users", (i, u) -> accounts.users());
        c.put("AccountService#onSuccession", (i, u) -> {
            accounts.onSuccession(new UnitSuccession(List.of(id(i, "unitLDLD")), id(i, "unitLDLD"), LocalDate.of(2088, 1, 1)));
            return null;
        });
        // activity
        c.put("ActivityService#activities", (i, u) -> activities.activities(id(i, "bloc"), year(i)));
        c.put("ActivityService#saveActivity", (i, u) -> {
            ActivityForm form = new ActivityForm();
            form.setId(id(i, "activity"));
            form.setBlocId(id(i, "bloc"));
            form.setYear(year(i));
            form.setTitle("Đỡ đầu trẻ mồ côi (sửa)");
            form.setTotalValue(12_000_000L);
            return activities.saveActivity(form, List.of());
        });
        c.put("ActivityService#changeStatus", (i, u) -> activities.changeStatus(id(i, "activity"), ActivityStatus.IN_PROGRESS));
        c.put("ActivityService#adoptAsCommonModel", (i, u) -> activities.adoptAsCommonModel(id(i, "activity")));
        c.put("ActivityService#evidenceFile", (i, u) -> activities.evidenceFile(id(i, "activity"), id(i, "activityFile")));
        // audit
        c.put("AuditService#record", (i, u) -> {
            audit.record("AccessMatrix", 1L, "TEST", "rolled back");
            return null;
        });
        c.put("AuditService#verifyChain", (i, u) -> audit.verifyChain());
        c.put("AuditService#search", (i, u) -> audit.search(new AuditFilter(null, null, null, null, null, null), PageRequest.of(0, 5)));
        // ballot
        c.put("BallotPaperService#ballotPapers", (i, u) -> ballotPapers.ballotPapers(id(i, "ballot")));
        c.put("BallotQueryService#ballot", (i, u) -> ballotQueries.ballot(id(i, "ballot")));
        c.put("BallotQueryService#ballots", (i, u) -> ballotQueries.ballots(id(i, "meeting")));
        c.put("BallotQueryService#conference", (i, u) -> ballotQueries.conference(id(i, "meeting")));
        c.put("BallotQueryService#turnoutOfYear", (i, u) -> ballotQueries.turnoutOfYear(year(i), List.of(id(i, "bloc"))));
        c.put("BallotSetupService#rules", (i, u) -> ballotSetup.rules(id(i, "province"), year(i)));
        c.put("BallotSetupService#saveRules", (i, u) -> ballotSetup.saveRules(id(i, "province"), year(i), 2, 3, 50,
                ThresholdMode.MORE_THAN, 1, 30, true, TieResolution.RUNOFF, 2, 3, 5));
        c.put("BallotSetupService#createBallot", (i, u) -> ballotSetup.createBallot(id(i, "meeting"), BallotKind.COMMENDATION,
                VotingMode.PAPER, "Bình bầu bổ sung"));
        c.put("BallotSetupService#setCandidates", (i, u) -> {
            ballotSetup.setCandidates(id(i, "ballot"), Seat.PROVINCIAL_FLAG, List.of(id(i, "unitHLHPN")));
            return null;
        });
        c.put("BallotSetupService#recordCountingCommittee", (i, u) -> {
            ballotSetup.recordCountingCommittee(id(i, "ballot"), List.of("Nguyễn Văn An", "Trần Thị Bình"));
            return null;
        });
        c.put("BallotSetupService#recordPresence", (i, u) -> {
            ballotSetup.recordPresence(id(i, "ballot"), List.of(id(i, "unitHLHPN")));
            return null;
        });
        c.put("BallotSetupService#openBallot", (i, u) -> ballotSetup.openBallot(id(i, "ballot")));
        c.put("BulletinBoardService#electionParameters", (i, u) -> bulletinBoard.electionParameters(id(i, "ballotE")));
        c.put("BulletinBoardService#bulletinBoard", (i, u) -> bulletinBoard.bulletinBoard(id(i, "ballotE")));
        c.put("BulletinBoardService#electionRecord", (i, u) -> bulletinBoard.electionRecord(id(i, "ballotE")));
        c.put("CommitteeService#setCommittee", (i, u) -> {
            committee.setCommittee(id(i, "ballot"), List.of("Người A", "Người B", "Người C"));
            return null;
        });
        c.put("CommitteeService#committee", (i, u) -> committee.committee(id(i, "ballot")));
        c.put("CommitteeService#enterShare", (i, u) -> committee.enterShare(id(i, "ballot"), "khong-phai-phan-khoa"));
        c.put("CountingService#closeBallot", (i, u) -> {
            counting.closeBallot(id(i, "ballot"));
            return null;
        });
        c.put("CountingService#enterPaperCounts", (i, u) -> {
            counting.enterPaperCounts(id(i, "ballot"), 5, 5, 0, Map.of());
            return null;
        });
        c.put("CountingService#countBallot", (i, u) -> {
            counting.countBallot(id(i, "ballot"));
            return null;
        });
        c.put("CountingService#voidBallot", (i, u) -> {
            counting.voidBallot(id(i, "ballot"));
            return null;
        });
        c.put("CountingService#holdOnPaper", (i, u) -> counting.holdOnPaper(id(i, "ballot")));
        c.put("CountingService#confirmBallot", (i, u) -> {
            counting.confirmBallot(id(i, "ballot"));
            return null;
        });
        c.put("CountingService#countMinutesPdf", (i, u) -> counting.countMinutesPdf(id(i, "ballot")));
        c.put("CountingService#countMinutesDocx", (i, u) -> counting.countMinutesDocx(id(i, "ballot")));
        c.put("DatabaseLogging#settings", (i, u) -> databaseLogging.settings());
        c.put("VotingService#castVote", (i, u) -> voting.castVote(id(i, "ballotE"), u, Map.of()));
        c.put("VotingService#castEncryptedVote", (i, u) -> voting.castEncryptedVote(id(i, "ballotE"), u, "{}"));
        c.put("VotingService#myOpenBallots", (i, u) -> voting.myOpenBallots());
        c.put("VotingService#turnout", (i, u) -> voting.turnout(id(i, "ballotE")));
        c.put("VotingService#publishedReceipts", (i, u) -> voting.publishedReceipts(id(i, "ballotE")));
        c.put("VotingService#checkReceipt", (i, u) -> voting.checkReceipt(id(i, "ballotE"), "ab".repeat(32)));
        // bloc
        c.put("BlocAccess#isBoard", (i, u) -> blocAccess.isBoard());
        c.put("BlocAccess#callerUnitLineage", (i, u) -> blocAccess.callerUnitLineage());
        c.put("BlocAccess#callerMemberUnit", (i, u) -> blocAccess.callerMemberUnit(id(i, "bloc"), year(i)));
        c.put("BlocAccess#callerRepresentsMember", (i, u) -> blocAccess.callerRepresentsMember(id(i, "bloc"), year(i), u));
        c.put("BlocAccess#callerLeads", (i, u) -> blocAccess.callerLeads(id(i, "bloc"), year(i)));
        c.put("BlocAccess#callerIsLeader", (i, u) -> blocAccess.callerIsLeader(id(i, "bloc"), year(i)));
        c.put("BlocAccess#callerIsLeaderInPerson", (i, u) -> blocAccess.callerIsLeaderInPerson(id(i, "bloc"), year(i)));
        c.put("BlocAccess#callerIsDeputy", (i, u) -> blocAccess.callerIsDeputy(id(i, "bloc"), year(i)));
        c.put("BlocAccess#delegationInUse", (i, u) -> blocAccess.delegationInUse());
        c.put("BlocAccess#requireLeader", (i, u) -> {
            blocAccess.requireLeader(id(i, "bloc"), year(i));
            return null;
        });
        c.put("BlocAccess#requireScoreReviewer", (i, u) -> {
            blocAccess.requireScoreReviewer(id(i, "bloc"), year(i), id(i, "unitHCCB"));
            return null;
        });
        c.put("BlocAccess#requireReadAccess", (i, u) -> {
            blocAccess.requireReadAccess(id(i, "bloc"), year(i));
            return null;
        });
        c.put("BlocAccess#requireReadAccessToAll", (i, u) -> {
            blocAccess.requireReadAccessToAll(List.of(id(i, "bloc")), year(i));
            return null;
        });
        c.put("BlocAccess#requireKeeper", (i, u) -> {
            blocAccess.requireKeeper(id(i, "bloc"), year(i));
            return null;
        });
        c.put("BlocService#findBlocYears", (i, u) -> blocs.findBlocYears(new BlocFilter(year(i), null, null), PageRequest.of(0, 5)));
        c.put("BlocService#myBlocs", (i, u) -> blocs.myBlocs());
        c.put("BlocService#membersOfYear", (i, u) -> blocs.membersOfYear(year(i)));
        c.put("BlocService#viewBlocYear", (i, u) -> blocs.viewBlocYear(id(i, "bloc"), year(i)));
        c.put("BlocService#years", (i, u) -> blocs.years(id(i, "bloc")));
        c.put("BlocService#memberUnits", (i, u) -> blocs.memberUnits(id(i, "bloc"), year(i)));
        c.put("BlocService#leaderUnit", (i, u) -> blocs.leaderUnit(id(i, "bloc"), year(i)));
        c.put("BlocService#blocOf", (i, u) -> blocs.blocOf(id(i, "bloc")));
        c.put("BlocYearService#loadBlocYear", (i, u) -> blocYears.loadBlocYear(id(i, "bloc"), year(i)));
        c.put("BlocYearService#saveBlocYear", (i, u) -> {
            BlocYearForm form = new BlocYearForm();
            form.setBlocId(id(i, "bloc"));
            form.setProvinceId(id(i, "province"));
            form.setCode(AccessMatrixFixture.BLOC_A);
            form.setName("Khối kiểm thử ma trận A (sửa)");
            form.setYear(year(i) + 1);
            form.setMemberUnitIds(List.of());
            return blocYears.saveBlocYear(form);
        });
        c.put("BlocYearService#applyElectedLeadership", (i, u) -> {
            blocYears.applyElectedLeadership(id(i, "bloc"), year(i) + 1, id(i, "unitHND"), id(i, "unitHCCB"));
            return null;
        });
        // calendar
        c.put("CalendarService#holidaysFrom", (i, u) -> calendar.holidaysFrom(year(i)));
        c.put("CalendarService#addHoliday", (i, u) -> {
            calendar.addHoliday(LocalDate.of(year(i), 3, 3), "Ngày kiểm thử");
            return null;
        });
        c.put("CalendarService#addWorkingDays", (i, u) -> calendar.addWorkingDays(LocalDate.of(year(i), 1, 5), 3));
        c.put("CalendarService#appraisalDue", (i, u) -> calendar.appraisalDue(id(i, "province"), LocalDate.of(year(i), 1, 5)));
        c.put("CalendarService#filingDeadline", (i, u) -> calendar.filingDeadline(id(i, "province"), year(i)));
        c.put("ProvinceSettingsService#settings", (i, u) -> provinceSettings.settings(id(i, "province"), year(i)));
        c.put("ProvinceSettingsService#save", (i, u) -> {
            provinceSettings.save(id(i, "province"), year(i), new SettingsInput(20,
                    CertificateQuotaBasis.MEMBERS_ROUNDED_DOWN, null, SignsAs.DEPUTY, null, SignsAs.HEAD), List.of());
            return null;
        });
        c.put("ProvinceSettingsService#certificateQuota", (i, u) ->
                provinceSettings.certificateQuota(id(i, "province"), year(i), 5, 30));
        c.put("ProvinceSettingsService#chairSigner", (i, u) ->
                provinceSettings.chairSigner(id(i, "province"), LocalDate.of(year(i), 1, 5)));
        c.put("ProvinceSettingsService#boardHeadSigner", (i, u) ->
                provinceSettings.boardHeadSigner(id(i, "province"), LocalDate.of(year(i), 1, 5)));
        // covenant
        c.put("CovenantService#launchMovement", (i, u) -> {
            MovementForm form = new MovementForm();
            form.setBlocId(id(i, "bloc"));
            form.setYear(year(i));
            form.setTitle("Phát động thi đua");
            form.setContent("Nội dung");
            form.setTargets("Chỉ tiêu");
            form.setLaunchDate(LocalDate.of(year(i), 2, 1));
            return covenants.launchMovement(form);
        });
        c.put("CovenantService#movement", (i, u) -> covenants.movement(id(i, "bloc"), year(i)));
        c.put("CovenantService#draftCovenant", (i, u) -> covenants.draftCovenant(covenantForm(i)));
        c.put("CovenantService#amendCovenant", (i, u) -> covenants.amendCovenant(covenantForm(i)));
        c.put("CovenantService#signCovenant", (i, u) -> covenants.signCovenant(id(i, "covenant"), u));
        c.put("CovenantService#recordPaperSignature", (i, u) -> covenants.recordPaperSignature(id(i, "covenant"), id(i, "unitHCCB")));
        c.put("PaperSignatureService#recordSignedPage", (i, u) -> paperSignatures.recordSignedPage(id(i, "covenant"),
                id(i, "unitHCCB"), LocalDate.of(year(i), 2, 1), "Nguyễn Văn Bình", new Upload("trang-ky.pdf", pdf)));
        c.put("PaperSignatureService#signedPage", (i, u) -> paperSignatures.signedPage(id(i, "covenant"), id(i, "unitHCCB")));
        c.put("CovenantService#versions", (i, u) -> covenants.versions(id(i, "bloc"), year(i)));
        c.put("CovenantService#covenantStates", (i, u) -> covenants.covenantStates(year(i), List.of(id(i, "bloc"))));
        c.put("CovenantService#covenantDocument", (i, u) -> covenants.covenantDocument(id(i, "bloc"), year(i),
                DocumentFormat.DOCX));
        c.put("CovenantService#inForce", (i, u) -> covenants.inForce(id(i, "bloc"), year(i)));
        c.put("CovenantService#criterion", (i, u) -> covenants.criterion(id(i, "criterion")));
        // file (internal: MANDATORY, called inside other services' transactions)
        c.put("FileService#store", (i, u) -> files.store(new Upload("x.pdf", pdf)));
        c.put("FileService#storeSigned", (i, u) -> files.storeSigned(new Upload("x.pdf", SignedPdfs.signed("x"))));
        c.put("FileService#content", (i, u) -> files.content(id(i, "evidence")));
        // meeting
        c.put("ConferenceFileService#conferenceFiles", (i, u) -> conferenceFiles.conferenceFiles(id(i, "meeting")));
        c.put("ConferenceFileService#attachFiles", (i, u) -> conferenceFiles.attachFiles(id(i, "meeting"),
                MeetingFileKind.MINUTES, List.of(new Upload("bien-ban-da-ky.pdf", pdf))));
        c.put("ConferenceFileService#conferenceFile", (i, u) -> conferenceFiles.conferenceFile(id(i, "meeting"),
                attachedBySpecialist(id(i, "meeting"))));
        c.put("ConferenceFileService#removeFile", (i, u) -> {
            conferenceFiles.removeFile(id(i, "meeting"), attachedBySpecialist(id(i, "meeting")));
            return null;
        });
        c.put("MeetingService#meetings", (i, u) -> meetings.meetings(id(i, "bloc"), year(i)));
        c.put("MeetingService#saveMeeting", (i, u) -> {
            MeetingForm form = TestData.yearEndMeeting(id(i, "bloc"), year(i));
            form.setId(id(i, "meeting"));
            return meetings.saveMeeting(form);
        });
        c.put("MeetingService#minutesPdf", (i, u) -> meetings.minutesPdf(id(i, "meeting")));
        c.put("MeetingService#minutesDocx", (i, u) -> meetings.minutesDocx(id(i, "meeting")));
        c.put("MeetingService#meeting", (i, u) -> meetings.meeting(id(i, "meeting")));
        // regulation (issue 15, item 8): the Board specialist prepares a draft or a report in the cell's transaction
        c.put("RegulationService#versions", (i, u) -> regulations.versions(id(i, "bloc"), year(i)));
        c.put("RegulationService#inForce", (i, u) -> regulations.inForce(id(i, "bloc"), year(i)));
        c.put("RegulationService#draftRegulation", (i, u) -> regulations.draftRegulation(regulationForm(i)));
        c.put("RegulationService#adoptRegulation", (i, u) -> {
            Long draft = asSpecialist(() -> regulations.draftRegulation(regulationForm(i)));
            return regulations.adoptRegulation(draft, id(i, "meeting"));
        });
        c.put("RegulationService#regulationDocument", (i, u) -> {
            Long draft = asSpecialist(() -> regulations.draftRegulation(regulationForm(i)));
            return regulations.regulationDocument(draft, DocumentFormat.PDF);
        });
        c.put("AnnualReportService#report", (i, u) -> annualReports.report(id(i, "bloc"), year(i)));
        c.put("AnnualReportService#generateReport", (i, u) -> annualReports.generateReport(id(i, "bloc"), year(i)));
        c.put("AnnualReportService#saveReport", (i, u) -> {
            AnnualReportForm form = new AnnualReportForm();
            form.setBlocId(id(i, "bloc"));
            form.setYear(year(i));
            form.setSections(new java.util.ArrayList<>(
                    asSpecialist(() -> annualReports.generateReport(id(i, "bloc"), year(i))).sections()));
            return annualReports.saveReport(form);
        });
        c.put("AnnualReportService#issueReport", (i, u) -> {
            asSpecialist(() -> annualReports.generateReport(id(i, "bloc"), year(i)));
            return annualReports.issueReport(id(i, "bloc"), year(i));
        });
        c.put("AnnualReportService#reportDocument", (i, u) -> {
            asSpecialist(() -> annualReports.generateReport(id(i, "bloc"), year(i)));
            return annualReports.reportDocument(id(i, "bloc"), year(i), DocumentFormat.PDF);
        });
        // notification (notify and mailBoard: internal, MANDATORY)
        c.put("NotificationService#notify", (i, u) -> {
            notifications.notify("mx-nobody", "notification.returned", "x", "y");
            return null;
        });
        c.put("NotificationService#mailBoard", (i, u) -> {
            notifications.mailBoard("notification.returned", List.of());
            return null;
        });
        c.put("NotificationService#notifyUnit", (i, u) -> {
            notifications.notifyUnit(-1L, null, "notification.returned", "notification.returned", "x", "y");
            return null;
        });
        c.put("NotificationService#notifications", (i, u) -> notifications.notifications());
        // proposal
        c.put("ApprovalWorkflowService#submit", (i, u) -> approvals.submit(id(i, "proposal")));
        c.put("ApprovalWorkflowService#checkDossier", (i, u) -> approvals.checkDossier(id(i, "proposal"), null));
        c.put("ApprovalWorkflowService#returnProposal", (i, u) -> approvals.returnProposal(id(i, "proposal"),
                Map.of(DocumentKind.ACHIEVEMENT_REPORT, "Thiếu")));
        c.put("ApprovalWorkflowService#approve", (i, u) -> approvals.approve(id(i, "proposal"), null));
        c.put("ApprovalWorkflowService#reject", (i, u) -> approvals.reject(id(i, "proposal"), "Không đạt"));
        c.put("ApprovalWorkflowService#recordCouncil", (i, u) -> approvals.recordCouncil(id(i, "proposal"), 9, 0, 0, List.of(), null));
        c.put("ApprovalWorkflowService#recordDecision", (i, u) -> approvals.recordDecision(id(i, "proposal"), "89/QĐ-MX",
                LocalDate.of(2089, 1, 20), "Chủ tịch UBND tỉnh", null));
        // the consolidated submission (issue 15): the fixture's year has no proposal awaiting the Chair
        // (its proposal is decided), so consolidating is refused by the state, and no submission exists
        c.put("ConsolidatedSubmissionService#awaiting", (i, u) -> submissions.awaiting(id(i, "province"), year(i)));
        c.put("ConsolidatedSubmissionService#consolidate", (i, u) -> submissions.consolidate(id(i, "province"), year(i)));
        c.put("ConsolidatedSubmissionService#submissions", (i, u) -> submissions.submissions(id(i, "province"), year(i)));
        c.put("ConsolidatedSubmissionService#submission", (i, u) -> submissions.submission(NO_SUBMISSION));
        c.put("ConsolidatedSubmissionService#document", (i, u) -> submissions.document(NO_SUBMISSION, DocumentFormat.PDF));
        c.put("ConsolidatedSubmissionService#recordDecision", (i, u) -> submissions.recordDecision(NO_SUBMISSION,
                "90/QĐ-MX", LocalDate.of(2089, 1, 20), "Chủ tịch UBND tỉnh", null));
        c.put("ApprovalWorkflowService#markOverdue", (i, u) -> approvals.markOverdue(LocalDate.of(2000, 1, 1)));
        c.put("DossierService#documents", (i, u) -> dossiers.documents(id(i, "proposal")));
        c.put("ProposalDocumentService#proposalDocument", (i, u) -> proposalDocuments.proposalDocument(id(i, "proposal"), DocumentFormat.DOCX));
        c.put("ProposalDocumentService#blocReport", (i, u) -> proposalDocuments.blocReport(id(i, "proposal"), DocumentFormat.PDF));
        c.put("ProposalDocumentService#draftDecision", (i, u) -> proposalDocuments.draftDecision(id(i, "proposal"), DocumentFormat.DOCX));
        c.put("ProposalDocumentService#signedDraftDecision", (i, u) -> proposalDocuments.signedDraftDecision(id(i, "proposal")));
        c.put("DossierService#missingDocuments", (i, u) -> dossiers.missingDocuments(id(i, "proposal")));
        c.put("DossierService#documentContent", (i, u) -> dossiers.documentContent(id(i, "proposal"), id(i, "document")));
        c.put("DossierService#generateDossier", (i, u) -> dossiers.generateDossier(id(i, "proposal")));
        c.put("DossierArchiveService#startDossierGeneration", (i, u) -> archives.startDossierGeneration(id(i, "proposal")));
        c.put("DossierArchiveService#dossierArchive", (i, u) -> archives.dossierArchive(id(i, "proposal")));
        c.put("DossierService#issueDocuments", (i, u) -> dossiers.issueDocuments(id(i, "proposal")));
        c.put("DossierService#addAchievementReport", (i, u) -> dossiers.addAchievementReport(id(i, "proposal"),
                id(i, "unitHLHPN"), new Upload("bao-cao-2.pdf", pdf)));
        c.put("DossierService#draftAchievementReport", (i, u) -> dossiers.draftAchievementReport(id(i, "proposal"), id(i, "unitHLHPN")));
        c.put("DossierService#generateAchievementReport", (i, u) -> dossiers.generateAchievementReport(id(i, "proposal"),
                id(i, "unitHLHPN"), "Báo cáo thành tích"));
        c.put("ProposalService#onCommendationConfirmed", (i, u) -> {
            proposals.onCommendationConfirmed(new CommendationConfirmed(id(i, "ballot"), id(i, "bloc"), year(i), List.of(), List.of()));
            return null;
        });
        c.put("ProposalService#proposal", (i, u) -> proposals.proposal(id(i, "proposal")));
        c.put("ProposalService#proposals", (i, u) -> proposals.proposals(id(i, "bloc"), year(i)));
        c.put("ProposalService#proposalsOfYear", (i, u) -> proposals.proposalsOfYear(year(i), List.of(id(i, "bloc"))));
        c.put("ProposalService#fromBallot", (i, u) -> proposals.fromBallot(id(i, "ballot")));
        c.put("ProposalService#inbox", (i, u) -> proposals.inbox());
        c.put("ProposalService#countsByStatus", (i, u) -> proposals.countsByStatus());
        c.put("ProposalService#overdue", (i, u) -> proposals.overdue());
        // registry
        c.put("RegistryService#recordDecision", (i, u) -> {
            // the fixture's proposal has its decision: a second draft proposal, made by the specialist in
            // this cell's transaction (rolled back with it), is the one this internal step may decide
            Long draft = asSpecialist(() -> {
                proposals.onCommendationConfirmed(new CommendationConfirmed(id(i, "ballotE"), id(i, "bloc"), year(i),
                        List.of(id(i, "unitHCCB")), List.of()));
                return proposals.proposals(id(i, "bloc"), year(i)).stream().map(p -> p.id()).max(Long::compare).orElseThrow();
            });
            return registry.recordDecision(List.of(draft), id(i, "province"), "89/QĐ-MX-R", LocalDate.of(2089, 1, 20), "Chủ tịch UBND tỉnh", null,
                    List.of(new Grant(id(i, "unitHCCB"), id(i, "bloc"), year(i), AwardKind.PROVINCIAL_FLAG)));
        });
        c.put("RegistryService#search", (i, u) -> registry.search(null, id(i, "bloc"), year(i), null, null));
        c.put("RegistryService#history", (i, u) -> registry.history(id(i, "unitHLHPN")));
        c.put("RegistryService#streak", (i, u) -> registry.streak(id(i, "unitHLHPN"), AwardKind.PROVINCIAL_FLAG));
        c.put("RegistryService#streakRules", (i, u) -> registry.streakRules());
        // register
        // reminder (issue 15, item 6): the fixture's year; a run on a day of a year without blocs sends nothing
        c.put("ReminderService#schedule", (i, u) -> reminders.schedule(id(i, "bloc"), year(i)));
        c.put("ReminderService#saveSchedule", (i, u) -> reminders.saveSchedule(id(i, "bloc"), year(i), 3,
                java.time.DayOfWeek.MONDAY));
        c.put("ReminderService#sendReminders", (i, u) -> reminders.sendReminders(LocalDate.of(2000, 1, 1)));
        c.put("RegisterService#issuers", (i, u) -> registers.issuers(LocalDate.now().getYear()));
        c.put("RegisterService#numberOf", (i, u) -> registers.numberOf(RegisterService.PROPOSAL, id(i, "proposal")));
        c.put("RegisterService#register", (i, u) -> registers.register(id(i, "unitHLHPN"), LocalDate.now().getYear()));
        c.put("RegisterService#take", (i, u) -> registers.take(new Issue(id(i, "unitHLHPN"), RegisterKind.REPORT,
                "ACCESS_MATRIX", 1L, "rolled back", null, LocalDate.now())));
        c.put("RegistryService#export", (i, u) -> registry.export(List.of()));
        c.put("RegistryService#nationalExport", (i, u) -> registry.nationalExport("DNO", year(i), 1, 10));
        c.put("RegistryService#nationalExportXlsx", (i, u) -> registry.nationalExportXlsx("DNO", year(i), JobProgress.NONE));
        c.put("RegistryService#startNationalExport", (i, u) -> registry.startNationalExport("DNO", year(i)));
        // background jobs: an unknown id is not found (a business answer); a trivial job of the caller's own
        c.put("JobService#job", (i, u) -> jobs.job(NO_JOB));
        c.put("JobService#result", (i, u) -> jobs.result(NO_JOB));
        c.put("JobService#start", (i, u) -> jobs.start("MATRIX", p -> new JobOutput("matrix.txt", "text/plain", new byte[0])));
        c.put("RegistryService#extract", (i, u) -> registry.extract(List.of(), DocumentFormat.PDF));
        // scoring
        c.put("ScoringService#scoreCriterion", (i, u) -> {
            ScoreForm form = new ScoreForm();
            form.setCriterionId(id(i, "criterion"));
            form.setUnitId(u);
            form.setPoints(new BigDecimal("50"));
            form.setEvidence("Báo cáo");
            return scoring.scoreCriterion(form);
        });
        c.put("ScoringService#reviewScore", (i, u) -> scoring.reviewScore(id(i, "assessment"), new BigDecimal("50"), "Rà soát"));
        c.put("ScoringService#awardItem", (i, u) -> scoring.awardItem(id(i, "criterion"), id(i, "unitHCCB"), BigDecimal.ONE, "Thưởng"));
        c.put("ScoringService#evidenceFile", (i, u) -> scoring.evidenceFile(id(i, "assessment"), id(i, "evidence")));
        c.put("ScoringService#scoreSheet", (i, u) -> scoring.scoreSheet(id(i, "bloc"), year(i)));
        c.put("ScoringService#ranking", (i, u) -> scoring.ranking(id(i, "bloc"), year(i)));
        c.put("ScoringService#selfScoreCounts", (i, u) -> scoring.selfScoreCounts(year(i), List.of(id(i, "bloc"))));
        // home
        c.put("HomeService#myHome", (i, u) -> home.myHome(year(i)));
        c.put("HomeService#boardHome", (i, u) -> home.boardHome(year(i), LocalDate.of(year(i), 6, 1)));
        c.put("ScoringService#exportRanking", (i, u) -> scoring.exportRanking(id(i, "bloc"), year(i)));
        // issue 15: cross-check and delegation (the preparation runs as the fixture's leader, hlhpn)
        c.put("CrossCheckService#proposeAssignment", (i, u) -> crossChecks.proposeAssignment(id(i, "bloc"), year(i)));
        c.put("CrossCheckService#assignCrossChecks", (i, u) -> crossChecks.assignCrossChecks(id(i, "bloc"), year(i),
                rotationFromLeaderToMember(i)));
        c.put("CrossCheckService#submitCrossCheck", (i, u) -> {
            asLeader(() -> crossChecks.assignCrossChecks(id(i, "bloc"), year(i), rotationFromLeaderToMember(i)));
            return crossChecks.submitCrossCheck(id(i, "bloc"), year(i), id(i, "unitHLHPN"),
                    List.of(new CrossCheckItem(id(i, "assessment"), new BigDecimal("50"), "Rà soát")));
        });
        c.put("CrossCheckService#finaliseCrossCheck", (i, u) -> crossChecks.finaliseCrossCheck(id(i, "bloc"), year(i),
                id(i, "unitHLHPN")));
        c.put("CrossCheckService#crossChecks", (i, u) -> crossChecks.crossChecks(id(i, "bloc"), year(i)));
        c.put("DelegationService#delegate", (i, u) -> delegations.delegate(id(i, "bloc"), year(i), LocalDate.now(),
                LocalDate.now().plusDays(3), "Đi công tác"));
        c.put("DelegationService#endDelegation", (i, u) -> {
            Long delegation = asLeader(() -> delegations.delegate(id(i, "bloc"), year(i), LocalDate.now(),
                    LocalDate.now().plusDays(3), "Đi công tác")).id();
            return delegations.endDelegation(delegation);
        });
        c.put("DelegationService#delegations", (i, u) -> delegations.delegations(id(i, "bloc"), year(i)));
        c.put("DelegationService#delegationOn", (i, u) -> delegations.delegationOn(id(i, "bloc"), year(i), LocalDate.now()));
        // unit
        c.put("UnitService#provinces", (i, u) -> units.provinces());
        c.put("BoardUnitService#boardUnit", (i, u) -> boardUnits.boardUnit(id(i, "province"),
                "Ban Thi đua - Khen thưởng tỉnh kiểm thử", "Ban TĐKT"));
        c.put("UnitService#createProvince", (i, u) -> units.createProvince("MX", "Tỉnh kiểm thử"));
        c.put("UnitService#unit", (i, u) -> units.unit(id(i, "unitHLHPN")));
        c.put("UnitService#currentUnit", (i, u) -> units.currentUnit("HLHPN"));
        c.put("UnitService#currentUnits", (i, u) -> units.currentUnits(id(i, "province")));
        c.put("UnitService#unitOptions", (i, u) -> units.unitOptions(List.of(id(i, "unitHLHPN"))));
        c.put("UnitService#findUnits", (i, u) -> units.findUnits(null, id(i, "province"), true, PageRequest.of(0, 5)));
        c.put("UnitService#loadUnit", (i, u) -> units.loadUnit(id(i, "unitLDLD")));
        c.put("UnitService#createUnit", (i, u) -> units.createUnit(unitForm(i, null, "MXNEW")));
        c.put("UnitService#correctUnit", (i, u) -> units.correctUnit(unitForm(i, id(i, "unitLDLD"), "LDLD")));
        c.put("UnitService#renameUnit", (i, u) -> units.renameUnit(id(i, "unitLDLD"), unitForm(i, null, "LDLD2")));
        c.put("UnitService#mergeUnits", (i, u) -> units.mergeUnits(List.of(id(i, "unitLDLD"), id(i, "unitTDOAN")),
                unitForm(i, null, "MXMERGED")));
        c.put("UnitService#lineageOf", (i, u) -> units.lineageOf(id(i, "unitHLHPN")));
        c.put("UnitService#lineageIdsOf", (i, u) -> units.lineageIdsOf(id(i, "unitHLHPN")));
        c.put("UnitService#province", (i, u) -> units.province(id(i, "province")));
        c.put("UnitLineageService#predecessorTree", (i, u) -> unitLineages.predecessorTree(id(i, "unitHLHPN")));
        c.put("UnitLineageService#idsAcrossLineage", (i, u) -> unitLineages.idsAcrossLineage("Phụ nữ"));
        c.put("UnitLineageService#recordIn", (i, u) -> unitLineages.recordIn(id(i, "unitHLHPN"), year(i)));
        // a succession of a province into itself passes the gate and is refused by the rule (nothing runs)
        c.put("ProvinceSuccessionService#provinceRows", (i, u) -> provinceSuccessions.provinceRows());
        c.put("ProvinceSuccessionService#previewSuccession", (i, u) -> provinceSuccessions.previewSuccession(
                id(i, "province"), id(i, "province"), LocalDate.of(2089, 7, 1)));
        c.put("ProvinceSuccessionService#applySuccession", (i, u) -> provinceSuccessions.applySuccession(
                id(i, "province"), id(i, "province"), LocalDate.of(2089, 7, 1)));
        c.put("ProvinceSuccessionService#changeStreakRule", (i, u) -> {
            provinceSuccessions.changeStreakRule(id(i, "province"), StreakRule.LONGEST_PREDECESSOR);
            return null;
        });
        return c;
    }

    private static RegulationForm regulationForm(Map<String, Long> i) {
        RegulationForm form = new RegulationForm();
        form.setBlocId(id(i, "bloc"));
        form.setYear(year(i));
        form.setTitle("Quy chế hoạt động (ma trận)");
        form.addArticle("Tổ chức", "Khối gồm các đơn vị thành viên.");
        return form;
    }

    private static CovenantForm covenantForm(Map<String, Long> i) {
        CovenantForm form = new CovenantForm();
        form.setBlocId(id(i, "bloc"));
        form.setYear(year(i));
        form.setContent("Bản sửa đổi");
        form.addItem(CriterionKind.CRITERION, "Thực hiện nhiệm vụ chính trị", new BigDecimal("100"), false);
        return form;
    }

    private static UnitForm unitForm(Map<String, Long> i, Long id, String code) {
        UnitForm form = new UnitForm();
        form.setId(id);
        form.setProvinceId(id(i, "province"));
        form.setCode(code);
        form.setName("Đơn vị kiểm thử " + code);
        form.setShortName(code);
        form.setValidFrom(LocalDate.of(2089, 1, 1));
        return form;
    }
}
