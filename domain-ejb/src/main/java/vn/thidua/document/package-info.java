/**
 * The portal's documents: the one place that lays out official documents in the form of
 * Decree 30/2020/NĐ-CP, Appendix I, as PDF and as .docx from one source, and writes .xlsx
 * tables. Areas fill plain records ({@code service}: {@code ProposalLetter},
 * {@code ConferenceMinutes}, {@code CountMinutes}, {@code AchievementReport},
 * {@code CovenantDocument}, {@code BlocReport}, {@code DraftDecision},
 * {@code RegistryExtract}, each with a {@code Header} in its issuer's convention and a
 * nullable register number; {@code RankingSheet}, {@code RegistrySheet}) and call
 * {@link vn.thidua.document.service.DocumentService}. {@code internal.Compose} turns a record
 * into one neutral {@code internal.OfficialDocument}; {@code internal.PdfRenderer} (PDFBox,
 * Liberation Serif embedded) and {@code internal.DocxRenderer} (Apache POI XWPF) draw it with
 * the same elements, sizes and margins ({@code OfficialDocument.Layout}). The words come from
 * the documents bundle {@code vn/thidua/document/documents_vi.properties} (Vietnamese, the
 * language of official documents) with {@code documents.properties} in English. A ballot
 * paper ({@code service.BallotPaper}) is no official document: {@code internal.BallotPaperPdf}
 * draws it with PDFBox and the same embedded font, one identical page per paper. The area
 * owns no table and depends on no other area.
 */
package vn.thidua.document;
