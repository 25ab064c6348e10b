package vn.thidua.covenant.service;

import java.io.Serializable;
import java.time.LocalDate;

/** The launch of a bloc's movement for one year, read-only. */
public record MovementView(Long id, String title, String content, String targets, LocalDate launchDate,
                           String launchedBy) implements Serializable {

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getContent() {
        return content;
    }

    public String getTargets() {
        return targets;
    }

    public LocalDate getLaunchDate() {
        return launchDate;
    }

    public String getLaunchedBy() {
        return launchedBy;
    }
}
