package vn.thidua.regulation.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The leader's edit of a bloc's annual report of a year: the five sections' texts, in their order. */
public class AnnualReportForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long blocId;

    private int year;

    @NotNull
    @Size(min = 5, max = 5)
    private List<String> sections = new ArrayList<>();

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

    public List<String> getSections() {
        return sections;
    }

    public void setSections(List<String> sections) {
        this.sections = sections;
    }
}
