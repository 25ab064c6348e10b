package vn.thidua.regulation.entity;

/**
 * A regulation version's state: a draft the leader still edits, adopted at a conference,
 * or superseded by a later adopted version (it stays readable in the history).
 */
public enum RegulationStatus {
    DRAFT,
    ADOPTED,
    SUPERSEDED
}
