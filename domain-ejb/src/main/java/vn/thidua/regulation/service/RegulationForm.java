package vn.thidua.regulation.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The leader's draft of a regulation version: a new version ({@code id} null) of the bloc,
 * drafted in {@code year}, or changes to a draft; a title and articles in order.
 */
public class RegulationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;

    @NotNull
    private Long blocId;

    private int year;

    @Size(max = 300)
    private String title;

    @Valid
    @Size(max = 100)
    private List<Article> articles = new ArrayList<>();

    /** Adds an article at the end and returns it. */
    public Article addArticle(String heading, String text) {
        Article a = new Article();
        a.setHeading(heading);
        a.setText(text);
        articles.add(a);
        return a;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getBlocId() {
        return blocId;
    }

    public void setBlocId(Long blocId) {
        this.blocId = blocId;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<Article> getArticles() {
        return articles;
    }

    public void setArticles(List<Article> articles) {
        this.articles = articles;
    }

    /** One article being written: a heading and its text. */
    public static class Article implements Serializable {

        private static final long serialVersionUID = 1L;

        @Size(max = 300)
        private String heading;

        @Size(max = 20000)
        private String text;

        public String getHeading() {
            return heading;
        }

        public void setHeading(String heading) {
            this.heading = heading;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }
}
