package vn.thidua.document.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One sample record of each generated document (Bloc No. 03 of Đắk Nông, years 2036-2037),
 * each rendered as PDF and .docx by {@link DocumentService}.
 */
final class SampleDocuments {

    static final DocumentService SERVICE = new DocumentService();
    static final LocalDate DATE = LocalDate.of(2037, 1, 5);
    static final String PROVINCE = "Đắk Nông";

    /** A document's two renderings and what its page should show. */
    record Sample(String name, String kind, String summary, String addressee, String signatureTitle,
                  String authority, String signer, byte[] pdf, byte[] docx) {
    }

    private SampleDocuments() {
    }

    static Header bloc() {
        return SERVICE.blocHeader(PROVINCE, "Khối thi đua số 03 – Các tổ chức chính trị - xã hội", "KTD03", DATE);
    }

    static Header womenUnion() {
        return SERVICE.unitHeader(PROVINCE, "Hội Liên hiệp Phụ nữ tỉnh Đắk Nông", "HLHPN",
                "Ủy ban MTTQ Việt Nam tỉnh Đắk Nông", "Hội Liên hiệp Phụ nữ tỉnh", null, null, "HPN", DATE);
    }

    static Header youthUnion() {
        return SERVICE.unitHeader(PROVINCE, "Tỉnh đoàn Đắk Nông", "TDOAN", "BCH Đoàn TNCS Hồ Chí Minh",
                "Tỉnh Đắk Nông", "ĐOÀN TNCS HỒ CHÍ MINH", null, "TĐTN", DATE);
    }

    static List<ProposalLetter.Nominee> nominees() {
        return List.of(new ProposalLetter.Nominee("PROVINCIAL_FLAG", "Hội Liên hiệp Phụ nữ tỉnh Đắk Nông"),
                new ProposalLetter.Nominee("CERTIFICATE_OF_MERIT", "Tỉnh đoàn Đắk Nông"));
    }

    /** A long text: enough body to run onto a second page. */
    static String longText() {
        String sentence = "Đơn vị đã hoàn thành xuất sắc nhiệm vụ được giao, tổ chức tốt các phong trào thi đua, "
                + "đỡ đầu trẻ mồ côi có hoàn cảnh khó khăn ở xã Quảng Sơn, huyện Đắk Glong. ";
        return (sentence.repeat(6) + "\n").repeat(6).strip();
    }

    static Map<String, Sample> all() {
        Map<String, Sample> all = new LinkedHashMap<>();
        ProposalLetter proposal = new ProposalLetter(bloc(), "12/TTr-KTĐ03", 2036,
                "Bỏ phiếu bình bầu khen thưởng năm 2036", "Khối thi đua số 03", nominees(),
                "Hội Liên hiệp Phụ nữ tỉnh Đắk Nông", "H'Mai Niê");
        add(all, "proposal", "TỜ TRÌNH", "Về việc đề nghị khen thưởng thành tích năm 2036",
                "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Đắk Nông.", "KHỐI TRƯỞNG", "TM. KHỐI THI ĐUA SỐ 03",
                "H'Mai Niê", proposal, SERVICE::proposalPdf, SERVICE::proposalDocx);
        ConferenceMinutes conference = new ConferenceMinutes(bloc(), null, "Khối thi đua số 03", true, 2036,
                LocalDate.of(2036, 12, 27), "Hội trường Tỉnh đoàn Đắk Nông", "Y Đoàn Êban, Bí thư Tỉnh đoàn",
                "Nguyễn Thị Hằng", List.of(new ConferenceMinutes.Attendee("Trần Văn Hùng",
                "Trưởng Ban Thi đua - Khen thưởng tỉnh", null), new ConferenceMinutes.Attendee("H'Mai Niê", "Chủ tịch",
                "Hội Liên hiệp Phụ nữ tỉnh Đắk Nông")), "Tổng kết năm 2036, bình xét thi đua, bầu Khối trưởng.",
                "Hội nghị thống nhất nhân rộng mô hình đỡ đầu trẻ mồ côi ở xã Quảng Sơn, huyện Đắk Glong.");
        add(all, "conference-minutes", "BIÊN BẢN", "Hội nghị tổng kết công tác thi đua năm 2036 – Khối thi đua số 03",
                null, "CHỦ TRÌ", null, "Y Đoàn Êban", conference, SERVICE::conferenceMinutesPdf,
                SERVICE::conferenceMinutesDocx);
        CountMinutes count = new CountMinutes(bloc(), "Bỏ phiếu bình bầu khen thưởng năm 2036", true, 5, 5, true, 50,
                5, 5, 5, 5, 0, List.of(new CountMinutes.Seat("PROVINCIAL_FLAG", 1, List.of(new CountMinutes.Candidate(
                "Hội Liên hiệp Phụ nữ tỉnh Đắk Nông", 5, new BigDecimal("100.00"), "ELECTED"))),
                new CountMinutes.Seat("CERTIFICATE_OF_MERIT", 1, List.of(new CountMinutes.Candidate(
                        "Tỉnh đoàn Đắk Nông", 4, new BigDecimal("80.00"), "ELECTED")))),
                "Nguyễn Thị Hằng", "Y Đoàn Êban", List.of(), 0, null, "3/BB-KTĐ03",
                List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"));
        add(all, "count-minutes", "BIÊN BẢN KIỂM PHIẾU", "Bỏ phiếu bình bầu khen thưởng năm 2036", null,
                "TRƯỞNG BAN KIỂM PHIẾU", null, "Nguyễn Văn An", count, SERVICE::countMinutesPdf,
                SERVICE::countMinutesDocx);
        AchievementReport report = new AchievementReport(womenUnion(), null, 2036, "Hội Liên hiệp Phụ nữ tỉnh Đắk Nông",
                longText(), new Signer("TM. Ban Thường vụ", "Chủ tịch", "H'Mai Niê"));
        add(all, "achievement-report", "BÁO CÁO THÀNH TÍCH",
                "Đề nghị khen thưởng năm 2036 – Hội Liên hiệp Phụ nữ tỉnh Đắk Nông", null, "CHỦ TỊCH",
                "TM. BAN THƯỜNG VỤ", "H'Mai Niê", report, SERVICE::achievementReportPdf, SERVICE::achievementReportDocx);
        CovenantDocument covenant = new CovenantDocument(youthUnion(), null, 2037, "Khối thi đua số 03", 1,
                "Thi đua thực hiện thắng lợi nhiệm vụ chính trị năm 2037.", "100% cán bộ tham gia phong trào.",
                List.of(new CovenantDocument.Criterion("Thực hiện nhiệm vụ chuyên môn", new BigDecimal("60")),
                        new CovenantDocument.Criterion("Hoạt động chung của khối", new BigDecimal("40.00"))),
                List.of(new CovenantDocument.Party("Tỉnh đoàn Đắk Nông", new Signer(null, "Bí thư", "Y Đoàn Êban")),
                        new CovenantDocument.Party("Hội Nông dân tỉnh Đắk Nông", new Signer(null, "Chủ tịch",
                                "Điểu Xiêng"))));
        add(all, "covenant", "BẢN GIAO ƯỚC THI ĐUA", "Năm 2037 – Khối thi đua số 03", null, "BÍ THƯ",
                "ĐẠI DIỆN TỈNH ĐOÀN", "Y Đoàn Êban", covenant, SERVICE::covenantPdf, SERVICE::covenantDocx);
        BlocReport blocReport = new BlocReport(bloc(), null, 2036, "Khối thi đua số 03",
                List.of(new BlocReport.Row(1, "Hội Liên hiệp Phụ nữ tỉnh Đắk Nông", new BigDecimal("96.50")),
                        new BlocReport.Row(2, "Tỉnh đoàn Đắk Nông", new BigDecimal("94"))),
                List.of("Đỡ đầu trẻ mồ côi ở xã Quảng Sơn, huyện Đắk Glong (12.000.000 đồng)"), nominees(),
                "Hội Liên hiệp Phụ nữ tỉnh Đắk Nông", "H'Mai Niê");
        add(all, "bloc-report", "BÁO CÁO", "Tổng kết phong trào thi đua năm 2036 – Khối thi đua số 03",
                "Kính gửi: Ban Thi đua - Khen thưởng tỉnh.", "KHỐI TRƯỞNG", "TM. KHỐI THI ĐUA SỐ 03", "H'Mai Niê",
                blocReport, SERVICE::blocReportPdf, SERVICE::blocReportDocx);
        DraftDecision decision = new DraftDecision(SERVICE.boardHeader(PROVINCE, true, DATE), null, 2036,
                "Khối thi đua số 03", "12/TTr-KTĐ03", LocalDate.of(2037, 1, 5), nominees(), null);
        add(all, "draft-decision", "QUYẾT ĐỊNH", "Về việc tặng thưởng thành tích trong phong trào thi đua năm 2036",
                null, "PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH", null, decision, SERVICE::draftDecisionPdf,
                SERVICE::draftDecisionDocx);
        RegistryExtract extract = new RegistryExtract(SERVICE.boardHeader(PROVINCE, false, DATE), null,
                "Hội Liên hiệp Phụ nữ tỉnh Đắk Nông", List.of(new RegistrySheet.Row(2036,
                "Hội Liên hiệp Phụ nữ tỉnh Đắk Nông", "PROVINCIAL_FLAG", "Khối thi đua số 03", "25/QĐ-UBND",
                LocalDate.of(2037, 2, 3))), new Signer("Q. Trưởng ban", "Trưởng ban", "Trần Văn Hùng"));
        add(all, "registry-extract", "TRÍCH LỤC", "Sổ khen thưởng – Hội Liên hiệp Phụ nữ tỉnh Đắk Nông", null,
                "TRƯỞNG BAN", "Q. TRƯỞNG BAN", "Trần Văn Hùng", extract, SERVICE::registryExtractPdf,
                SERVICE::registryExtractDocx);
        BoardSubmission submission = new BoardSubmission(SERVICE.boardHeader(PROVINCE, false, DATE), "01/TTr-BTĐKT",
                2036, List.of(new BoardSubmission.Bloc("Khối thi đua số 03", "12/TTr-KTĐ03", nominees()),
                new BoardSubmission.Bloc("Khối thi đua số 01", "07/TTr-KTĐ01", List.of(new ProposalLetter.Nominee(
                        "CERTIFICATE_OF_MERIT", "Sở Tài chính tỉnh Đắk Nông")))), new Signer(null, "Trưởng ban",
                "Trần Văn Hùng"));
        add(all, "board-submission", "TỜ TRÌNH", "Về việc đề nghị tặng thưởng thành tích năm 2036 cho các tập thể"
                + " thuộc các khối thi đua của tỉnh", "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Đắk Nông.", "TRƯỞNG BAN",
                null, "Trần Văn Hùng", submission, SERVICE::boardSubmissionPdf, SERVICE::boardSubmissionDocx);
        return all;
    }

    private static <R> void add(Map<String, Sample> all, String name, String kind, String summary, String addressee,
                                String title, String authority, String signer, R record, Function<R, byte[]> pdf,
                                Function<R, byte[]> docx) {
        all.put(name, new Sample(name, kind, summary, addressee, title, authority, signer, pdf.apply(record),
                docx.apply(record)));
    }
}
