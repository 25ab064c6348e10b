package vn.thidua.regulation.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import vn.thidua.meeting.entity.MeetingKind;
import vn.thidua.regulation.entity.RegulationStatus;

/**
 * A version of a bloc's regulation as pages show it: the year it was drafted in, its version
 * number, title, state, the conference that adopted it (id, kind, day; null for a draft),
 * the adoption day, its number from the register, and its articles in order.
 */
public record RegulationView(Long id, int year, int number, String title, RegulationStatus status, Long meetingId,
                             MeetingKind meetingKind, LocalDate meetingDay, LocalDate adoptedOn, String sign,
                             List<Article> articles) implements Serializable {

    public RegulationView {
        articles = List.copyOf(articles);
    }

    /** One article: its heading and its text. */
    public record Article(int position, String heading, String text) implements Serializable {

        public int getPosition() {
            return position;
        }

        public String getHeading() {
            return heading;
        }

        public String getText() {
            return text;
        }
    }

    public boolean isDraft() {
        return status == RegulationStatus.DRAFT;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public RegulationStatus getStatus() {
        return status;
    }

    public MeetingKind getMeetingKind() {
        return meetingKind;
    }

    public LocalDate getMeetingDay() {
        return meetingDay;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public String getSign() {
        return sign;
    }

    public List<Article> getArticles() {
        return articles;
    }
}
