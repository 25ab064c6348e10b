package vn.thidua.web.board.provinces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import vn.thidua.unit.service.StreakRule;
import vn.thidua.unit.service.ProvinceRow;
import vn.thidua.unit.service.ProvinceSuccessionService;
import vn.thidua.unit.service.SuccessionReport;
import vn.thidua.web.Messages;

/**
 * /board/provinces/list.xhtml: the provinces as dated records (from, until, successor) with
 * the rule each applies to streaks; the Board leader previews a province succession (what
 * would move) and applies it, and changes a province's streak rule.
 */
@Named
@ViewScoped
public class ProvincesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProvinceSuccessionService service;

    private List<ProvinceRow> provinces;
    private Long predecessorId;
    private Long successorId;
    private LocalDate effectiveFrom;
    private SuccessionReport report;
    private Long ruleProvinceId;
    private StreakRule rule = StreakRule.LONGEST_PREDECESSOR;

    @PostConstruct
    void init() {
        provinces = service.provinceRows();
    }

    public void preview() {
        report = service.previewSuccession(predecessorId, successorId, effectiveFrom);
    }

    public void apply() {
        report = service.applySuccession(predecessorId, successorId, effectiveFrom);
        provinces = service.provinceRows();
    }

    public void changeRule() {
        service.changeStreakRule(ruleProvinceId, rule);
        provinces = service.provinceRows();
        provinces.stream().filter(p -> p.id().equals(ruleProvinceId)).findFirst()
                .ifPresent(p -> Messages.info("provinces.ruleChanged", p.name()));
    }

    /** The provinces still current: those a succession can start from or lead into. */
    public List<ProvinceRow> getCurrentProvinces() {
        return provinces.stream().filter(ProvinceRow::isCurrent).toList();
    }

    public List<ProvinceRow> getProvinces() {
        return provinces;
    }

    public StreakRule[] getRules() {
        return StreakRule.values();
    }

    public SuccessionReport getReport() {
        return report;
    }

    public Long getPredecessorId() {
        return predecessorId;
    }

    public void setPredecessorId(Long predecessorId) {
        this.predecessorId = predecessorId;
    }

    public Long getSuccessorId() {
        return successorId;
    }

    public void setSuccessorId(Long successorId) {
        this.successorId = successorId;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public Long getRuleProvinceId() {
        return ruleProvinceId;
    }

    public void setRuleProvinceId(Long ruleProvinceId) {
        this.ruleProvinceId = ruleProvinceId;
    }

    public StreakRule getRule() {
        return rule;
    }

    public void setRule(StreakRule rule) {
        this.rule = rule;
    }
}
