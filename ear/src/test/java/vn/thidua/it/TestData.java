package vn.thidua.it;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;

import org.jboss.ejb3.annotation.RunAsPrincipal;

import vn.thidua.account.service.AccountService;
import vn.thidua.bloc.service.BlocFilter;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.bloc.service.BlocYearForm;
import vn.thidua.bloc.service.BlocYearRow;
import vn.thidua.bloc.service.BlocYearService;
import vn.thidua.calendar.service.ProvinceSettingsService;
import vn.thidua.calendar.service.ProvinceSettingsView;
import vn.thidua.calendar.service.SettingsInput;
import vn.thidua.meeting.entity.MeetingKind;
import vn.thidua.meeting.service.MeetingForm;
import vn.thidua.shared.PageRequest;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.service.UnitService;

/**
 * Prepares what in-container tests share, idempotently: the portal users behind the
 * test identities, and further years of Bloc No. 03 (same five members, the Youth Union
 * leading, the Farmers' Association deputy) so each test can own a year.
 */
@Singleton
@PermitAll
@DeclareRoles("board_specialist")
@RunAs("board_specialist")
@RunAsPrincipal(AsBoardSpecialist.PRINCIPAL)
public class TestData {

    @Inject
    private AccountService accounts;

    @Inject
    private UnitService units;

    @Inject
    private BlocService blocs;

    @Inject
    private BlocYearService blocYears;

    @Inject
    private ProvinceSettingsService settings;

    public void registerTestUsers() {
        register(AsWomenUnion.PRINCIPAL, "HLHPN");
        register(AsYouthUnion.PRINCIPAL, "TDOAN");
        register(AsFarmersAssociation.PRINCIPAL, "HND");
        register(AsOtherBlocLeader.PRINCIPAL, "STC");
    }

    /** Bloc No. 03's id, with the given year added (its five members, TDOAN leader, HND deputy). */
    public Long bloc03With(int year) {
        registerTestUsers();
        BlocYearRow row2024 = blocs.findBlocYears(new BlocFilter(2024, null, "KTD03"), PageRequest.of(0, 1)).rows().get(0);
        Long blocId = row2024.blocId();
        if (!blocs.years(blocId).contains(year)) {
            // the test's own year: Bloc 03's members, led by the Youth Union with the Farmers'
            // Association as deputy (the demo leaves 2024's leadership to BallotBrowserIT's ballot).
            // Test years come after the 2025 merger: the bloc is then Lâm Đồng's, its members the
            // organisations' current (Lâm Đồng) records
            BlocYearForm form = blocYears.loadBlocYear(blocId, year);
            form.setMemberUnitIds(memberCodes().stream().map(code -> unit(code).getId()).toList());
            form.setLeaderUnitId(unit("TDOAN").getId());
            form.setDeputyUnitId(unit("HND").getId());
            blocYears.saveBlocYear(form);
        }
        return blocId;
    }

    /**
     * Gives the bloc {@code to} with the members, leader and deputy it has in {@code from}, each as
     * the organisation's current record, under the province the bloc belongs to in {@code to}
     * (after the demo data's 2025 merger, Lâm Đồng for a bloc founded in Đắk Nông). Nothing when
     * the bloc already has that year.
     */
    public Long copyYear(Long blocId, int from, int to) {
        if (blocs.years(blocId).contains(to)) {
            return blocId;
        }
        BlocYearForm source = blocYears.loadBlocYear(blocId, from);
        BlocYearForm target = blocYears.loadBlocYear(blocId, to);
        target.setMemberUnitIds(source.getMemberUnitIds().stream().map(this::currentRecord).toList());
        target.setLeaderUnitId(currentRecord(source.getLeaderUnitId()));
        target.setDeputyUnitId(currentRecord(source.getDeputyUnitId()));
        blocYears.saveBlocYear(target);
        return blocId;
    }

    private Long currentRecord(Long unitId) {
        return unitId == null ? null : unit(units.unit(unitId).getCode()).getId();
    }

    /**
     * The bloc with this code in {@code year}, with these members (unit codes), leader and
     * deputy, made if it is not there yet: fixtures that own a bloc and a year call it.
     */
    public Long bloc(String code, String name, int year, List<String> members, String leader, String deputy) {
        List<BlocYearRow> found = blocs.findBlocYears(new BlocFilter(year, null, code), PageRequest.of(0, 1)).rows();
        if (!found.isEmpty()) {
            return found.get(0).blocId();
        }
        BlocYearForm form = new BlocYearForm();
        form.setProvinceId(unit("HLHPN").getProvince().getId());
        form.setCode(code);
        form.setName(name);
        form.setYear(year);
        form.setMemberUnitIds(members.stream().map(c -> unit(c).getId()).toList());
        form.setLeaderUnitId(unit(leader).getId());
        form.setDeputyUnitId(unit(deputy).getId());
        return blocYears.saveBlocYear(form).getId();
    }

    /**
     * Sets the province's filing deadline of {@code year} as the Board does on the settings
     * page, every other setting that applies to the year kept as it is (idempotent).
     */
    public void filingDeadline(Long provinceId, int year, LocalDate deadline) {
        ProvinceSettingsView v = settings.settings(provinceId, year);
        settings.save(provinceId, year, new SettingsInput(v.appraisalWorkingDays(), v.certificateBasis(), v.chairName(),
                v.chairRole(), v.boardHeadName(), v.boardHeadRole(), deadline), v.days());
    }

    public Unit unit(String code) {
        return units.currentUnit(code).orElseThrow();
    }

    private void register(String username, String unitCode) {
        if (accounts.users().stream().noneMatch(u -> u.username().equals(username))) {
            accounts.registerUser(username, "Tài khoản kiểm thử " + unitCode, unit(unitCode).getId());
        }
    }

    static List<String> memberCodes() {
        return List.of("HLHPN", "HND", "HCCB", "LDLD", "TDOAN");
    }

    /** The year-end conference of Bloc No. 03 that ballot tests hold: 27 December, at the Youth Union's hall. */
    static MeetingForm yearEndMeeting(Long blocId, int year) {
        MeetingForm form = new MeetingForm();
        form.setBlocId(blocId);
        form.setYear(year);
        form.setKind(MeetingKind.YEAR_END);
        form.setHeldOn(LocalDate.of(year, 12, 27));
        form.setPlace("Hội trường Tỉnh đoàn");
        form.setChair("Y Đoàn Êban");
        form.setSecretary("Nguyễn Thị Hằng");
        return form;
    }
}
