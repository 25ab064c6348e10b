package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import vn.thidua.account.service.AccountService;
import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.service.BallotSetupService;
import vn.thidua.ballot.service.CommitteeService;
import vn.thidua.ballot.service.VotingService;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.bloc.service.BlocYearForm;
import vn.thidua.bloc.service.BlocYearService;
import vn.thidua.covenant.entity.CovenantVersion;
import vn.thidua.covenant.entity.CriterionKind;
import vn.thidua.covenant.service.CovenantForm;
import vn.thidua.covenant.service.CovenantService;
import vn.thidua.covenant.service.CriterionView;
import vn.thidua.file.service.Upload;
import vn.thidua.meeting.entity.Meeting;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.notification.service.NotificationService;
import vn.thidua.notification.service.NotificationView;
import vn.thidua.proposal.service.ApprovalWorkflowService;
import vn.thidua.proposal.service.DossierService;
import vn.thidua.reminder.service.ReminderScheduleView;
import vn.thidua.reminder.service.ReminderService;
import vn.thidua.scoring.service.ScoreForm;
import vn.thidua.scoring.service.ScoringService;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.service.UnitForm;
import vn.thidua.unit.service.UnitService;

/**
 * Reminders (issue 15, item 6) in the real server, database and mail session, against a real
 * SMTP server on loopback (GreenMail, started by each test on the port the server's mail
 * session points to): a unit that has not signed, scored or voted gets one notification in
 * the portal and one e-mail, in Vietnamese; a unit that has acted gets none; a second run
 * of the same day (a second node) sends nothing again; a vote reminder goes to that unit
 * only and says only that it has not voted. Each test owns one year of Bloc No. 03 (2090,
 * 2094), with a sixth member of its own that has a contact e-mail (the demo units keep none).
 * Filing reminders (before the province's filing deadline) run in 2059 in a bloc of the
 * test's own, led by a unit of its own with a contact e-mail.
 */
@ExtendWith(ArquillianExtension.class)
class ReminderIT {

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        EnterpriseArchive ear = Deployments.portalWithTests(ReminderIT.class);
        // GreenMail runs inside the server with the test; jakarta.mail comes from the server's mail module
        File greenMail = new File(GreenMail.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ear.getAsType(WebArchive.class, "/tests.war").addAsLibrary(greenMail).addClass(AsFilingLeader.class);
        return ear;
    }

    @Resource(lookup = "java:jboss/datasources/ThiduaDS")
    private DataSource dataSource;

    @Inject
    private TestData testData;

    @Inject
    private AsBoardSpecialist asBoard;

    @Inject
    private AsBoardLeader asBoardLeader;

    @Inject
    private AsWomenUnion asWomenUnion;

    @Inject
    private AsYouthUnion asLeader;

    @Inject
    private AsFarmersAssociation asDeputy;

    @Inject
    private ReminderService reminders;

    @Inject
    private NotificationService notifications;

    @Inject
    private CovenantService covenants;

    @Inject
    private ScoringService scoring;

    @Inject
    private MeetingService meetings;

    @Inject
    private BallotSetupService setup;

    @Inject
    private CommitteeService committees;

    @Inject
    private VotingService voting;

    @Inject
    private BlocService blocs;

    @Inject
    private BlocYearService blocYears;

    @Inject
    private UnitService units;

    @Inject
    private AccountService accounts;

    @Inject
    private AsFilingLeader asFilingLeader;

    @Inject
    private PaperCount paperCount;

    @Inject
    private DossierService dossiers;

    @Inject
    private ApprovalWorkflowService approvals;

    @Test
    void aUnitThatHasNotSignedOrScoredGetsOneNotificationAndOneEmailAndASecondRunSendsNothing() throws Exception {
        int year = 2090;
        Long bloc = testData.bloc03With(year);
        Unit extra = memberWithEmail(bloc, year, "NHAC90", "Ban Nhắc việc kiểm thử năm 2090", "nhac-2090@localhost");
        String blocName = asBoard.call(() -> blocs.viewBlocYear(bloc, year)).name();

        ReminderScheduleView defaults = asWomenUnion.call(() -> reminders.schedule(bloc, year));
        assertEquals(3, defaults.daysBefore());
        assertEquals(DayOfWeek.MONDAY, defaults.weekday());
        asLeader.call(() -> reminders.saveSchedule(bloc, year, 2, DayOfWeek.WEDNESDAY));
        assertEquals(DayOfWeek.WEDNESDAY, asWomenUnion.call(() -> reminders.schedule(bloc, year)).weekday());

        CovenantVersion covenant = asLeader.call(() -> covenants.draftCovenant(covenantForm(bloc, year)));
        asWomenUnion.call(() -> covenants.signCovenant(covenant.getId(), testData.unit("HLHPN").getId()));

        LocalDate wednesday = LocalDate.of(year, 3, 1);
        GreenMail smtp = startSmtp();
        try {
            // the Youth Union, the Farmers' and Veterans' Associations, the Labour Federation and the extra unit
            assertEquals(5, asBoardLeader.call(() -> reminders.sendReminders(wednesday)));
            MimeMessage[] mails = smtp.getReceivedMessages();
            assertEquals(1, mails.length, "only the unit with a contact e-mail gets one");
            String covenantText = extra.getName() + ": chưa ký giao ước thi đua năm 2090 của " + blocName
                    + ". Đề nghị đơn vị vào cổng thông tin thi đua để ký.";
            assertMail(mails[0], "nhac-2090@localhost", "Nhắc việc: ký giao ước thi đua năm 2090", covenantText);
            assertEquals(List.of(covenantText), unitNotifications(extra.getId(), "%giao ước thi đua năm 2090%"));
            assertEquals(1, mine(asDeputy.call(() -> notifications.notifications()), "chưa ký giao ước thi đua năm 2090").size(),
                    "the Farmers' Association has not signed");
            assertEquals(List.of(), mine(asWomenUnion.call(() -> notifications.notifications()),
                    "chưa ký giao ước thi đua năm 2090"), "the Women's Union has signed");

            // the same day again, as a second node would: the claims hold, nothing is sent twice
            assertEquals(0, asBoardLeader.call(() -> reminders.sendReminders(wednesday)));
            assertEquals(1, smtp.getReceivedMessages().length);
            assertEquals(1, unitNotifications(extra.getId(), "%giao ước thi đua năm 2090%").size());
            assertEquals(0, asBoardLeader.call(() -> reminders.sendReminders(wednesday.plusDays(1))),
                    "covenant reminders go out on the leader's weekday only");

            // the covenant in force, the year-end review conference on 27/12: self-scoring is due from 25/12 (2 days before)
            for (Unit unit : blocs.memberUnits(bloc, year)) {
                if (!unit.getCode().equals("HLHPN")) {
                    asBoard.call(() -> covenants.recordPaperSignature(covenant.getId(), unit.getId()));
                }
            }
            Meeting conference = asLeader.call(() -> meetings.saveMeeting(TestData.yearEndMeeting(bloc, year)));
            assertEquals(LocalDate.of(year, 12, 27), conference.getHeldOn());
            for (CriterionView item : asWomenUnion.call(() -> scoring.scoreSheet(bloc, year)).selfItems()) {
                asWomenUnion.call(() -> scoring.scoreCriterion(score(item, testData.unit("HLHPN"))));
            }
            assertEquals(0, asBoardLeader.call(() -> reminders.sendReminders(LocalDate.of(year, 12, 24))),
                    "too early: the leader chose 2 days before the conference");
            assertEquals(5, asBoardLeader.call(() -> reminders.sendReminders(LocalDate.of(year, 12, 25))));
            mails = smtp.getReceivedMessages();
            assertEquals(2, mails.length);
            String scoreText = extra.getName() + ": chưa tự chấm điểm đủ các tiêu chí thi đua năm 2090 của " + blocName
                    + "; hạn là ngày hội nghị tổng kết 27/12/2090.";
            assertMail(mails[1], "nhac-2090@localhost", "Nhắc việc: tự chấm điểm thi đua năm 2090", scoreText);
            assertEquals(List.of(), mine(asWomenUnion.call(() -> notifications.notifications()),
                    "chưa tự chấm điểm đủ các tiêu chí thi đua năm 2090"),
                    "the Women's Union has scored itself");
            assertEquals(0, asBoardLeader.call(() -> reminders.sendReminders(LocalDate.of(year, 12, 25))));
            assertEquals(2, smtp.getReceivedMessages().length);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aVoteReminderGoesOnlyToTheUnitThatHasNotVotedAndSaysOnlyThat() throws Exception {
        int year = 2094;
        Long bloc = testData.bloc03With(year);
        Unit extra = memberWithEmail(bloc, year, "NHAC94", "Ban Nhắc việc kiểm thử năm 2094", "nhac-2094@localhost");
        String blocName = asBoard.call(() -> blocs.viewBlocYear(bloc, year)).name();
        Meeting conference = asLeader.call(() -> meetings.saveMeeting(TestData.yearEndMeeting(bloc, year)));
        Long ballot = asLeader.call(() -> setup.createBallot(conference.getId(), BallotKind.COMMENDATION,
                VotingMode.ELECTRONIC, "Bình bầu đề nghị khen thưởng năm 2094"));
        List<Long> everyone = blocs.memberUnits(bloc, year).stream().map(Unit::getId).toList();
        asLeader.call(() -> {
            setup.setCandidates(ballot, Seat.PROVINCIAL_FLAG, List.of(testData.unit("HLHPN").getId()));
            setup.setCandidates(ballot, Seat.CERTIFICATE_OF_MERIT,
                    List.of(testData.unit("TDOAN").getId(), testData.unit("HND").getId()));
            setup.recordPresence(ballot, everyone);
            committees.setCommittee(ballot, List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"));
            return null;
        });
        asLeader.call(() -> setup.openBallot(ballot));
        asWomenUnion.call(() -> voting.castVote(ballot, null, Map.of()));
        asLeader.call(() -> voting.castVote(ballot, null, Map.of()));

        GreenMail smtp = startSmtp();
        try {
            // the Farmers' and Veterans' Associations, the Labour Federation and the extra unit have not voted
            assertEquals(4, asBoardLeader.call(() -> reminders.sendReminders(LocalDate.of(year, 12, 27))));
            MimeMessage[] mails = smtp.getReceivedMessages();
            assertEquals(1, mails.length);
            String voteText = extra.getName() + ": chưa bỏ phiếu trong cuộc bỏ phiếu"
                    + " “Bình bầu đề nghị khen thưởng năm 2094” của " + blocName + ".";
            assertMail(mails[0], "nhac-2094@localhost", "Nhắc việc: đơn vị chưa bỏ phiếu", voteText);
            assertEquals(List.of(voteText), unitNotifications(extra.getId(), "%chưa bỏ phiếu%2094%"));

            // each reminder is addressed to one unit that has not voted, and names no other unit
            List<String[]> sent = rows("SELECT recipient, text FROM notification WHERE text LIKE ?",
                    "%chưa bỏ phiếu%2094%");
            List<String> expected = new ArrayList<>();
            for (String code : List.of("HND", "HCCB", "LDLD", "NHAC94")) {
                expected.add("unit:" + testData.unit(code).getId());
            }
            assertEquals(expected.stream().sorted().toList(), sent.stream().map(r -> r[0]).sorted().toList());
            for (String[] row : sent) {
                for (Unit other : blocs.memberUnits(bloc, year)) {
                    if (!row[0].equals("unit:" + other.getId())) {
                        assertTrue(!row[1].contains(other.getName()),
                                "a vote reminder names only its own unit: " + row[1]);
                    }
                }
            }
            assertEquals(1, mine(asDeputy.call(() -> notifications.notifications()), "chưa bỏ phiếu").size());
            assertEquals(List.of(), mine(asWomenUnion.call(() -> notifications.notifications()), "chưa bỏ phiếu"),
                    "the Women's Union has voted");
            assertEquals(List.of(), mine(asLeader.call(() -> notifications.notifications()), "chưa bỏ phiếu"),
                    "the Youth Union has voted");

            assertEquals(0, asBoardLeader.call(() -> reminders.sendReminders(LocalDate.of(year, 12, 27))), "a second node");
            assertEquals(1, smtp.getReceivedMessages().length);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void theLeaderIsRemindedToFileAndNomineesToSendTheirReportsFromTheLeadersDaysBeforeTheDeadlineUntilFiled()
            throws Exception {
        int year = 2059;
        LocalDate deadline = LocalDate.of(2060, 1, 15);
        String mailbox = "nhac-hoso-2059@localhost";
        Unit leader = unitWithEmail("NHAC59", "Ban Nhắc hạn nộp hồ sơ kiểm thử năm 2059", mailbox);
        Long bloc = testData.bloc("KTNHAC59", "Khối thi đua kiểm thử nhắc hạn nộp hồ sơ", year,
                List.of("NHAC59", "HLHPN", "HND", "HCCB", "LDLD"), "NHAC59", "HND");
        String blocName = asBoard.call(() -> blocs.viewBlocYear(bloc, year)).name();
        if (asBoard.call(() -> accounts.users()).stream().noneMatch(u -> u.username().equals(AsFilingLeader.PRINCIPAL))) {
            asBoard.call(() -> accounts.registerUser(AsFilingLeader.PRINCIPAL, "Tài khoản kiểm thử NHAC59", leader.getId()));
        }
        // the Board's filing deadline for the province's 2059 proposals: 15/01/2060; the leader reminds 2 days before
        testData.filingDeadline(leader.getProvince().getId(), year, deadline);
        asFilingLeader.call(() -> reminders.saveSchedule(bloc, year, 2, DayOfWeek.WEDNESDAY));
        // the draft proposal: the flag to the Women's Union, the certificate to the leader unit; no report yet
        Long women = testData.unit("HLHPN").getId();
        List<Long> present = blocs.memberUnits(bloc, year).stream().map(Unit::getId).toList();
        Long proposal = asFilingLeader.call(() -> paperCount.unanimousCommendation(bloc, year, women, leader.getId(),
                present));

        String fileText = leader.getName() + ": là đơn vị trưởng khối, chưa nộp hồ sơ đề nghị khen thưởng năm 2059 của "
                + blocName + "; hạn nộp là ngày 15/01/2060. Đề nghị đơn vị hoàn thiện và nộp hồ sơ trên cổng thông tin thi đua.";
        String reportText = ": báo cáo thành tích của đơn vị chưa có trong hồ sơ đề nghị khen thưởng năm 2059 của "
                + blocName + "; hạn nộp hồ sơ là ngày 15/01/2060. Đề nghị đơn vị gửi báo cáo cho đơn vị trưởng khối.";
        String ours = "%đề nghị khen thưởng năm 2059 của " + blocName + "%";
        GreenMail smtp = startSmtp();
        try {
            asBoardLeader.call(() -> reminders.sendReminders(LocalDate.of(2060, 1, 12)));
            assertEquals(List.of(), unitNotifications(leader.getId(), ours), "too early: 3 days before the deadline");
            assertEquals(0, mailsTo(smtp, mailbox).size());

            asBoardLeader.call(() -> reminders.sendReminders(LocalDate.of(2060, 1, 13)));
            List<MimeMessage> mails = mailsTo(smtp, mailbox);
            assertEquals(2, mails.size(), "the leader unit: file the proposal; as a nominee: its report");
            assertEquals(List.of("Nhắc việc: báo cáo thành tích năm 2059", "Nhắc việc: nộp hồ sơ đề nghị khen thưởng năm 2059"),
                    subjects(mails));
            MimeMessage fileMail = mails.stream().filter(m -> subject(m).contains("nộp hồ sơ")).findFirst().orElseThrow();
            assertMail(fileMail, mailbox, "Nhắc việc: nộp hồ sơ đề nghị khen thưởng năm 2059", fileText);
            assertEquals(List.of(fileText, leader.getName() + reportText).stream().sorted().toList(),
                    unitNotifications(leader.getId(), ours).stream().sorted().toList());
            // the Women's Union (a nominee without a report) is reminded in the portal; the deputy is not a nominee
            assertEquals(List.of(testData.unit("HLHPN").getName() + reportText),
                    mine(asWomenUnion.call(() -> notifications.notifications()), "năm 2059 của " + blocName));
            assertEquals(List.of(), mine(asDeputy.call(() -> notifications.notifications()), "năm 2059 của " + blocName));
            assertEquals(0, asBoardLeader.call(() -> reminders.sendReminders(LocalDate.of(2060, 1, 13))),
                    "the same day again (a second node): nothing is sent twice");
            assertEquals(2, mailsTo(smtp, mailbox).size());

            // the leader puts the Women's Union's report into the dossier: from then on only the leader unit is reminded
            asFilingLeader.call(() -> dossiers.addAchievementReport(proposal, women,
                    new Upload("bao-cao-hlhpn.pdf", "%PDF-1.4 báo cáo thành tích".getBytes(StandardCharsets.UTF_8))));
            asBoardLeader.call(() -> reminders.sendReminders(LocalDate.of(2060, 1, 14)));
            assertEquals(4, mailsTo(smtp, mailbox).size());
            assertEquals(1, mine(asWomenUnion.call(() -> notifications.notifications()), "năm 2059 của " + blocName).size(),
                    "the report is in the dossier");

            // past the deadline: no more reminders, even though the proposal is still a draft
            asBoardLeader.call(() -> reminders.sendReminders(LocalDate.of(2060, 1, 16)));
            assertEquals(4, mailsTo(smtp, mailbox).size());

            // filed: nothing more on the deadline day
            asFilingLeader.call(() -> approvals.submit(proposal));
            asBoardLeader.call(() -> reminders.sendReminders(deadline));
            assertEquals(4, mailsTo(smtp, mailbox).size(), "filed: no reminder on the deadline day");
            assertEquals(4, unitNotifications(leader.getId(), ours).size());
        } finally {
            smtp.stop();
        }
    }

    // ---- helpers ----

    /** A unit of the test's own with a contact e-mail, added to the bloc's year as a sixth member. */
    private Unit memberWithEmail(Long bloc, int year, String code, String name, String email) throws Exception {
        Unit unit = unitWithEmail(code, name, email);
        Long unitId = unit.getId();
        BlocYearForm members = asBoard.call(() -> blocYears.loadBlocYear(bloc, year));
        if (!members.getMemberUnitIds().contains(unitId)) {
            members.getMemberUnitIds().add(unitId);
            asBoard.call(() -> blocYears.saveBlocYear(members));
        }
        return unit;
    }

    /** A unit of the test's own (in the demo units' current province) with a contact e-mail. */
    private Unit unitWithEmail(String code, String name, String email) throws Exception {
        Unit unit = units.currentUnit(code).orElse(null);
        if (unit == null) {
            UnitForm form = new UnitForm();
            form.setProvinceId(testData.unit("HLHPN").getProvince().getId());
            form.setCode(code);
            form.setName(name);
            form.setShortName(name);
            form.setValidFrom(LocalDate.of(2020, 1, 1));
            form.setContactEmail(email);
            unit = asBoard.call(() -> units.createUnit(form));
        }
        assertEquals(email, units.currentUnit(code).orElseThrow().getContactEmail());
        return unit;
    }

    private static GreenMail startSmtp() {
        int port = Integer.parseInt(System.getProperty("jboss.mail.server.port"));
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    private static List<MimeMessage> mailsTo(GreenMail smtp, String to) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return to.equals(m.getRecipients(Message.RecipientType.TO)[0].toString());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> subjects(List<MimeMessage> mails) {
        return mails.stream().map(ReminderIT::subject).sorted().toList();
    }

    private static void assertMail(MimeMessage mail, String to, String subject, String text) throws Exception {
        assertEquals(to, mail.getRecipients(Message.RecipientType.TO)[0].toString());
        assertEquals(subject, mail.getSubject());
        assertEquals(text, mail.getContent().toString().strip());
    }

    /** The texts among {@code inbox} (a person's notifications) that contain {@code words}. */
    private static List<String> mine(List<NotificationView> inbox, String words) {
        return inbox.stream().map(NotificationView::text).filter(t -> t.contains(words)).toList();
    }

    private List<String> unitNotifications(Long unitId, String like) throws Exception {
        return rows("SELECT recipient, text FROM notification WHERE recipient = ? AND text LIKE ?",
                "unit:" + unitId, like).stream().map(r -> r[1]).toList();
    }

    private List<String[]> rows(String sql, String... parameters) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
        }
        return rows;
    }

    private static CovenantForm covenantForm(Long bloc, int year) {
        CovenantForm form = new CovenantForm();
        form.setBlocId(bloc);
        form.setYear(year);
        form.setContent("Các đơn vị cam kết thực hiện tốt nhiệm vụ năm " + year + ".");
        form.addItem(CriterionKind.CRITERION, "Thực hiện nhiệm vụ chính trị", new BigDecimal("60"), true);
        form.addItem(CriterionKind.CRITERION, "Công tác thi đua, khen thưởng", new BigDecimal("40"), false);
        return form;
    }

    private static ScoreForm score(CriterionView criterion, Unit unit) {
        ScoreForm form = new ScoreForm();
        form.setCriterionId(criterion.id());
        form.setUnitId(unit.getId());
        form.setPoints(new BigDecimal("30"));
        form.setEvidence("Báo cáo tổng kết năm");
        return form;
    }
}
