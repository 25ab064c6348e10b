package vn.thidua.unit.entity;

/** How a unit record was succeeded. */
public enum LineageKind {
    /** The same body under a new name (or new parent). */
    RENAME,
    /** Several bodies became one. */
    MERGE
}
