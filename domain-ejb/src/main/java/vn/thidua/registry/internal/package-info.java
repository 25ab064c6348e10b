/**
 * The registry's own helpers: the rows the national export's query reads, and the streak
 * rules ({@code Streaks}: years running across a unit's lineage, by its province's rule).
 */
package vn.thidua.registry.internal;
