/**
 * Scoring against the covenant in force: each member scores itself per criterion with
 * evidence; the leader (or deputy) accepts or adjusts each score with a reason and adds
 * bonuses and deductions; totals are ranked per bloc and year, ties shown as ties, and
 * the table exports to .xlsx.
 */
package vn.thidua.scoring;
