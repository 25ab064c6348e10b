/**
 * Scoring against the covenant in force: each member scores itself per criterion with
 * evidence; the leader, the deputy or the Board accepts or adjusts each score with a
 * reason and adds bonuses and deductions, never for the reviewer's own unit (the leader's
 * unit is reviewed by the deputy or the Board, the deputy's by the leader or the Board);
 * totals are ranked per bloc and year, ties shown as ties, and the table exports to .xlsx.
 * The peer cross-check (issue 15): the leader assigns each member's scores to another member
 * ({@code CrossCheck}, proposed by {@code internal.CrossCheckRotation}), the checker proposes
 * points with reasons, the leader (the deputy for the leader's unit) finalises them, and the
 * ranking counts the final points ({@code CrossCheckService}, {@code CrossCheckView}).
 *
 * <p>Layout: {@code entity} holds {@code Assessment} (a unit's points on one criterion,
 * the rule of the points that count) with its named queries. {@code service} is the
 * public face: {@code ScoringService} (score, review, award; the score sheet, the ranking
 * and its workbook; evidence files, served only to readers of the year and only when
 * their hash still matches), {@code ScoreForm}, the view records {@code ScoreSheet} and
 * {@code AssessmentView} (what the scores page shows, read by row queries in one
 * transaction) and {@code ScoreTable} (ranking with shared ranks), which the ballot and
 * proposal areas read too.
 *
 * <p>The home pages read how many criteria each unit has scored, for many blocs in one grouped
 * query ({@code ScoringService#selfScoreCounts}, {@code SelfScoreCount}).
 */
package vn.thidua.scoring;
