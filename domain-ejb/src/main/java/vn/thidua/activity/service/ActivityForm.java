package vn.thidua.activity.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.thidua.shared.StorableInput;

/** A joint activity as the leader enters it; {@code id} null for a new one. */
@StorableInput
public class ActivityForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;

    @NotNull
    private Long blocId;
    private int year;

    @NotBlank(message = "{activity.title.required}")
    @Size(max = 300, message = "{activity.title.size}")
    private String title;

    @Size(max = 4000, message = "{text.size4000}")
    private String description;

    @Size(max = 300, message = "{activity.text.size}")
    private String beneficiary;

    @Size(max = 300, message = "{activity.text.size}")
    private String place;

    @NotNull(message = "{activity.value.required}")
    @PositiveOrZero(message = "{activity.value.negative}")
    private Long totalValue;

    /** Unit id → amount in VND. */
    private Map<Long, Long> contributions = new LinkedHashMap<>();

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getBeneficiary() {
        return beneficiary;
    }

    public void setBeneficiary(String beneficiary) {
        this.beneficiary = beneficiary;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Long getTotalValue() {
        return totalValue;
    }

    public void setTotalValue(Long totalValue) {
        this.totalValue = totalValue;
    }

    public Map<Long, Long> getContributions() {
        return contributions;
    }

    public void setContributions(Map<Long, Long> contributions) {
        this.contributions = contributions == null ? new LinkedHashMap<>() : new LinkedHashMap<>(contributions);
    }
}
