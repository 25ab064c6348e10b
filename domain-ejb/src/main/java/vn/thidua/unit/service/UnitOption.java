package vn.thidua.unit.service;

import java.io.Serializable;

/** A unit as a selection list offers it: id, code and name (getters for Faces EL). */
public record UnitOption(Long id, String code, String name) implements Serializable {

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
