package vn.thidua.regulation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.activity.entity.ActivityStatus;
import vn.thidua.activity.service.ActivityView;
import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.BallotStatus;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.service.BallotView;
import vn.thidua.scoring.service.ScoreTable;

/** The annual report's first text: what each section says from the year's data (the phrases stand as their keys). */
class ReportDraftTest {

    private final ReportDraft draft = new ReportDraft((key, args) -> key + Arrays.toString(args));

    @Test
    void eachSectionSaysWhatTheYearHolds() {
        ActivityView orphan = new ActivityView(1L, "Đỡ đầu trẻ mồ côi", null, "một cháu", "Quảng Sơn", 12_000_000L,
                ActivityStatus.COMPLETED, true, null, null, List.of());
        ActivityView model = new ActivityView(2L, "Mô hình năm trước", null, null, null, 0L, ActivityStatus.IN_PROGRESS,
                false, 7L, 2096, List.of());
        ScoreTable.Row first = new ScoreTable.Row(1, false, 10L, "Hội LHPN", new BigDecimal("95.50"), BigDecimal.ZERO,
                BigDecimal.ZERO, new BigDecimal("95.50"));
        BallotView.CandidateView elected = new BallotView.CandidateView(5L, 10L, "HLHPN", "Hội LHPN", 1, null, 5,
                new BigDecimal("100"), true, true, "ELECTED");
        BallotView.CandidateView lost = new BallotView.CandidateView(6L, 11L, "HND", "Hội Nông dân", 2, null, 1,
                new BigDecimal("20"), false, false, "BELOW_THRESHOLD");
        BallotView ballot = new BallotView(3L, 4L, 9L, 2097, "Bình bầu 2097", BallotKind.COMMENDATION, VotingMode.PAPER,
                BallotStatus.CONFIRMED, null, null, 5, 5, null, null, 5, 5, 0, 0,
                List.of(new BallotView.SeatView(Seat.PROVINCIAL_FLAG, 1, List.of(elected, lost))));

        List<String> sections = draft.sections(2097, List.of(orphan, model), List.of(first), List.of(ballot), "Tỉnh đoàn");

        assertEquals(5, sections.size());
        assertTrue(sections.get(0).contains("annualReport.gen.activity[Đỡ đầu trẻ mồ côi, annualReport.gen.activity.place"
                + "[Quảng Sơn], annualReport.gen.activity.beneficiary[một cháu], 12.000.000, annualReport.gen.status.COMPLETED[]]"),
                sections.get(0));
        assertTrue(sections.get(1).contains("annualReport.gen.rank[1, Hội LHPN, 95,5]"), sections.get(1));
        assertTrue(sections.get(2).contains("annualReport.gen.model.carried[Mô hình năm trước, 2097, 2096]"), sections.get(2));
        assertTrue(sections.get(2).contains("annualReport.gen.model.chosen[Đỡ đầu trẻ mồ côi, 2098]"), sections.get(2));
        assertTrue(sections.get(3).contains("annualReport.gen.elected[seat.PROVINCIAL_FLAG[], Hội LHPN, 5]"), sections.get(3));
        assertFalse(sections.get(3).contains("Hội Nông dân"), "only the units elected: " + sections.get(3));
        assertTrue(sections.get(4).contains("annualReport.gen.direction.leader[2098, Tỉnh đoàn]"), sections.get(4));
    }

    @Test
    void anEmptyYearSaysSoInEverySection() {
        List<String> sections = draft.sections(2097, List.of(), List.of(), List.of(), null);
        assertEquals(List.of("annualReport.gen.activities.none[]", "annualReport.gen.ranking.none[2097]",
                "annualReport.gen.model.none[2097]", "annualReport.gen.ballots.none[2097]",
                "annualReport.gen.direction[2098]"), sections);
    }
}
