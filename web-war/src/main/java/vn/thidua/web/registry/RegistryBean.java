package vn.thidua.web.registry;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import vn.thidua.document.service.DocumentFormat;
import vn.thidua.registry.entity.AwardKind;
import vn.thidua.registry.service.AwardView;
import vn.thidua.registry.service.RegistryService;
import vn.thidua.unit.service.StreakRule;
import vn.thidua.web.Messages;

/** /registry/search.xhtml: the award registry, searched and exported; awards per year as bars. */
@Named
@ViewScoped
public class RegistryBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegistryService registry;

    private String unit;
    private Integer year;
    private AwardKind kind;
    private String decision;
    private List<AwardView> awards;
    private List<Map.Entry<String, StreakRule>> streakRules;

    public void search() {
        awards = registry.search(unit, null, year, kind, decision);
    }

    public List<AwardView> getAwards() {
        if (awards == null) {
            search();
        }
        return awards;
    }

    /** Awards per year (of the current search), for the bars. */
    public List<Map.Entry<Integer, Long>> getPerYear() {
        Map<Integer, Long> counts = new TreeMap<>();
        getAwards().forEach(a -> counts.merge(a.year(), 1L, Long::sum));
        return List.copyOf(counts.entrySet());
    }

    public long getMaxPerYear() {
        return getPerYear().stream().mapToLong(Map.Entry::getValue).max().orElse(1);
    }

    public int streak(AwardView a) {
        return registry.streak(a.unitId(), a.kind());
    }

    /** The rule each current province's streaks follow, by province name (read once per view). */
    public List<Map.Entry<String, StreakRule>> getStreakRules() {
        if (streakRules == null) {
            streakRules = registry.streakRules().entrySet().stream()
                    .<Map.Entry<String, StreakRule>>map(java.util.AbstractMap.SimpleImmutableEntry::new).toList();
        }
        return streakRules;
    }

    public StreamedContent getExport() {
        return DefaultStreamedContent.builder().name(Messages.text("registry.export.file"))
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(registry.export(getAwards()))).build();
    }

    /** The awards found, as an extract of the registry in the Decree 30 layout (PDF or Word). */
    public StreamedContent extract(String format) {
        DocumentFormat f = DocumentFormat.valueOf(format);
        return DefaultStreamedContent.builder().name("trich-luc-so-khen-thuong." + f.extension())
                .contentType(f.contentType())
                .stream(() -> new ByteArrayInputStream(registry.extract(getAwards(), f))).build();
    }

    public AwardKind[] getKinds() {
        return AwardKind.values();
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public AwardKind getKind() {
        return kind;
    }

    public void setKind(AwardKind kind) {
        this.kind = kind;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }
}
