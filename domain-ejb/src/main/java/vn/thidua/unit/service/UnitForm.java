package vn.thidua.unit.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

import vn.thidua.shared.StorableInput;

/**
 * The fields a Board specialist fills in to create a unit, correct it, rename it or
 * merge units into it. A JavaBean so that a form can bind to it.
 */
@StorableInput
public class UnitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private int version;

    @NotNull(message = "{unit.province.required}")
    private Long provinceId;

    @NotBlank(message = "{unit.code.required}")
    @Size(max = 30, message = "{unit.code.size}")
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{unit.code.pattern}")
    private String code;

    @NotBlank(message = "{unit.name.required}")
    @Size(max = 300, message = "{unit.name.size}")
    private String name;

    @NotBlank(message = "{unit.shortName.required}")
    @Size(max = 100, message = "{unit.shortName.size}")
    private String shortName;

    private Long parentId;

    @NotNull(message = "{unit.validFrom.required}")
    private LocalDate validFrom;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public void setProvinceId(Long provinceId) {
        this.provinceId = provinceId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.trim();
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName == null ? null : shortName.trim();
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }
}
