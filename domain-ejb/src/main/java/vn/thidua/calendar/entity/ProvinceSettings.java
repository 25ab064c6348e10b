package vn.thidua.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import vn.thidua.calendar.service.CertificateQuotaBasis;
import vn.thidua.calendar.service.SignsAs;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.unit.entity.Province;

/**
 * A province's settings for one year (issue 15, item 7): the appraisal deadline in working
 * days, the basis of the certificate quota and who signs at province level (the Chair of the
 * People's Committee or a vice-chair on the Chair's behalf, the head of the Emulation and
 * Commendation Board or a deputy), and the date by which the blocs file their award
 * proposals (hạn nộp hồ sơ đề nghị khen thưởng; null: none). A year without a row uses the
 * latest earlier year's, except the filing deadline: a date belongs to its own year.
 */
@Entity
@Table(name = "province_settings")
@NamedQuery(name = ProvinceSettings.UP_TO, query = "SELECT s FROM ProvinceSettings s"
        + " WHERE s.province.id = :province AND s.year <= :year ORDER BY s.year DESC")
@NamedQuery(name = ProvinceSettings.FROM_YEAR, query = "SELECT s FROM ProvinceSettings s"
        + " WHERE s.province.id = :province AND s.year >= :year ORDER BY s.year")
public class ProvinceSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A province's rows ({@code :province}) up to a year ({@code :year}), latest first. */
    public static final String UP_TO = "ProvinceSettings.upTo";
    /** A province's rows ({@code :province}) from a year ({@code :year}) on. */
    public static final String FROM_YEAR = "ProvinceSettings.fromYear";

    /** The law's appraisal deadline (DOMAIN.md: 20 working days). */
    public static final int DEFAULT_APPRAISAL_DAYS = 20;
    /** The longest appraisal deadline a province may set (three months of working days). */
    public static final int MAX_APPRAISAL_DAYS = 60;
    /** The signer name columns hold 100 characters. */
    public static final int MAX_NAME = 100;
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "province_id", nullable = false)
    private Province province;

    @Column(nullable = false)
    private int year;

    @Column(name = "appraisal_working_days", nullable = false)
    private int appraisalWorkingDays = DEFAULT_APPRAISAL_DAYS;

    @Enumerated(EnumType.STRING)
    @Column(name = "certificate_basis", nullable = false, length = 40)
    private CertificateQuotaBasis certificateBasis = CertificateQuotaBasis.MEMBERS_ROUNDED_DOWN;

    @Column(name = "chair_name", length = MAX_NAME)
    private String chairName;

    @Enumerated(EnumType.STRING)
    @Column(name = "chair_role", nullable = false, length = 12)
    private SignsAs chairRole = SignsAs.DEPUTY;

    @Column(name = "board_head_name", length = MAX_NAME)
    private String boardHeadName;

    @Enumerated(EnumType.STRING)
    @Column(name = "board_head_role", nullable = false, length = 12)
    private SignsAs boardHeadRole = SignsAs.HEAD;

    @Column(name = "filing_deadline")
    private LocalDate filingDeadline;

    protected ProvinceSettings() {
    }

    /** The law's defaults for a province and year. */
    public ProvinceSettings(Province province, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException("error.bloc.year", FIRST_YEAR, LAST_YEAR);
        }
        this.province = Objects.requireNonNull(province);
        this.year = year;
    }

    /** A copy of {@code other}'s values for this province and year (a year carried over, a succession). */
    public ProvinceSettings(Province province, int year, ProvinceSettings other) {
        this(province, year);
        change(other.appraisalWorkingDays, other.certificateBasis, other.chairName, other.chairRole,
                other.boardHeadName, other.boardHeadRole, other.year == year ? other.filingDeadline : null);
    }

    /** Changes the values, the filing deadline left as it is; refused with a message key when one is out of range. */
    public void change(int appraisalWorkingDays, CertificateQuotaBasis certificateBasis, String chairName,
                       SignsAs chairRole, String boardHeadName, SignsAs boardHeadRole) {
        change(appraisalWorkingDays, certificateBasis, chairName, chairRole, boardHeadName, boardHeadRole,
                filingDeadline);
    }

    /**
     * Changes the values; refused with a message key when one is out of range. The filing
     * deadline (null: none) must fall in the year or the following one (a year's proposals
     * are often filed in January).
     */
    public void change(int appraisalWorkingDays, CertificateQuotaBasis certificateBasis, String chairName,
                       SignsAs chairRole, String boardHeadName, SignsAs boardHeadRole, LocalDate filingDeadline) {
        if (filingDeadline != null && (filingDeadline.getYear() < year || filingDeadline.getYear() > year + 1)) {
            throw new InvalidInputException("error.settings.filingDeadline", year, year + 1);
        }
        if (appraisalWorkingDays < 1 || appraisalWorkingDays > MAX_APPRAISAL_DAYS) {
            throw new InvalidInputException("error.settings.appraisalDays", 1, MAX_APPRAISAL_DAYS);
        }
        String chair = blankToNull(chairName);
        String head = blankToNull(boardHeadName);
        if (chair != null && chair.length() > MAX_NAME || head != null && head.length() > MAX_NAME) {
            throw new InvalidInputException("error.settings.nameLength", MAX_NAME);
        }
        this.appraisalWorkingDays = appraisalWorkingDays;
        this.certificateBasis = Objects.requireNonNull(certificateBasis);
        this.chairName = chair;
        this.chairRole = Objects.requireNonNull(chairRole);
        this.boardHeadName = head;
        this.boardHeadRole = Objects.requireNonNull(boardHeadRole);
        this.filingDeadline = filingDeadline;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getId() {
        return id;
    }

    public Province getProvince() {
        return province;
    }

    public int getYear() {
        return year;
    }

    public int getAppraisalWorkingDays() {
        return appraisalWorkingDays;
    }

    public CertificateQuotaBasis getCertificateBasis() {
        return certificateBasis;
    }

    public String getChairName() {
        return chairName;
    }

    public SignsAs getChairRole() {
        return chairRole;
    }

    public String getBoardHeadName() {
        return boardHeadName;
    }

    public SignsAs getBoardHeadRole() {
        return boardHeadRole;
    }

    /** The date by which the year's proposals are filed; null: none set. */
    public LocalDate getFilingDeadline() {
        return filingDeadline;
    }

    @Override
    public String toString() {
        return year + " | " + appraisalWorkingDays + " | " + certificateBasis + " | " + chairRole + " " + chairName
                + " | " + boardHeadRole + " " + boardHeadName + " | " + filingDeadline;
    }
}
