package vn.thidua.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.thidua.home.service.BoardHome;
import vn.thidua.home.service.HomeService;
import vn.thidua.home.service.MemberHome;
import vn.thidua.home.service.Task;
import vn.thidua.web.session.UserSession;

/**
 * /index.xhtml: the home page per role for an emulation year (the current year unless the
 * page's {@code year} parameter names another). A member representative sees its unit's
 * tasks and the progress of the blocs it leads; the Board every bloc's stage. Each part is
 * read once per view.
 */
@Named
@ViewScoped
public class HomeBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How many years back and forward the year selector offers around the current year. */
    private static final int YEARS_BACK = 5;

    @Inject
    private HomeService home;

    @Inject
    private UserSession session;

    private Integer year;
    private MemberHome memberHome;
    private BoardHome boardHome;

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    /** The year shown: the parameter's, else the current emulation year. */
    public int getShownYear() {
        return year != null ? year : Year.now().getValue();
    }

    /** The years the selector offers: next year back to five years ago, and the year shown. */
    public List<Integer> getYears() {
        int now = Year.now().getValue();
        List<Integer> years = new ArrayList<>();
        for (int y = now + 1; y >= now - YEARS_BACK; y--) {
            years.add(y);
        }
        if (!years.contains(getShownYear())) {
            years.add(0, getShownYear());
        }
        return years;
    }

    public MemberHome getMemberHome() {
        if (memberHome == null && session.isMember()) {
            memberHome = home.myHome(getShownYear());
        }
        return memberHome;
    }

    public BoardHome getBoardHome() {
        if (boardHome == null && session.isBoard()) {
            boardHome = home.boardHome(getShownYear(), LocalDate.now());
        }
        return boardHome;
    }

    /** The Board's milestone counts, in the page's order. */
    public List<Map.Entry<String, Integer>> getMilestones() {
        return getBoardHome() == null ? List.of() : List.copyOf(getBoardHome().counts().entrySet());
    }

    /** The page where a task is done. */
    public String outcome(Task task) {
        return switch (task.kind()) {
            case Task.SIGN_COVENANT -> "/year/covenant";
            case Task.SELF_SCORE -> "/year/scores";
            case Task.VOTE -> "/year/ballots";
            default -> "/proposals/view";
        };
    }
}
