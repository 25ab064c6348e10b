package vn.thidua.covenant.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.covenant.entity.CriterionKind;
import vn.thidua.shared.StorableInput;

/** A covenant draft or amendment as the leader enters it: content, targets and the score scale. */
@StorableInput
public class CovenantForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long blocId;
    private int year;

    @NotBlank(message = "{covenant.content.required}")
    @Size(max = 8000, message = "{covenant.content.size}")
    private String content;

    @Size(max = 4000, message = "{text.size4000}")
    private String targets;

    @Valid
    private List<Item> items = new ArrayList<>();

    public Long getBlocId() {
        return blocId;
    }

    public void setBlocId(Long blocId) {
        this.blocId = blocId;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getTargets() {
        return targets;
    }

    public void setTargets(String targets) {
        this.targets = targets;
    }

    public List<Item> getItems() {
        return items;
    }

    public void setItems(List<Item> items) {
        this.items = items == null ? new ArrayList<>() : new ArrayList<>(items);
    }

    public Item addItem(CriterionKind kind, String title, BigDecimal maxPoints, boolean evidenceRequired) {
        Item item = new Item();
        item.setKind(kind);
        item.setTitle(title);
        item.setMaxPoints(maxPoints);
        item.setEvidenceRequired(evidenceRequired);
        items.add(item);
        return item;
    }

    /** One row of the score scale. */
    @StorableInput
    public static class Item implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotNull
        private CriterionKind kind = CriterionKind.CRITERION;

        @NotBlank(message = "{criterion.title.required}")
        @Size(max = 500, message = "{criterion.title.size}")
        private String title;

        @NotNull(message = "{criterion.maxPoints.required}")
        @Digits(integer = 5, fraction = 2, message = "{points.digits}")
        private BigDecimal maxPoints;

        private boolean evidenceRequired;

        public CriterionKind getKind() {
            return kind;
        }

        public void setKind(CriterionKind kind) {
            this.kind = kind;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public BigDecimal getMaxPoints() {
            return maxPoints;
        }

        public void setMaxPoints(BigDecimal maxPoints) {
            this.maxPoints = maxPoints;
        }

        public boolean isEvidenceRequired() {
            return evidenceRequired;
        }

        public void setEvidenceRequired(boolean evidenceRequired) {
            this.evidenceRequired = evidenceRequired;
        }
    }
}
