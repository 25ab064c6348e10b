/**
 * The award registry: the Chair's decisions and the awards they grant, searchable by
 * unit (following its lineage across renames and merges), bloc, year, kind and decision,
 * with streaks such as "flag three years running".
 */
package vn.thidua.registry;
