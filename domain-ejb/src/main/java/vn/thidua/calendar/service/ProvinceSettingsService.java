package vn.thidua.calendar.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import vn.thidua.audit.service.AuditService;
import vn.thidua.calendar.entity.CalendarDay;
import vn.thidua.calendar.entity.ProvinceSettings;
import vn.thidua.calendar.internal.DayRules;
import vn.thidua.calendar.internal.ProvinceCalendar;
import vn.thidua.document.service.DocumentService;
import vn.thidua.document.service.Signer;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.Roles;
import vn.thidua.unit.entity.Province;
import vn.thidua.unit.service.UnitService;

/**
 * A province's settings per year (issue 15, item 7), with the law's defaults: the appraisal
 * deadline in working days (20), the province's own calendar days (holidays, swapped working
 * days, extra days off), the basis of the certificate quota (the bloc's members, rounded
 * down) and who signs at province level (the Chair or a vice-chair "KT. CHỦ TỊCH", the head
 * of the Board or a deputy). A year without its own settings uses the latest earlier year's
 * (people and regulations carry on until the Board changes them); a province that never
 * saved any uses the law's defaults, signers' names left blank to fill in by hand. The date
 * by which the blocs file their award proposals is the year's own (a date does not carry
 * over to a later year); none by default.
 */
@Stateless
@RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class ProvinceSettingsService {

    private static final Logger LOG = Logger.getLogger(ProvinceSettingsService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProvinceCalendar calendar;

    @Inject
    private UnitService units;

    @Inject
    private DocumentService documents;

    @Inject
    private AuditService audit;

    /** The settings that apply to the province's year, with its own calendar days. */
    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public ProvinceSettingsView settings(@NotNull Long provinceId, int year) {
        units.province(provinceId);
        List<CalendarDayView> days = calendar.days(provinceId, year).stream()
                .map(d -> new CalendarDayView(d.getDay(), d.getKind(), d.getName())).toList();
        Optional<ProvinceSettings> applying = calendar.applying(provinceId, year);
        if (applying.isEmpty()) {
            return new ProvinceSettingsView(provinceId, year, null, ProvinceSettings.DEFAULT_APPRAISAL_DAYS,
                    CertificateQuotaBasis.MEMBERS_ROUNDED_DOWN, null, SignsAs.DEPUTY, null, SignsAs.HEAD, null, days);
        }
        ProvinceSettings s = applying.get();
        return new ProvinceSettingsView(provinceId, year, s.getYear(), s.getAppraisalWorkingDays(),
                s.getCertificateBasis(), s.getChairName(), s.getChairRole(), s.getBoardHeadName(),
                s.getBoardHeadRole(), s.getYear() == year ? s.getFilingDeadline() : null, days);
    }

    /**
     * Saves the province's settings for the year (with its filing deadline, refused with
     * {@code error.settings.filingDeadline} outside the year and the next) and replaces its
     * calendar days of that year, in one transaction; refused with a message naming the row
     * when a day breaks a rule.
     */
    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public void save(@NotNull Long provinceId, int year, @NotNull SettingsInput input,
                     @NotNull List<CalendarDayView> days) {
        Province province = units.province(provinceId);
        if (input.certificateBasis() == null || input.chairRole() == null || input.boardHeadRole() == null) {
            throw new InvalidInputException("error.settings.choice");
        }
        ProvinceSettings s = calendar.own(provinceId, year).orElse(null);
        boolean created = s == null;
        if (created) {
            s = new ProvinceSettings(province, year);
        }
        s.change(input.appraisalWorkingDays(), input.certificateBasis(), input.chairName(), input.chairRole(),
                input.boardHeadName(), input.boardHeadRole(), input.filingDeadline());
        DayRules.check(year, days);
        if (created) {
            em.persist(s);
        }
        calendar.days(provinceId, year).forEach(em::remove);
        em.flush();
        List<CalendarDayView> sorted = days.stream().sorted(Comparator.comparing(CalendarDayView::day)).toList();
        for (CalendarDayView d : sorted) {
            em.persist(new CalendarDay(province, d.day(), d.kind(), d.name().trim()));
        }
        em.flush();
        audit.record("ProvinceSettings", s.getId(), created ? "CREATE" : "UPDATE", province.getCode() + " " + s
                + " | " + sorted.stream().map(d -> d.day() + " " + d.kind()).collect(Collectors.joining(", ")));
        LOG.info(() -> "Settings of province " + provinceId + " for " + year + " saved, " + sorted.size() + " days");
    }

    /** The certificates a bloc of {@code members} may propose under {@code percent}, on the year's basis. */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public int certificateQuota(@NotNull Long provinceId, int year, int members, int percent) {
        return calendar.applying(provinceId, year).map(ProvinceSettings::getCertificateBasis)
                .orElse(CertificateQuotaBasis.MEMBERS_ROUNDED_DOWN).quota(members, percent);
    }

    /**
     * Who signs the Chair's decisions of the province on a day: "KT. CHỦ TỊCH / PHÓ CHỦ
     * TỊCH" and the vice-chair's name by default, the Chair in person when so set; the name
     * is null (a line to fill in) when the Board has not entered it.
     */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public Signer chairSigner(@NotNull Long provinceId, @NotNull LocalDate on) {
        Optional<ProvinceSettings> s = calendar.applying(provinceId, on.getYear());
        SignsAs role = s.map(ProvinceSettings::getChairRole).orElse(SignsAs.DEPUTY);
        String name = s.map(ProvinceSettings::getChairName).orElse(null);
        return role == SignsAs.DEPUTY
                ? new Signer(documents.text("signature.deputyChairAuthority"), documents.text("signature.deputyChair"), name)
                : new Signer(null, documents.text("signature.provinceChair"), name);
    }

    /** Who signs the Board's documents on a day: its head ("TRƯỞNG BAN"), or a deputy "KT. TRƯỞNG BAN". */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public Signer boardHeadSigner(@NotNull Long provinceId, @NotNull LocalDate on) {
        Optional<ProvinceSettings> s = calendar.applying(provinceId, on.getYear());
        SignsAs role = s.map(ProvinceSettings::getBoardHeadRole).orElse(SignsAs.HEAD);
        String name = s.map(ProvinceSettings::getBoardHeadName).orElse(null);
        return role == SignsAs.DEPUTY
                ? new Signer(documents.text("signature.deputyBoardHeadAuthority"),
                        documents.text("signature.deputyBoardHead"), name)
                : new Signer(null, documents.text("signature.boardHead"), name);
    }
}
