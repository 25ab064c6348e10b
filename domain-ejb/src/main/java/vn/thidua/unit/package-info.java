/**
 * Units (agencies) and their provinces. A unit is a dated record: renaming or merging
 * ends it and starts a successor, linked by {@link vn.thidua.unit.entity.UnitLineage},
 * so records of earlier years keep the name the unit had then and award histories can
 * follow a unit's lineage.
 */
package vn.thidua.unit;
