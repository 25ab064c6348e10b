package vn.thidua.document.internal;

import java.util.List;

/**
 * One official document in the layout of Decree 30/2020/NĐ-CP, Appendix I, neutral of its
 * output format: {@link PdfRenderer} and {@link DocxRenderer} draw the same model, so the PDF
 * and the .docx of a document never differ in content. Every text is final (from the
 * documents bundle and the data); the renderers only lay it out.
 *
 * @param parentBody   the issuing body's parent ("UBND TỈNH ĐẮK NÔNG"), upper case; null or blank when the
 *                     issuer stands alone
 * @param issuer       the issuing body ("KHỐI THI ĐUA SỐ 03"), upper case, bold, with the short rule beneath
 * @param title        top right: the national title, or the unit's own (a mass organisation's) title
 * @param motto        under the title, bold, with the rule beneath; null or blank for none
 * @param numberLine   "Số: 12/TTr-KTĐ03", or "Số:      /TTr-KTĐ03" with room to number by hand
 * @param placeAndDate "Đắk Nông, ngày 05 tháng 01 năm 2026", in italics
 * @param kind         the document type ("TỜ TRÌNH"), bold
 * @param summary      what it is about, bold, under the type; null for none
 * @param addressees   "Kính gửi: …" lines, centred; empty for none
 * @param paragraphs   the body: justified, first line indented
 * @param recipients   the "Nơi nhận" list, bottom left; empty for none (minutes)
 * @param signatures   the signature blocks; with recipients, the last one stands beside them
 */
public record OfficialDocument(String parentBody, String issuer, String title, String motto, String numberLine,
                               String placeAndDate, String kind, String summary, List<String> addressees,
                               List<String> paragraphs, String recipientsHeading, List<String> recipients,
                               List<Signature> signatures) {

    public OfficialDocument {
        addressees = List.copyOf(addressees);
        paragraphs = List.copyOf(paragraphs);
        recipients = List.copyOf(recipients);
        signatures = List.copyOf(signatures);
    }

    /**
     * A signature block: the authority form ("TM. KHỐI THI ĐUA", "KT. TRƯỞNG BAN"; null where it
     * does not apply), the signer's title in capitals ("KHỐI TRƯỞNG") and the signer's name
     * (blank leaves the line to fill in).
     */
    public record Signature(String authority, String title, String name) {
    }

    /** The layout's measures (Decree 30, Appendix I), shared by both renderers. */
    public static final class Layout {
        /** Margins in millimetres: top, bottom, left, right. */
        public static final float TOP_MM = 20;
        public static final float BOTTOM_MM = 20;
        public static final float LEFT_MM = 30;
        public static final float RIGHT_MM = 15;
        /** Font sizes in points. */
        public static final float HEADER = 12;
        public static final float TITLE = 12;
        public static final float MOTTO = 13;
        public static final float NUMBER = 13;
        public static final float DATE = 14;
        public static final float KIND = 14;
        public static final float BODY = 14;
        public static final float RECIPIENTS_HEADING = 12;
        public static final float RECIPIENTS = 11;
        public static final float SIGNATURE = 14;
        public static final float PAGE_NUMBER = 14;
        /** First-line indent of body paragraphs, millimetres (1 to 1.27 cm). */
        public static final float INDENT_MM = 12.7f;
        /** Space after a body paragraph, points (at least 6 pt). */
        public static final float PARAGRAPH_AFTER = 6;
        /** Width of the left (issuer) header column, millimetres; the rest is the title's. */
        public static final float ISSUER_COLUMN_MM = 65;
        /** The fonts, embedded (Liberation Serif 2, SIL OFL 1.1: Times New Roman metrics, full Vietnamese). */
        public static final String FONT_FAMILY = "Liberation Serif";
        public static final String FONT_DIR = "/vn/thidua/document/fonts/";

        private Layout() {
        }

        public static float points(float mm) {
            return mm / 25.4f * 72;
        }

        public static int twips(float mm) {
            return Math.round(mm / 25.4f * 1440);
        }
    }
}
