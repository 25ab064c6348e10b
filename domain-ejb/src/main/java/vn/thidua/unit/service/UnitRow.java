package vn.thidua.unit.service;

import java.io.Serializable;
import java.time.LocalDate;

/** One line of the Board's unit registry; {@code validTo} is null while the record is current. */
public record UnitRow(Long id, String code, String name, String shortName, LocalDate validFrom, LocalDate validTo)
        implements Serializable {

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
