package vn.thidua.web.board.rules;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Year;
import java.util.List;

import vn.thidua.ballot.entity.BallotRules;
import vn.thidua.ballot.entity.ThresholdMode;
import vn.thidua.ballot.entity.TieResolution;
import vn.thidua.ballot.service.BallotSetupService;
import vn.thidua.unit.service.ProvinceOption;
import vn.thidua.unit.service.UnitService;
import vn.thidua.web.Messages;

/**
 * /board/rules/edit.xhtml: a province's ballot rules for a year (defaults until saved),
 * with the counting committee of electronic ballots (k of n, 1 ≤ k ≤ n ≤ 15; a warning
 * when k = n = 1, one person could count alone) and the fewest electronic ballots counted.
 */
@Named
@ViewScoped
public class RulesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BallotSetupService ballots;

    @Inject
    private UnitService units;

    private List<ProvinceOption> provinces;
    private Long provinceId;
    private int year = Year.now().getValue();
    private int quorumNumerator;
    private int quorumDenominator;
    private int thresholdPercent;
    private ThresholdMode thresholdMode;
    private int flagQuota;
    private int certificatePercent;
    private boolean flagNeedsFirst;
    private TieResolution tieResolution;
    private int committeeThreshold;
    private int committeeSize;
    private int minElectronicBallots;

    @PostConstruct
    void init() {
        provinces = units.provinces();
        provinceId = provinces.isEmpty() ? null : provinces.get(0).getId();
        load();
    }

    public void load() {
        if (provinceId == null) {
            return;
        }
        BallotRules r = ballots.rules(provinceId, year);
        quorumNumerator = r.getQuorumNumerator();
        quorumDenominator = r.getQuorumDenominator();
        thresholdPercent = r.getThresholdPercent();
        thresholdMode = r.getThresholdMode();
        flagQuota = r.getFlagQuota();
        certificatePercent = r.getCertificatePercent();
        flagNeedsFirst = r.isFlagNeedsFirst();
        tieResolution = r.getTieResolution();
        committeeThreshold = r.getCommitteeThreshold();
        committeeSize = r.getCommitteeSize();
        minElectronicBallots = r.getMinElectronicBallots();
    }

    public void save() {
        ballots.saveRules(provinceId, year, quorumNumerator, quorumDenominator, thresholdPercent, thresholdMode,
                flagQuota, certificatePercent, flagNeedsFirst, tieResolution, committeeThreshold, committeeSize,
                minElectronicBallots);
        Messages.info("rules.saved", year);
    }

    public List<ProvinceOption> getProvinces() {
        return provinces;
    }

    public ThresholdMode[] getModes() {
        return ThresholdMode.values();
    }

    public TieResolution[] getTies() {
        return TieResolution.values();
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

    public int getQuorumNumerator() {
        return quorumNumerator;
    }

    public void setQuorumNumerator(int quorumNumerator) {
        this.quorumNumerator = quorumNumerator;
    }

    public int getQuorumDenominator() {
        return quorumDenominator;
    }

    public void setQuorumDenominator(int quorumDenominator) {
        this.quorumDenominator = quorumDenominator;
    }

    public int getThresholdPercent() {
        return thresholdPercent;
    }

    public void setThresholdPercent(int thresholdPercent) {
        this.thresholdPercent = thresholdPercent;
    }

    public ThresholdMode getThresholdMode() {
        return thresholdMode;
    }

    public void setThresholdMode(ThresholdMode thresholdMode) {
        this.thresholdMode = thresholdMode;
    }

    public int getFlagQuota() {
        return flagQuota;
    }

    public void setFlagQuota(int flagQuota) {
        this.flagQuota = flagQuota;
    }

    public int getCertificatePercent() {
        return certificatePercent;
    }

    public void setCertificatePercent(int certificatePercent) {
        this.certificatePercent = certificatePercent;
    }

    public boolean isFlagNeedsFirst() {
        return flagNeedsFirst;
    }

    public void setFlagNeedsFirst(boolean flagNeedsFirst) {
        this.flagNeedsFirst = flagNeedsFirst;
    }

    /** Whether one committee member alone could count (k = n = 1). */
    public boolean isOnePersonCounts() {
        return committeeThreshold == 1 && committeeSize == 1;
    }

    public int getCommitteeThreshold() {
        return committeeThreshold;
    }

    public void setCommitteeThreshold(int committeeThreshold) {
        this.committeeThreshold = committeeThreshold;
    }

    public int getCommitteeSize() {
        return committeeSize;
    }

    public void setCommitteeSize(int committeeSize) {
        this.committeeSize = committeeSize;
    }

    public int getMinElectronicBallots() {
        return minElectronicBallots;
    }

    public void setMinElectronicBallots(int minElectronicBallots) {
        this.minElectronicBallots = minElectronicBallots;
    }

    public TieResolution getTieResolution() {
        return tieResolution;
    }

    public void setTieResolution(TieResolution tieResolution) {
        this.tieResolution = tieResolution;
    }
}
