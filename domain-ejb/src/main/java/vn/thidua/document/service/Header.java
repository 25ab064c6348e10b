package vn.thidua.document.service;

import java.time.LocalDate;

/**
 * Who issues a document, where and when: the province (the parent body's line, "UBND TỈNH
 * …", and the place), the issuing bloc or unit, and the date printed under the motto.
 */
public record Header(String province, String issuer, LocalDate date) {
}
