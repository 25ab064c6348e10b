package vn.thidua.ballot.entity;

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
import jakarta.persistence.Version;

import java.io.Serializable;
import java.util.Objects;

import vn.thidua.shared.InvalidInputException;
import vn.thidua.unit.entity.Province;

/**
 * A province's ballot rules for one year (quy chế), set by the Board. The defaults are
 * DOMAIN.md's: quorum two thirds of members present, more than 50% of the present
 * members' ballots, one flag per bloc, certificates for at most 30% of members, the flag
 * nominee must rank first on score, ties at the quota line go to a run-off.
 */
@Entity
@Table(name = "ballot_rules")
@NamedQuery(name = BallotRules.OF_PROVINCE_YEAR,
        query = "SELECT r FROM BallotRules r WHERE r.province.id = :province AND r.year = :year")
public class BallotRules implements Serializable {

    /** The rules a province set for a year ({@code :province}, {@code :year}); none means the defaults. */
    public static final String OF_PROVINCE_YEAR = "BallotRules.ofProvinceYear";

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "province_id", nullable = false)
    private Province province;

    @Column(nullable = false)
    private int year;

    @Column(name = "quorum_numerator", nullable = false)
    private int quorumNumerator = 2;

    @Column(name = "quorum_denominator", nullable = false)
    private int quorumDenominator = 3;

    @Column(name = "threshold_percent", nullable = false)
    private int thresholdPercent = 50;

    @Enumerated(EnumType.STRING)
    @Column(name = "threshold_mode", nullable = false, length = 10)
    private ThresholdMode thresholdMode = ThresholdMode.MORE_THAN;

    @Column(name = "flag_quota", nullable = false)
    private int flagQuota = 1;

    @Column(name = "certificate_percent", nullable = false)
    private int certificatePercent = 30;

    @Column(name = "flag_needs_first", nullable = false)
    private boolean flagNeedsFirst = true;

    @Enumerated(EnumType.STRING)
    @Column(name = "tie_resolution", nullable = false, length = 12)
    private TieResolution tieResolution = TieResolution.RUNOFF;

    @Version
    private int version;

    protected BallotRules() {
    }

    /** The defaults for a province and year. */
    public BallotRules(Province province, int year) {
        this.province = Objects.requireNonNull(province);
        this.year = year;
    }

    public void change(int quorumNumerator, int quorumDenominator, int thresholdPercent, ThresholdMode thresholdMode,
                       int flagQuota, int certificatePercent, boolean flagNeedsFirst, TieResolution tieResolution) {
        if (quorumDenominator <= 0 || quorumNumerator <= 0 || quorumNumerator > quorumDenominator) {
            throw new InvalidInputException("error.rules.quorum");
        }
        if (thresholdPercent < 1 || thresholdPercent > 100) {
            throw new InvalidInputException("error.rules.threshold");
        }
        if (flagQuota < 0 || certificatePercent < 0 || certificatePercent > 100) {
            throw new InvalidInputException("error.rules.quota");
        }
        this.quorumNumerator = quorumNumerator;
        this.quorumDenominator = quorumDenominator;
        this.thresholdPercent = thresholdPercent;
        this.thresholdMode = Objects.requireNonNull(thresholdMode);
        this.flagQuota = flagQuota;
        this.certificatePercent = certificatePercent;
        this.flagNeedsFirst = flagNeedsFirst;
        this.tieResolution = Objects.requireNonNull(tieResolution);
    }

    /** Certificates a bloc of {@code members} may propose: at most the percentage, rounded down. */
    public int certificateQuota(int members) {
        return members * certificatePercent / 100;
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

    public int getQuorumNumerator() {
        return quorumNumerator;
    }

    public int getQuorumDenominator() {
        return quorumDenominator;
    }

    public int getThresholdPercent() {
        return thresholdPercent;
    }

    public ThresholdMode getThresholdMode() {
        return thresholdMode;
    }

    public int getFlagQuota() {
        return flagQuota;
    }

    public int getCertificatePercent() {
        return certificatePercent;
    }

    public boolean isFlagNeedsFirst() {
        return flagNeedsFirst;
    }

    public TieResolution getTieResolution() {
        return tieResolution;
    }

    public int getVersion() {
        return version;
    }
}
