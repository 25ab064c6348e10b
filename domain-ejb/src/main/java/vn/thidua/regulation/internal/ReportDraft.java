package vn.thidua.regulation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import vn.thidua.activity.service.ActivityView;
import vn.thidua.ballot.service.BallotView;
import vn.thidua.scoring.service.ScoreTable;

/**
 * The first text of a bloc's annual report, from the year's data as the other areas' services
 * give it: the joint activities, the ranking, the common model (chosen this year, or carried
 * out from an earlier year), the ballots whose results were confirmed (published: the units
 * elected with their totals; never anything about a voter) and the direction for next year.
 * Every phrase comes from the documents bundle ({@code annualReport.gen.*}) through
 * {@code text}; the leader edits the result.
 */
public final class ReportDraft {

    private final BiFunction<String, Object[], String> text;

    /** {@code text} gives one phrase of the documents bundle with its arguments. */
    public ReportDraft(BiFunction<String, Object[], String> text) {
        this.text = text;
    }

    /** The five sections, in their order. */
    public List<String> sections(int year, List<ActivityView> activities, List<ScoreTable.Row> ranking,
                                 List<BallotView> confirmedBallots, String nextLeaderName) {
        return List.of(activities(year, activities), ranking(year, ranking), commonModel(year, activities),
                ballots(year, confirmedBallots), direction(year, nextLeaderName));
    }

    private String activities(int year, List<ActivityView> activities) {
        if (activities.isEmpty()) {
            return t("annualReport.gen.activities.none");
        }
        List<String> lines = new ArrayList<>();
        lines.add(t("annualReport.gen.activities.count", year, activities.size()));
        for (ActivityView a : activities) {
            List<String> where = new ArrayList<>();
            if (a.place() != null && !a.place().isBlank()) {
                where.add(t("annualReport.gen.activity.place", a.place()));
            }
            if (a.beneficiary() != null && !a.beneficiary().isBlank()) {
                where.add(t("annualReport.gen.activity.beneficiary", a.beneficiary()));
            }
            lines.add(t("annualReport.gen.activity", a.title(), String.join(", ", where), money(a.totalValue()),
                    t("annualReport.gen.status." + String.valueOf(a.status()))));
        }
        return String.join("\n", lines);
    }

    private String ranking(int year, List<ScoreTable.Row> ranking) {
        if (ranking.isEmpty() || ranking.stream().allMatch(r -> r.total().signum() == 0)) {
            return t("annualReport.gen.ranking.none", year);
        }
        List<String> lines = new ArrayList<>();
        lines.add(t("annualReport.gen.ranking.intro", year));
        for (ScoreTable.Row r : ranking) {
            lines.add(t("annualReport.gen.rank", r.rank(), r.unitName(), points(r.total())));
        }
        return String.join("\n", lines);
    }

    private String commonModel(int year, List<ActivityView> activities) {
        List<String> lines = new ArrayList<>();
        for (ActivityView a : activities) {
            if (a.copiedFromYear() != null) {
                lines.add(t("annualReport.gen.model.carried", a.title(), year, a.copiedFromYear()));
            }
        }
        for (ActivityView a : activities) {
            if (a.commonModel()) {
                lines.add(t("annualReport.gen.model.chosen", a.title(), year + 1));
            }
        }
        return lines.isEmpty() ? t("annualReport.gen.model.none", year) : String.join("\n", lines);
    }

    private String ballots(int year, List<BallotView> confirmed) {
        if (confirmed.isEmpty()) {
            return t("annualReport.gen.ballots.none", year);
        }
        List<String> lines = new ArrayList<>();
        for (BallotView b : confirmed) {
            lines.add(t("annualReport.gen.ballot", b.title(), b.present()));
            for (BallotView.SeatView s : b.seats()) {
                for (BallotView.CandidateView c : s.candidates()) {
                    if (Boolean.TRUE.equals(c.elected())) {
                        lines.add(t("annualReport.gen.elected", t("seat." + String.valueOf(s.seat())), c.unitName(),
                                c.votes() == null ? 0 : c.votes()));
                    }
                }
            }
        }
        return String.join("\n", lines);
    }

    private String direction(int year, String nextLeaderName) {
        String direction = t("annualReport.gen.direction", year + 1);
        return nextLeaderName == null ? direction
                : direction + "\n" + t("annualReport.gen.direction.leader", year + 1, nextLeaderName);
    }

    private String t(String key, Object... args) {
        return text.apply(key, args);
    }

    /** 12000000 as "12.000.000" (Vietnamese grouping). */
    static String money(long amount) {
        return String.format(Locale.GERMANY, "%,d", amount);
    }

    /** 95.50 as "95,5" (Vietnamese decimal comma, no trailing zeros). */
    static String points(BigDecimal total) {
        return total.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
