package vn.thidua.covenant.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

import vn.thidua.shared.StorableInput;

/** The launch of a movement as the leader enters it. */
@StorableInput
public class MovementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long blocId;
    private int year;

    @NotBlank(message = "{movement.title.required}")
    @Size(max = 300, message = "{movement.title.size}")
    private String title;

    @NotBlank(message = "{movement.content.required}")
    @Size(max = 4000, message = "{text.size4000}")
    private String content;

    @Size(max = 4000, message = "{text.size4000}")
    private String targets;

    @NotNull(message = "{movement.launchDate.required}")
    private LocalDate launchDate;

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

    public LocalDate getLaunchDate() {
        return launchDate;
    }

    public void setLaunchDate(LocalDate launchDate) {
        this.launchDate = launchDate;
    }
}
