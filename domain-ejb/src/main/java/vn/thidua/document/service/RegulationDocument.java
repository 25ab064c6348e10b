package vn.thidua.document.service;

import java.time.LocalDate;
import java.util.List;

/**
 * A version of a bloc's regulation (quy chế hoạt động của khối): its title, its articles in
 * order, and where it was adopted (the conference's kind {@code MID_YEAR}/{@code YEAR_END},
 * year and day; all null for a draft), with its number once adopted; signed for the bloc by
 * the leader unit's head.
 */
public record RegulationDocument(Header header, String number, String blocName, String title, int version,
                                 String conferenceKind, Integer conferenceYear, LocalDate adoptedOn,
                                 List<Article> articles, String signer) {

    public RegulationDocument {
        articles = List.copyOf(articles);
    }

    /** One article: its heading and its text (paragraphs separated by line breaks). */
    public record Article(String heading, String text) {
    }
}
