package vn.thidua.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import vn.thidua.account.service.AccountService;
import vn.thidua.activity.entity.ActivityStatus;
import vn.thidua.activity.entity.JointActivity;
import vn.thidua.activity.service.ActivityForm;
import vn.thidua.activity.service.ActivityService;
import vn.thidua.covenant.entity.CovenantVersion;
import vn.thidua.covenant.entity.CriterionKind;
import vn.thidua.covenant.service.CovenantForm;
import vn.thidua.covenant.service.CovenantService;
import vn.thidua.covenant.service.MovementForm;
import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.service.BallotQueryService;
import vn.thidua.ballot.service.BallotSetupService;
import vn.thidua.ballot.service.BallotView;
import vn.thidua.ballot.service.CountingService;
import vn.thidua.meeting.entity.Meeting;
import vn.thidua.meeting.entity.MeetingKind;
import vn.thidua.meeting.service.MeetingForm;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.bloc.service.BlocYearForm;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.bloc.service.BlocYearService;
import vn.thidua.shared.Roles;
import vn.thidua.unit.entity.Province;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.service.UnitForm;
import vn.thidua.unit.service.UnitService;

/**
 * Loads the DOMAIN.md story on the first start of a demo installation (system property
 * {@code thidua.demo-data=true} and an empty database): Đắk Nông province, Bloc No. 03
 * with its five members in 2023 and 2024 (2023 leader the Women's Union; 2024 leader
 * the Youth Union, deputy the Farmers' Association), three more blocs, and one demo
 * account per member unit; then the 2025 merger (Đắk Nông continues in Lâm Đồng from
 * 1 July 2025) and Bloc No. 03's 2025 under Lâm Đồng. Everything goes through the services, so it is validated
 * and audited like any Board specialist's work, in one transaction.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@DeclareRoles(Roles.BOARD_SPECIALIST)
@RunAs(Roles.BOARD_SPECIALIST)
public class DemoData {

    public static final String ENABLED_PROPERTY = "thidua.demo-data";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final LocalDate FOUNDED = LocalDate.of(2004, 1, 1);
    /** The day Đắk Nông's records continue in Lâm Đồng (the National Assembly's 2025 resolution). */
    static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

    @Inject
    private UnitService units;

    @Inject
    private BlocService blocs;

    @Inject
    private BlocYearService blocYears;

    @Inject
    private AccountService accounts;

    @Inject
    private CovenantService covenants;

    @Inject
    private ActivityService activities;

    @Inject
    private MeetingService meetings;

    @Inject
    private BallotSetupService ballotSetup;

    @Inject
    private BallotQueryService ballotQueries;

    @Inject
    private CountingService counting;

    @Inject
    private DemoProvinceMerger merger;

    private final Map<String, Unit> byCode = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean(ENABLED_PROPERTY)) {
            return;
        }
        if (!units.provinces().isEmpty()) {
            LOG.info("Demo data: database already holds data, nothing loaded");
            return;
        }
        Province dakNong = units.createProvince("DNO", "Đắk Nông");
        Province lamDong = units.createProvince("LDG", "Lâm Đồng");

        unit(dakNong, "HLHPN", "Hội Liên hiệp Phụ nữ tỉnh Đắk Nông", "Hội LHPN tỉnh");
        unit(dakNong, "HND", "Hội Nông dân tỉnh Đắk Nông", "Hội Nông dân tỉnh");
        unit(dakNong, "HCCB", "Hội Cựu chiến binh tỉnh Đắk Nông", "Hội CCB tỉnh");
        unit(dakNong, "LDLD", "Liên đoàn Lao động tỉnh Đắk Nông", "LĐLĐ tỉnh");
        unit(dakNong, "TDOAN", "Tỉnh đoàn Đắk Nông", "Tỉnh đoàn");

        unit(dakNong, "STC", "Sở Tài chính tỉnh Đắk Nông", "Sở Tài chính");
        unit(dakNong, "SKHDT", "Sở Kế hoạch và Đầu tư tỉnh Đắk Nông", "Sở KH&ĐT");
        unit(dakNong, "SNV", "Sở Nội vụ tỉnh Đắk Nông", "Sở Nội vụ");
        unit(dakNong, "STP", "Sở Tư pháp tỉnh Đắk Nông", "Sở Tư pháp");
        unit(dakNong, "TTT", "Thanh tra tỉnh Đắk Nông", "Thanh tra tỉnh");
        unit(dakNong, "VPUB", "Văn phòng Ủy ban nhân dân tỉnh Đắk Nông", "Văn phòng UBND tỉnh");

        unit(dakNong, "SXD", "Sở Xây dựng tỉnh Đắk Nông", "Sở Xây dựng");
        unit(dakNong, "SGTVT", "Sở Giao thông vận tải tỉnh Đắk Nông", "Sở GTVT");
        unit(dakNong, "SCT", "Sở Công Thương tỉnh Đắk Nông", "Sở Công Thương");
        unit(dakNong, "SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Đắk Nông", "Sở NN&PTNT");
        unit(dakNong, "STNMT", "Sở Tài nguyên và Môi trường tỉnh Đắk Nông", "Sở TN&MT");
        unit(dakNong, "SKHCN", "Sở Khoa học và Công nghệ tỉnh Đắk Nông", "Sở KH&CN");

        unit(dakNong, "SGDDT", "Sở Giáo dục và Đào tạo tỉnh Đắk Nông", "Sở GD&ĐT");
        unit(dakNong, "SYT", "Sở Y tế tỉnh Đắk Nông", "Sở Y tế");
        unit(dakNong, "SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Nông", "Sở VHTT&DL");
        unit(dakNong, "SLDTBXH", "Sở Lao động - Thương binh và Xã hội tỉnh Đắk Nông", "Sở LĐ-TB&XH");
        unit(dakNong, "STTTT", "Sở Thông tin và Truyền thông tỉnh Đắk Nông", "Sở TT&TT");
        unit(dakNong, "DPTTH", "Đài Phát thanh và Truyền hình tỉnh Đắk Nông", "Đài PT-TH tỉnh");

        String bloc03 = "Khối thi đua số 03 – Các tổ chức chính trị - xã hội tỉnh";
        List<String> bloc03Members = List.of("HLHPN", "HND", "HCCB", "LDLD", "TDOAN");
        Long b3 = bloc(dakNong, null, "KTD03", bloc03, 2023, bloc03Members, "HLHPN", "HCCB");
        // the 2024 leadership is what the 2023 leadership ballot elects: the browser tests run that
        // ballot themselves, so at the foundation level the 2024 year starts without a leader
        boolean story = !"foundation".equals(System.getProperty(ENABLED_PROPERTY + ".level"));
        bloc(dakNong, b3, "KTD03", bloc03, 2024, bloc03Members, story ? "TDOAN" : null, story ? "HND" : null);

        List<String> bloc01Members = List.of("STC", "SKHDT", "SNV", "STP", "TTT", "VPUB");
        String bloc01 = "Khối thi đua số 01 – Các cơ quan tổng hợp";
        Long b1 = bloc(dakNong, null, "KTD01", bloc01, 2023, bloc01Members, "SNV", "STP");
        bloc(dakNong, b1, "KTD01", bloc01, 2024, bloc01Members, "STC", "SNV");

        List<String> bloc02Members = List.of("SXD", "SGTVT", "SCT", "SNNPTNT", "STNMT", "SKHCN");
        String bloc02 = "Khối thi đua số 02 – Các sở kinh tế - kỹ thuật";
        Long b2 = bloc(dakNong, null, "KTD02", bloc02, 2023, bloc02Members, "SXD", "SCT");
        bloc(dakNong, b2, "KTD02", bloc02, 2024, bloc02Members, "SGTVT", "STNMT");

        List<String> bloc04Members = List.of("SGDDT", "SYT", "SVHTTDL", "SLDTBXH", "STTTT", "DPTTH");
        String bloc04 = "Khối thi đua số 04 – Các cơ quan văn hóa - xã hội";
        Long b4 = bloc(dakNong, null, "KTD04", bloc04, 2023, bloc04Members, "SYT", "SGDDT");
        bloc(dakNong, b4, "KTD04", bloc04, 2024, bloc04Members, "SGDDT", "SVHTTDL");

        accounts.registerUser("chuyenvien", "Nguyễn Thị Thu – Chuyên viên Ban Thi đua - Khen thưởng", null);
        accounts.registerUser("lanhdaoban", "Trần Văn Hùng – Trưởng Ban Thi đua - Khen thưởng", null);
        accounts.registerUser("quantri", "Lê Minh Quân – Quản trị hệ thống", null);
        accounts.registerUser("hlhpn", "H'Mai Niê – Hội LHPN tỉnh", byCode.get("HLHPN").getId());
        accounts.registerUser("hnd", "Phạm Văn Nông – Hội Nông dân tỉnh", byCode.get("HND").getId());
        accounts.registerUser("hccb", "Đỗ Văn Binh – Hội CCB tỉnh", byCode.get("HCCB").getId());
        accounts.registerUser("ldld", "Vũ Thị Lan – LĐLĐ tỉnh", byCode.get("LDLD").getId());
        accounts.registerUser("tinhdoan", "Y Đoàn Êban – Tỉnh đoàn", byCode.get("TDOAN").getId());
        accounts.registerUser("sotc", "Hoàng Văn Tài – Sở Tài chính", byCode.get("STC").getId());
        if (story) {
            loadStory(b3);
        }
        mergeIntoLamDong(dakNong, lamDong, b3, bloc03, bloc03Members);
        LOG.info(() -> "Demo data loaded: " + byCode.size() + " units, 4 blocs, 2023 to 2025, Đắk Nông merged into"
                + " Lâm Đồng on " + MERGER);
    }

    /**
     * The DOMAIN.md story of a bloc's year: the 2023 joint activity (the orphan sponsorship
     * in Quảng Sơn, 12,000,000 VND) completed and adopted as the common model for 2024; the
     * year-end conference of 27 Dec 2023 with its two ballots, held on paper and
     * confirmed (flag to the Women's Union, certificate to the Youth Union; 2024 leader the
     * Youth Union, deputy the Farmers' Association); the 2024 movement and covenant, signed by every
     * member (recorded as signed on paper at the launch). The browser tests replay the 2024
     * part themselves, so they start the portal without it
     * ({@code thidua.demo-data.level=foundation}).
     */
    @RolesAllowed(Roles.BOARD_SPECIALIST)
    public void loadStory(Long blocId) {
        // in the order the units were created: Women's Union, Farmers, Veterans, Labour, Youth Union
        List<Unit> members2023 = blocs.memberUnits(blocId, 2023).stream()
                .sorted(java.util.Comparator.comparing(Unit::getId)).toList();
        ActivityForm activity = new ActivityForm();
        activity.setBlocId(blocId);
        activity.setYear(2023);
        activity.setTitle("Nhận đỡ đầu trẻ mồ côi có hoàn cảnh khó khăn");
        activity.setDescription("Các đơn vị thành viên cùng nhận đỡ đầu một cháu mồ côi có hoàn cảnh đặc biệt khó khăn"
                + " đến năm 18 tuổi.");
        activity.setBeneficiary("Cháu mồ côi tại xã Quảng Sơn");
        activity.setPlace("Xã Quảng Sơn, huyện Đắk Glong, tỉnh Đắk Nông");
        activity.setTotalValue(12_000_000L);
        members2023.forEach(u -> activity.getContributions().put(u.getId(), 2_400_000L));
        JointActivity sponsorship = activities.saveActivity(activity, List.of());
        activities.changeStatus(sponsorship.getId(), ActivityStatus.COMPLETED);
        activities.adoptAsCommonModel(sponsorship.getId());

        MeetingForm meeting = new MeetingForm();
        meeting.setBlocId(blocId);
        meeting.setYear(2023);
        meeting.setKind(MeetingKind.YEAR_END);
        meeting.setHeldOn(LocalDate.of(2023, 12, 27));
        meeting.setPlace("Hội trường Hội Liên hiệp Phụ nữ tỉnh Đắk Nông");
        Unit leader2023 = blocs.leaderUnit(blocId, 2023).orElse(members2023.get(0));
        meeting.setChair("Chủ tịch " + leader2023.getName());
        meeting.setSecretary("Chánh Văn phòng " + leader2023.getShortName());
        meeting.addAttendee(null, "Trưởng Ban Thi đua - Khen thưởng tỉnh", "khách mời");
        members2023.forEach(u -> meeting.addAttendee(u.getId(), "Lãnh đạo " + u.getShortName(), "đại diện đơn vị"));
        meeting.setAgenda("Tổng kết phong trào thi đua năm 2023; bình xét khen thưởng; bầu khối trưởng, khối phó năm 2024.");
        meeting.setMinutes("Trưởng Ban Thi đua - Khen thưởng tỉnh biểu dương hoạt động nhận đỡ đầu trẻ mồ côi tại xã"
                + " Quảng Sơn, huyện Đắk Glong (12.000.000 đồng). Hội nghị thống nhất chọn hoạt động này làm mô hình"
                + " chung của khối năm 2024.");
        Meeting review2023 = meetings.saveMeeting(meeting);
        paperBallot(review2023, BallotKind.COMMENDATION, "Bình bầu đề nghị khen thưởng năm 2023", members2023,
                Map.of(Seat.PROVINCIAL_FLAG, Map.of(0, 5), Seat.CERTIFICATE_OF_MERIT, Map.of(4, 4, 1, 1)));
        paperBallot(review2023, BallotKind.LEADERSHIP, "Lấy phiếu suy tôn khối trưởng, khối phó năm 2024", members2023,
                Map.of(Seat.LEADER, Map.of(4, 4, 2, 1), Seat.DEPUTY, Map.of(1, 4, 3, 1)));

        MovementForm movement = new MovementForm();
        movement.setBlocId(blocId);
        movement.setYear(2024);
        movement.setTitle("Phát động phong trào thi đua năm 2024");
        movement.setContent("Thi đua thực hiện thắng lợi nhiệm vụ chính trị năm 2024; nhân rộng mô hình đỡ đầu trẻ mồ côi.");
        movement.setTargets("100% đơn vị ký kết giao ước; mỗi đơn vị có ít nhất một mô hình mới.");
        movement.setLaunchDate(LocalDate.of(2024, 2, 20));
        covenants.launchMovement(movement);

        CovenantForm covenant = new CovenantForm();
        covenant.setBlocId(blocId);
        covenant.setYear(2024);
        covenant.setContent("Các đơn vị thành viên Khối thi đua cam kết thực hiện tốt các nội dung thi đua năm 2024.");
        covenant.setTargets("Hoàn thành xuất sắc nhiệm vụ được giao.");
        covenant.addItem(CriterionKind.CRITERION, "Thực hiện nhiệm vụ chính trị được giao", new BigDecimal("60"), true);
        covenant.addItem(CriterionKind.CRITERION, "Công tác thi đua, khen thưởng", new BigDecimal("25"), false);
        covenant.addItem(CriterionKind.CRITERION, "Tham gia hoạt động chung của khối", new BigDecimal("15"), false);
        covenant.addItem(CriterionKind.BONUS, "Mô hình mới, cách làm hay", new BigDecimal("5"), false);
        covenant.addItem(CriterionKind.DEDUCTION, "Gửi báo cáo chậm", new BigDecimal("5"), false);
        CovenantVersion version = covenants.draftCovenant(covenant);
        for (Unit member : blocs.memberUnits(blocId, 2024)) {
            covenants.recordPaperSignature(version.getId(), member.getId());
        }
    }

    /**
     * The 2025 province merger: on 1 July 2025 Đắk Nông's records end and continue in Lâm Đồng,
     * applied as a Board leader applies a succession (every Đắk Nông unit continues as a Lâm Đồng
     * record under the same name; the demo accounts follow). Bloc No. 03 continues in 2025 under
     * Lâm Đồng with the same five organisations, the Youth Union leading and the Farmers'
     * Association deputy (what the 2024 year-end conference elects); 2023 and 2024 stay under
     * Đắk Nông, so the bloc's history runs from 2023 across the merger.
     */
    private void mergeIntoLamDong(Province dakNong, Province lamDong, Long bloc03Id, String bloc03,
                                  List<String> bloc03Members) {
        merger.merge(dakNong.getId(), lamDong.getId(), MERGER);
        byCode.replaceAll((code, record) -> units.currentUnit(code).orElseThrow());
        bloc(lamDong, bloc03Id, "KTD03", bloc03, 2025, bloc03Members, "TDOAN", "HND");
    }

    /**
     * A ballot held on paper at the conference and entered by the Board: {@code votes}
     * maps each seat to (index of the member unit → votes); every member present.
     */
    private void paperBallot(Meeting meeting, BallotKind kind, String title, List<Unit> members,
                             Map<Seat, Map<Integer, Integer>> votes) {
        Long ballotId = ballotSetup.createBallot(meeting.getId(), kind, VotingMode.PAPER, title);
        for (Map.Entry<Seat, Map<Integer, Integer>> seat : votes.entrySet()) {
            List<Long> ids = seat.getValue().keySet().stream().sorted().map(i -> members.get(i).getId()).toList();
            ballotSetup.setCandidates(ballotId, seat.getKey(), ids);
        }
        BallotView ballot = ballotQueries.ballot(ballotId);
        Map<Long, Integer> counts = new java.util.HashMap<>();
        for (Map.Entry<Seat, Map<Integer, Integer>> seat : votes.entrySet()) {
            for (BallotView.CandidateView c : ballot.seat(seat.getKey()).candidates()) {
                int index = members.indexOf(members.stream().filter(u -> u.getId().equals(c.unitId()))
                        .findFirst().orElseThrow());
                counts.put(c.id(), seat.getValue().get(index));
            }
        }
        ballotSetup.recordPresence(ballotId, members.stream().map(Unit::getId).toList());
        ballotSetup.openBallot(ballotId);
        counting.enterPaperCounts(ballotId, members.size(), members.size(), 0, counts);
        counting.countBallot(ballotId);
        // the counting committee elected at the conference names itself in the count minutes and signs them
        ballotSetup.recordCountingCommittee(ballotId, List.of("Nguyễn Văn Hải", "Trần Thị Lan", "Lê Minh Tuấn"));
        counting.confirmBallot(ballotId);
    }

    private void unit(Province province, String code, String name, String shortName) {
        UnitForm form = new UnitForm();
        form.setProvinceId(province.getId());
        form.setCode(code);
        form.setName(name);
        form.setShortName(shortName);
        form.setValidFrom(FOUNDED);
        String[] c = CONVENTIONS.get(code);
        if (c != null) {
            form.setHeaderParent(c[0]);
            form.setHeaderIssuer(c[1]);
            form.setHeaderTitle(c[2]);
            form.setDocSymbol(c[3]);
            form.setSignerAuthority(c[4]);
            form.setSignerTitle(c[5]);
            form.setSignerName(c[6]);
        }
        byCode.put(code, units.createUnit(form));
    }

    /**
     * The document convention of Bloc No. 03's mass organisations (Decree 30 header lines):
     * parent body, issuer, own title (the Youth Union's, instead of the national title),
     * symbol, authority form, signer's title and name. Departments keep the defaults.
     */
    private static final Map<String, String[]> CONVENTIONS = Map.of(
            "HLHPN", new String[] {"Ủy ban MTTQ Việt Nam tỉnh Đắk Nông", "Hội LHPN tỉnh Đắk Nông", null, "HPN",
                    "TM. Ban Thường vụ", "Chủ tịch", "H'Mai Niê"},
            "HND", new String[] {"Ủy ban MTTQ Việt Nam tỉnh Đắk Nông", "Hội Nông dân tỉnh Đắk Nông", null, "HNDT",
                    "TM. Ban Thường vụ", "Chủ tịch", "Điểu Xiêng"},
            "HCCB", new String[] {"Ủy ban MTTQ Việt Nam tỉnh Đắk Nông", "Hội Cựu chiến binh tỉnh Đắk Nông", null,
                    "CCB", "TM. Ban Thường vụ", "Chủ tịch", "Nguyễn Văn Thắng"},
            "LDLD", new String[] {"Tổng Liên đoàn Lao động Việt Nam", "Liên đoàn Lao động tỉnh Đắk Nông", null, "LĐLĐ",
                    "TM. Ban Thường vụ", "Chủ tịch", "Lê Thị Thu"},
            "TDOAN", new String[] {"BCH Đoàn TNCS Hồ Chí Minh", "Tỉnh Đắk Nông", "ĐOÀN TNCS HỒ CHÍ MINH", "TĐTN",
                    "TM. Ban Thường vụ Tỉnh đoàn", "Bí thư", "Y Đoàn Êban"});

    private Long bloc(Province province, Long blocId, String code, String name, int year, List<String> members,
                      String leader, String deputy) {
        BlocYearForm form = blocId == null ? new BlocYearForm() : blocYears.loadBlocYear(blocId, year);
        form.setProvinceId(province.getId());
        form.setCode(code);
        form.setName(name);
        form.setYear(year);
        List<Long> ids = new ArrayList<>();
        members.forEach(c -> ids.add(byCode.get(c).getId()));
        form.setMemberUnitIds(ids);
        form.setLeaderUnitId(leader == null ? null : byCode.get(leader).getId());
        form.setDeputyUnitId(deputy == null ? null : byCode.get(deputy).getId());
        return blocYears.saveBlocYear(form).getId();
    }
}
