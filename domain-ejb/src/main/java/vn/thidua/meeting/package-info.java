/**
 * Review conferences (hội nghị sơ kết / tổng kết) of a bloc: date, place, chair,
 * attendees (member representatives and guests), agenda and minutes, and the minutes as
 * a PDF laid out like a Vietnamese official document (Decree 30/2020/NĐ-CP).
 */
package vn.thidua.meeting;
