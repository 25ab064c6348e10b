package vn.thidua.bloc.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.shared.StorableInput;

/**
 * A bloc and one of its years as the edit page shows them: the bloc's details, the
 * member units of the year and the year's leader and deputy. {@code blocId} null means
 * a new bloc; {@code version} is the bloc's version when the form was loaded.
 */
@StorableInput
public class BlocYearForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long blocId;
    private int version;

    @NotNull(message = "{bloc.province.required}")
    private Long provinceId;

    @NotBlank(message = "{bloc.code.required}")
    @Size(max = 30, message = "{bloc.code.size}")
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{bloc.code.pattern}")
    private String code;

    @NotBlank(message = "{bloc.name.required}")
    @Size(max = 300, message = "{bloc.name.size}")
    private String name;

    @Size(max = 2000, message = "{bloc.description.size}")
    private String description;

    private int year;

    @NotNull
    private List<Long> memberUnitIds = new ArrayList<>();

    private Long leaderUnitId;
    private Long deputyUnitId;

    public Long getBlocId() {
        return blocId;
    }

    public void setBlocId(Long blocId) {
        this.blocId = blocId;
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<Long> getMemberUnitIds() {
        return memberUnitIds;
    }

    public void setMemberUnitIds(List<Long> memberUnitIds) {
        this.memberUnitIds = memberUnitIds == null ? new ArrayList<>() : new ArrayList<>(memberUnitIds);
    }

    public Long getLeaderUnitId() {
        return leaderUnitId;
    }

    public void setLeaderUnitId(Long leaderUnitId) {
        this.leaderUnitId = leaderUnitId;
    }

    public Long getDeputyUnitId() {
        return deputyUnitId;
    }

    public void setDeputyUnitId(Long deputyUnitId) {
        this.deputyUnitId = deputyUnitId;
    }
}
