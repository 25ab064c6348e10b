/**
 * A bloc's own documents (issue 15, item 8): its regulation (quy chế hoạt động của khối) and
 * its annual report (báo cáo tổng kết).
 *
 * <p>The regulation is versioned: the year's leader drafts a version (a title and ordered
 * articles), a held conference of the bloc and year adopts it (a conference counts as held
 * once its attendance is recorded), and it takes a number (QC) from the leader unit's register,
 * dated the conference's day. The version in force for a year is the last adopted among those
 * drafted that year or before; the earlier ones stay readable as its history.
 *
 * <p>The annual report of a year is generated from the year's data as the other areas'
 * services give it (activities, scoring, meetings and ballots: only confirmed, that is
 * published, results), edited section by section, and issued with a number (BC) from the
 * leader unit's register; an issued report never changes.
 *
 * <p>Layout: {@code entity} holds {@code RegulationVersion} with its {@code RegulationArticle}s
 * and {@code AnnualReport} (their rules: only a draft changes). {@code internal} holds
 * {@code ReportDraft}, the report's first text. {@code service} is the public face:
 * {@code RegulationService} and {@code AnnualReportService}, their forms and view records.
 * Both render through {@code vn.thidua.document} in the Decree 30 layout; every step that
 * changes state is audited (entities {@code Regulation} and {@code AnnualReport}).
 */
package vn.thidua.regulation;
