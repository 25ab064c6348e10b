package vn.thidua.registry.service;

import java.io.Serializable;
import java.util.Objects;

import vn.thidua.registry.entity.AwardKind;

/** One award a decision grants: to a unit record, as a member of a bloc in a year. */
public record Grant(Long unitId, Long blocId, int year, AwardKind kind) implements Serializable {

    public Grant {
        Objects.requireNonNull(unitId);
        Objects.requireNonNull(blocId);
        Objects.requireNonNull(kind);
    }
}
