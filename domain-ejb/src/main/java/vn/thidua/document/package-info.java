/**
 * The portal's documents: the one place that lays out PDFs in the form of Vietnamese
 * administrative documents (Decree 30/2020/NĐ-CP) and writes .xlsx tables. Areas fill plain
 * records ({@code service}: {@code CountMinutes}, {@code ConferenceMinutes},
 * {@code ProposalLetter}, {@code AchievementReport}, {@code RankingSheet},
 * {@code RegistrySheet}) and call {@link vn.thidua.document.service.DocumentService}; the
 * words come from the documents bundle {@code vn/thidua/document/documents_vi.properties}
 * (Vietnamese, the language of official documents) with {@code documents.properties} in
 * English. Every document record carries the document's number from its issuer's register
 * ({@code number}, null while it has none), printed as the "Số:" line; the count minutes name
 * the counting committee that signs them ({@code committeeMembers}), the conference minutes
 * their chair and secretary. The area owns no table and depends on no other area.
 */
package vn.thidua.document;
