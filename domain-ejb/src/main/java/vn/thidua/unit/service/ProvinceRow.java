package vn.thidua.unit.service;

import java.io.Serializable;
import java.time.LocalDate;

/** A province as the Board's province page shows it: its dates, its successor and its streak rule. */
public record ProvinceRow(Long id, String code, String name, LocalDate validFrom, LocalDate validTo,
                          String successorName, StreakRule streakRule) implements Serializable {

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getSuccessorName() {
        return successorName;
    }

    public StreakRule getStreakRule() {
        return streakRule;
    }

    public boolean isCurrent() {
        return validTo == null;
    }
}
