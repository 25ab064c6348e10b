package vn.thidua.document.service;

import java.time.LocalDate;

/**
 * Who issues a document, where and when, in the issuer's own convention (Decree 30,
 * Appendix I): the parent body's line ("UBND TỈNH ĐẮK NÔNG"; null when the issuer stands
 * alone), the issuer's line ("KHỐI THI ĐUA SỐ 03"), the title and motto top right (both null:
 * the national title and motto; a mass organisation may set its own title and leave the
 * motto null), the issuer's symbol in document numbers ("KTĐ03"), the place printed before
 * the date, and the date. {@link DocumentService#blocHeader} and
 * {@link DocumentService#boardHeader} build the common ones.
 */
public record Header(String place, String parentBody, String issuer, String title, String motto, String symbol,
                     LocalDate date) {
}
