/**
 * Emulation blocs (khối thi đua): their member units per year and the year's leader
 * (Khối trưởng) and deputy (Khối phó). The rules of a bloc year (how many members,
 * leader and deputy distinct members) live in {@link vn.thidua.bloc.entity.BlocYearRules}.
 */
package vn.thidua.bloc;
