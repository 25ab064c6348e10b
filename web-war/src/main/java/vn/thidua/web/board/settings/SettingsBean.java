package vn.thidua.web.board.settings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.calendar.service.CalendarDayView;
import vn.thidua.calendar.service.CertificateQuotaBasis;
import vn.thidua.calendar.service.DayKind;
import vn.thidua.calendar.service.ProvinceSettingsService;
import vn.thidua.calendar.service.ProvinceSettingsView;
import vn.thidua.calendar.service.SettingsInput;
import vn.thidua.calendar.service.SignsAs;
import vn.thidua.unit.service.ProvinceOption;
import vn.thidua.unit.service.UnitService;
import vn.thidua.web.Messages;

/**
 * /board/settings/edit.xhtml: a province's settings for a year (issue 15, item 7): the
 * appraisal deadline, the basis of the certificate quota, who signs at province level, the date
 * by which the blocs file their award proposals (the year's own only) and the province's own
 * calendar days, edited row by row and saved together after a confirmation.
 * The page says whose settings apply to a year without its own (the latest earlier year's,
 * else the law's defaults).
 */
@Named
@ViewScoped
public class SettingsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProvinceSettingsService settings;

    @Inject
    private UnitService units;

    private List<ProvinceOption> provinces;
    private Long provinceId;
    private int year = Year.now().getValue();
    private Integer fromYear;
    private Integer appraisalWorkingDays;
    private CertificateQuotaBasis certificateBasis;
    private String chairName;
    private SignsAs chairRole;
    private String boardHeadName;
    private SignsAs boardHeadRole;
    private LocalDate filingDeadline;
    private List<DayRow> days = new ArrayList<>();

    @PostConstruct
    void init() {
        provinces = units.provinces();
        provinceId = provinces.isEmpty() ? null : provinces.get(0).getId();
        load();
    }

    /** Shows what applies to the chosen province and year. */
    public void load() {
        if (provinceId == null) {
            return;
        }
        ProvinceSettingsView v = settings.settings(provinceId, year);
        fromYear = v.fromYear();
        appraisalWorkingDays = v.appraisalWorkingDays();
        certificateBasis = v.certificateBasis();
        chairName = v.chairName();
        chairRole = v.chairRole();
        boardHeadName = v.boardHeadName();
        boardHeadRole = v.boardHeadRole();
        filingDeadline = v.filingDeadline();
        days = new ArrayList<>(v.days().stream().map(d -> new DayRow(d.day(), d.kind(), d.name())).toList());
    }

    public void addDay() {
        days.add(new DayRow(null, DayKind.HOLIDAY, null));
    }

    public void removeDay(DayRow row) {
        days.remove(row);
    }

    public void save() {
        settings.save(provinceId, year, new SettingsInput(appraisalWorkingDays == null ? 0 : appraisalWorkingDays,
                certificateBasis, chairName, chairRole, boardHeadName, boardHeadRole, filingDeadline),
                days.stream().map(d -> new CalendarDayView(d.getDay(), d.getKind(), d.getName())).toList());
        load();
        Messages.info("settings.saved", year);
    }

    /** Whether the year has its own saved settings. */
    public boolean isOwn() {
        return fromYear != null && fromYear == year;
    }

    /** Whether an earlier year's settings apply. */
    public boolean isCarried() {
        return fromYear != null && fromYear != year;
    }

    public List<ProvinceOption> getProvinces() {
        return provinces;
    }

    public CertificateQuotaBasis[] getBases() {
        return CertificateQuotaBasis.values();
    }

    public SignsAs[] getRoles() {
        return SignsAs.values();
    }

    public DayKind[] getKinds() {
        return DayKind.values();
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public void setProvinceId(Long provinceId) {
        this.provinceId = provinceId;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Integer getFromYear() {
        return fromYear;
    }

    public Integer getAppraisalWorkingDays() {
        return appraisalWorkingDays;
    }

    public void setAppraisalWorkingDays(Integer appraisalWorkingDays) {
        this.appraisalWorkingDays = appraisalWorkingDays;
    }

    public CertificateQuotaBasis getCertificateBasis() {
        return certificateBasis;
    }

    public void setCertificateBasis(CertificateQuotaBasis certificateBasis) {
        this.certificateBasis = certificateBasis;
    }

    public String getChairName() {
        return chairName;
    }

    public void setChairName(String chairName) {
        this.chairName = chairName;
    }

    public SignsAs getChairRole() {
        return chairRole;
    }

    public void setChairRole(SignsAs chairRole) {
        this.chairRole = chairRole;
    }

    public String getBoardHeadName() {
        return boardHeadName;
    }

    public void setBoardHeadName(String boardHeadName) {
        this.boardHeadName = boardHeadName;
    }

    public SignsAs getBoardHeadRole() {
        return boardHeadRole;
    }

    public void setBoardHeadRole(SignsAs boardHeadRole) {
        this.boardHeadRole = boardHeadRole;
    }

    public LocalDate getFilingDeadline() {
        return filingDeadline;
    }

    public void setFilingDeadline(LocalDate filingDeadline) {
        this.filingDeadline = filingDeadline;
    }

    public List<DayRow> getDays() {
        return days;
    }

    /** One editable row of the calendar table. */
    public static class DayRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private LocalDate day;
        private DayKind kind;
        private String name;

        DayRow(LocalDate day, DayKind kind, String name) {
            this.day = day;
            this.kind = kind;
            this.name = name;
        }

        public LocalDate getDay() {
            return day;
        }

        public void setDay(LocalDate day) {
            this.day = day;
        }

        public DayKind getKind() {
            return kind;
        }

        public void setKind(DayKind kind) {
            this.kind = kind;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }
}
