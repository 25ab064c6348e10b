package vn.thidua.document.service;

/**
 * A nominee's achievement report (báo cáo thành tích) with the text its bloc leader edited;
 * {@code number} is its sign from the issuing unit's register, null while it has none.
 */
public record AchievementReport(Header header, int year, String unitName, String text,
                                String number) {
}
