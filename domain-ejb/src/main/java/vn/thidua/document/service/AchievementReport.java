package vn.thidua.document.service;

/**
 * A nominee's achievement report (báo cáo thành tích) with the text its bloc leader edited,
 * issued by the nominee in its own header convention and signed by its head.
 */
public record AchievementReport(Header header, String number, int year, String unitName, String text, Signer signer) {
}
