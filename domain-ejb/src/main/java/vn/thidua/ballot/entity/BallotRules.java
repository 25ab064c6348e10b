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
 * nominee must rank first on score, ties at the quota line go to a run-off. For electronic
 * ballots (issue 11): a counting committee of {@code committeeSize} members (n, default 3)
 * of whom {@code committeeThreshold} (k, default 2) must bring their key shares to count,
 * with 1 ≤ k ≤ n ≤ 15, and at least {@code minElectronicBallots} ballots (default 2) before
 * an electronic ballot may be counted, so that no count discloses a single unit's choice.
 */
@Entity
@Table(name = "ballot_rules")
@NamedQuery(name = BallotRules.OF_PROVINCE_YEAR,
        query = "SELECT r FROM BallotRules r WHERE r.province.id = :province AND r.year = :year")
public class BallotRules implements Serializable {

    /** The rules a province set for a year ({@code :province}, {@code :year}); none means the defaults. */
    public static final String OF_PROVINCE_YEAR = "BallotRules.ofProvinceYear";

    /** Members of the counting committee who must enter their shares (k), by default. */
    public static final int DEFAULT_COMMITTEE_THRESHOLD = 2;

    /** Members of the counting committee (n), by default. */
    public static final int DEFAULT_COMMITTEE_SIZE = 3;

    /** The largest counting committee. */
    public static final int MAX_COMMITTEE_SIZE = 15;

    /** The years rules may be set for: the forms' emulation years (the column is a SMALLINT). */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    /** The fewest electronic ballots that may ever be counted (a province may ask for more). */
    public static final int MIN_ELECTRONIC_BALLOTS = 2;

    /**
     * The upper bound of the flag quota and of the fewest electronic ballots: a bloc has 5 to
     * 15 members (DOMAIN.md), so anything above 100 is a typing slip (2,147,483,647 was stored).
     */
    public static final int MAX_PER_BLOC = 100;

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

    @Column(name = "committee_threshold", nullable = false)
    private int committeeThreshold = DEFAULT_COMMITTEE_THRESHOLD;

    @Column(name = "committee_size", nullable = false)
    private int committeeSize = DEFAULT_COMMITTEE_SIZE;

    @Column(name = "min_electronic_ballots", nullable = false)
    private int minElectronicBallots = MIN_ELECTRONIC_BALLOTS;

    @Version
    private int version;

    protected BallotRules() {
    }

    /** The defaults for a province and year. */
    public BallotRules(Province province, int year) {
        this.province = Objects.requireNonNull(province);
        this.year = year;
    }

    /** The rules pass to the province that succeeded this one (a province succession). */
    public void passTo(Province successor) {
        this.province = Objects.requireNonNull(successor);
    }

    public void change(int quorumNumerator, int quorumDenominator, int thresholdPercent, ThresholdMode thresholdMode,
                       int flagQuota, int certificatePercent, boolean flagNeedsFirst, TieResolution tieResolution,
                       int committeeThreshold, int committeeSize, int minElectronicBallots) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException("error.bloc.year", FIRST_YEAR, LAST_YEAR);
        }
        if (quorumDenominator <= 0 || quorumNumerator <= 0 || quorumNumerator > quorumDenominator) {
            throw new InvalidInputException("error.rules.quorum");
        }
        if (thresholdPercent < 1 || thresholdPercent > 100) {
            throw new InvalidInputException("error.rules.threshold");
        }
        if (flagQuota < 0 || flagQuota > MAX_PER_BLOC || certificatePercent < 0 || certificatePercent > 100) {
            throw new InvalidInputException("error.rules.quota");
        }
        if (committeeThreshold < 1 || committeeThreshold > committeeSize || committeeSize > MAX_COMMITTEE_SIZE) {
            throw new InvalidInputException("error.rules.committee", MAX_COMMITTEE_SIZE);
        }
        if (minElectronicBallots < MIN_ELECTRONIC_BALLOTS || minElectronicBallots > MAX_PER_BLOC) {
            throw new InvalidInputException("error.rules.minBallots", MIN_ELECTRONIC_BALLOTS, MAX_PER_BLOC);
        }
        this.quorumNumerator = quorumNumerator;
        this.quorumDenominator = quorumDenominator;
        this.thresholdPercent = thresholdPercent;
        this.thresholdMode = Objects.requireNonNull(thresholdMode);
        this.flagQuota = flagQuota;
        this.certificatePercent = certificatePercent;
        this.flagNeedsFirst = flagNeedsFirst;
        this.tieResolution = Objects.requireNonNull(tieResolution);
        this.committeeThreshold = committeeThreshold;
        this.committeeSize = committeeSize;
        this.minElectronicBallots = minElectronicBallots;
    }

    /** Whether one committee member can count alone (k = n = 1): the rules page and the ballot page warn. */
    public boolean isOnePersonCounts() {
        return committeeThreshold == 1 && committeeSize == 1;
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

    public int getCommitteeThreshold() {
        return committeeThreshold;
    }

    public int getCommitteeSize() {
        return committeeSize;
    }

    public int getMinElectronicBallots() {
        return minElectronicBallots;
    }

    public int getVersion() {
        return version;
    }
}
