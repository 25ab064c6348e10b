package vn.thidua.document.service;

/** A nominee's achievement report (báo cáo thành tích) with the text its bloc leader edited. */
public record AchievementReport(Header header, int year, String unitName, String text) {
}
