package vn.thidua.unit.service;

import java.io.Serializable;

/** A province as a selection list offers it: id, code and name (getters for Faces EL). */
public record ProvinceOption(Long id, String code, String name) implements Serializable {

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
