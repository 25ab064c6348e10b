/**
 * Units (agencies) and their provinces. A unit is a dated record: renaming or merging
 * ends it and starts a successor, linked by {@link vn.thidua.unit.entity.UnitLineage},
 * so records of earlier years keep the name the unit had then and award histories can
 * follow a unit's lineage. Provinces are dated records too (issue 15, item 2): a province's
 * records end and continue in a successor (Đắk Nông in Lâm Đồng from 1 July 2025), through
 * {@code ProvinceSuccessionService} (preview and apply, Board leader) and the event
 * {@code ProvinceSuccession} that every area keeping per-province data observes (noting what
 * it moved in {@code SuccessionLedger}); each province keeps its {@code StreakRule}.
 *
 * <h2>Layout</h2>
 * <ul>
 *   <li>{@code entity}: {@code Province} (table {@code province}: dates, successor, streak
 *       rule), {@code Unit}
 *       ({@code unit}), {@code UnitLineage} ({@code unit_lineage}), with the reused
 *       queries as {@code @NamedQuery} constants.</li>
 *   <li>{@code service}: {@code UnitService} (provinces; creating, correcting, renaming
 *       and merging units; lineage), the form {@code UnitForm}, the view records pages
 *       read ({@code UnitRow} for the registry table, {@code UnitOption} and
 *       {@code ProvinceOption} for selection lists), and the event
 *       {@code UnitSuccession} that the bloc and account areas observe;
 *       {@code BoardUnitService} gives the unit record that stands for a province's
 *       Board where it issues documents of its own (code {@code BTDKT-<province>},
 *       created on first use: its register of numbers, its document convention).
 *       {@code ProvinceSuccessionService} with {@code SuccessionReport}, {@code ProvinceRow},
 *       {@code SuccessionItem}, {@code SuccessionLedger}, the event {@code ProvinceSuccession} and
 *       {@code StreakRule} (stored per province; the registry counts streaks by it);
 *       {@code UnitLineageService} (a lineage as a tree for streaks; the records a name search
 *       reaches across lineages). Other areas get
 *       the {@code Unit} and {@code Province} entities only to hold them as associations.</li>
 * </ul>
 * Pages: {@code /board/units/list.xhtml} (the Board specialist's unit registry),
 * {@code /board/provinces/list.xhtml} (provinces, their succession and streak rule); the
 * province and unit lists of the bloc and rules pages come from here.
 */
package vn.thidua.unit;
