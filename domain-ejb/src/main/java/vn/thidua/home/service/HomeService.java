package vn.thidua.home.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import vn.thidua.ballot.service.BallotQueryService;
import vn.thidua.ballot.service.BallotTurnoutRow;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.bloc.service.YearMember;
import vn.thidua.calendar.service.CalendarService;
import vn.thidua.covenant.service.CovenantService;
import vn.thidua.covenant.service.CovenantState;
import vn.thidua.proposal.service.ProposalProgressRow;
import vn.thidua.proposal.service.ProposalService;
import vn.thidua.scoring.service.ScoringService;
import vn.thidua.scoring.service.SelfScoreCount;
import vn.thidua.shared.Roles;

/**
 * The home page per role (issue 15, item 9), read-only. Each section is one query in the
 * area that owns its data (members, covenant, scores, ballots, proposals), over every bloc
 * the caller may read that year; this service only puts the answers together, so a page
 * costs five queries whatever the number of blocs and members, plus, on a member's page, one
 * look-up of the filing deadline per province of the blocs that need it (cached for the call:
 * usually one). Ballots give turnout only.
 */
@Stateless
public class HomeService {

    private static final Set<String> FILED = Set.of("SUBMITTED", "CHECKED", "APPROVED", "COUNCIL_REVIEWED", "DECIDED",
            "REJECTED");
    private static final Set<String> CHECKED = Set.of("CHECKED", "APPROVED", "COUNCIL_REVIEWED", "DECIDED");
    private static final Set<String> IN_APPRAISAL = Set.of("SUBMITTED", "CHECKED");
    private static final Set<String> WITH_BLOC = Set.of("DRAFT", "RETURNED");

    /** The milestones the Board's summary counts, in the order the page shows them. */
    public static final List<String> MILESTONES = List.of("COVENANT_IN_FORCE", "SCORING_DONE", "BALLOTS_COUNTED",
            "PROPOSAL_FILED", "PROPOSAL_CHECKED", "PROPOSAL_DECIDED", "LATE");

    @Inject
    private BlocService blocs;

    @Inject
    private CovenantService covenants;

    @Inject
    private ScoringService scoring;

    @Inject
    private BallotQueryService ballots;

    @Inject
    private ProposalService proposals;

    @Inject
    private CalendarService calendar;

    /**
     * A member representative's home for a year: what its unit must do now in each of its
     * blocs (sign, score, vote, file, answer a return; nothing already done) and, for the
     * blocs its unit leads or deputises, every member's progress. Filing the proposal and the
     * achievement report are due by the province's filing deadline of the year, where the
     * Board set one.
     */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public MemberHome myHome(int year) {
        List<YearMember> members = blocs.membersOfYear(year);
        Facts facts = facts(year, members);
        Function<Long, LocalDate> filingDeadline = filingDeadlines(year);
        List<Task> tasks = new ArrayList<>();
        List<BlocProgress> led = new ArrayList<>();
        for (YearMember mine : members.stream().filter(YearMember::mine).toList()) {
            tasks.addAll(tasksOf(mine, year, facts, filingDeadline));
            if (mine.leads() && led.stream().noneMatch(b -> b.blocId().equals(mine.blocId()))) {
                led.add(progressOf(mine, year, members, facts, filingDeadline.apply(mine.blocId())));
            }
        }
        return new MemberHome(year, tasks, led);
    }

    /**
     * The Board's home for a year: every bloc's stage with its counts, the late ones first
     * (judged at {@code today}), and how many blocs reached each milestone.
     */
    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public BoardHome boardHome(int year, @NotNull LocalDate today) {
        List<YearMember> members = blocs.membersOfYear(year);
        Facts facts = facts(year, members);
        Map<Long, List<YearMember>> byBloc = new LinkedHashMap<>();
        members.forEach(m -> byBloc.computeIfAbsent(m.blocId(), k -> new ArrayList<>()).add(m));
        List<BlocStage> stages = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        MILESTONES.forEach(m -> counts.put(m, 0));
        for (List<YearMember> bloc : byBloc.values()) {
            BlocStage stage = stageOf(bloc, year, today, facts);
            stages.add(stage);
            CovenantState covenant = facts.covenant(stage.blocId());
            count(counts, "COVENANT_IN_FORCE", covenant != null && covenant.inForce());
            count(counts, "SCORING_DONE", stage.members() > 0 && stage.scored() == stage.members());
            count(counts, "BALLOTS_COUNTED", stage.ballotsCounted() > 0);
            count(counts, "PROPOSAL_FILED", stage.proposalStatus() != null && FILED.contains(stage.proposalStatus()));
            count(counts, "PROPOSAL_CHECKED", stage.proposalStatus() != null && CHECKED.contains(stage.proposalStatus()));
            count(counts, "PROPOSAL_DECIDED", "DECIDED".equals(stage.proposalStatus()));
            count(counts, "LATE", stage.late());
        }
        stages.sort(Comparator.comparing(s -> !s.late()));
        return new BoardHome(year, stages, counts);
    }

    // ---- internals ----

    /** The answers of the four sections after the members, keyed for lookups in memory. */
    private record Facts(Map<Long, CovenantState> covenants, List<SelfScoreCount> scores,
                         List<BallotTurnoutRow> ballots, List<ProposalProgressRow> proposals) {

        CovenantState covenant(Long blocId) {
            return covenants.get(blocId);
        }

        SelfScoreCount score(Long blocId, Long unitId) {
            return scores.stream().filter(s -> s.blocId().equals(blocId) && s.unitId().equals(unitId)).findFirst()
                    .orElse(null);
        }

        long criteria(Long blocId) {
            return scores.stream().filter(s -> s.blocId().equals(blocId)).mapToLong(SelfScoreCount::criteria).max()
                    .orElse(0);
        }

        /** The bloc's latest proposal (the highest id), as its rows (one per nominee). */
        List<ProposalProgressRow> latestProposal(Long blocId) {
            Long latest = proposals.stream().filter(p -> p.blocId().equals(blocId))
                    .map(ProposalProgressRow::proposalId).max(Long::compare).orElse(null);
            return latest == null ? List.of() : proposals.stream().filter(p -> p.proposalId().equals(latest)).toList();
        }

        /** The open electronic ballots of the bloc, by id (the leader's turnout columns). */
        List<BallotTurnoutRow> openBallots(Long blocId) {
            Map<Long, BallotTurnoutRow> open = new LinkedHashMap<>();
            ballots.stream().filter(b -> b.blocId().equals(blocId) && b.isOpen() && b.electronic())
                    .forEach(b -> open.putIfAbsent(b.ballotId(), b));
            return List.copyOf(open.values());
        }
    }

    private Facts facts(int year, List<YearMember> members) {
        Set<Long> blocIds = new LinkedHashSet<>();
        members.forEach(m -> blocIds.add(m.blocId()));
        Map<Long, CovenantState> byBloc = new LinkedHashMap<>();
        covenants.covenantStates(year, blocIds).forEach(c -> byBloc.put(c.blocId(), c));
        return new Facts(byBloc, scoring.selfScoreCounts(year, blocIds), ballots.turnoutOfYear(year, blocIds),
                proposals.proposalsOfYear(year, blocIds));
    }

    /**
     * The filing deadline of a bloc's year (its province's of that year), looked up once per
     * province for this call.
     */
    private Function<Long, LocalDate> filingDeadlines(int year) {
        Map<Long, Optional<LocalDate>> byProvince = new HashMap<>();
        return blocId -> byProvince.computeIfAbsent(blocs.blocOf(blocId).provinceIn(year).getId(),
                province -> Optional.ofNullable(calendar.filingDeadline(province, year))).orElse(null);
    }

    private static List<Task> tasksOf(YearMember mine, int year, Facts facts, Function<Long, LocalDate> filingDeadline) {
        List<Task> tasks = new ArrayList<>();
        Long bloc = mine.blocId();
        Long unit = mine.unitId();
        CovenantState covenant = facts.covenant(bloc);
        if (covenant != null && !covenant.inForce() && !covenant.signedBy(unit)) {
            tasks.add(task(Task.SIGN_COVENANT, mine, year, null, null, null, null, 0, 0));
        }
        if (covenant != null && covenant.inForce()) {
            SelfScoreCount score = facts.score(bloc, unit);
            if (score == null || !score.done()) {
                tasks.add(task(Task.SELF_SCORE, mine, year, null, null, null, null, score == null ? 0 : score.scored(),
                        facts.criteria(bloc)));
            }
        }
        facts.ballots().stream().filter(b -> b.blocId().equals(bloc) && b.isOpen() && b.electronic()
                        && unit.equals(b.presentUnitId()) && !b.voted())
                .forEach(b -> tasks.add(task(Task.VOTE, mine, year, b.meetingId(), b.ballotId(), null, b.title(), 0, 0)));
        List<ProposalProgressRow> proposal = facts.latestProposal(bloc);
        if (!proposal.isEmpty() && WITH_BLOC.contains(proposal.get(0).status())) {
            ProposalProgressRow p = proposal.get(0);
            LocalDate due = filingDeadline.apply(bloc);
            if (proposal.stream().anyMatch(n -> unit.equals(n.nomineeUnitId()) && !n.reportFiled())) {
                tasks.add(task(Task.FILE_REPORT, mine, year, null, null, p.proposalId(), null, 0, 0).due(due));
            }
            if ("LEADER".equals(mine.role())) {
                tasks.add(task("RETURNED".equals(p.status()) ? Task.ANSWER_RETURN : Task.FILE_PROPOSAL, mine, year,
                        null, null, p.proposalId(), null, proposal.stream().filter(ProposalProgressRow::reportFiled).count(),
                        proposal.stream().filter(n -> n.nomineeUnitId() != null).count()).due(due));
            }
        }
        return tasks;
    }

    private static Task task(String kind, YearMember mine, int year, Long meetingId, Long ballotId, Long proposalId,
                             String title, long done, long of) {
        return new Task(kind, mine.blocId(), mine.blocName(), year, meetingId, ballotId, proposalId, title, done, of,
                null);
    }

    private static BlocProgress progressOf(YearMember mine, int year, List<YearMember> members, Facts facts,
                                           LocalDate filingDeadline) {
        Long bloc = mine.blocId();
        CovenantState covenant = facts.covenant(bloc);
        List<BallotTurnoutRow> open = facts.openBallots(bloc);
        List<ProposalProgressRow> proposal = facts.latestProposal(bloc);
        long criteria = facts.criteria(bloc);
        List<MemberProgress> rows = new ArrayList<>();
        for (YearMember m : members.stream().filter(x -> x.blocId().equals(bloc)).toList()) {
            SelfScoreCount score = facts.score(bloc, m.unitId());
            List<String> votes = open.stream().map(b -> facts.ballots().stream()
                    .filter(r -> r.ballotId().equals(b.ballotId()) && m.unitId().equals(r.presentUnitId())).findFirst()
                    .map(r -> r.voted() ? "PRESENT_VOTED" : "PRESENT_NOT_VOTED").orElse("ABSENT")).toList();
            String report = proposal.stream().filter(n -> m.unitId().equals(n.nomineeUnitId())).findFirst()
                    .map(n -> n.reportFiled() ? "FILED" : "MISSING").orElse(null);
            rows.add(new MemberProgress(m.unitId(), m.unitName(), m.role(), covenant != null && covenant.signedBy(m.unitId()),
                    score == null ? 0 : score.scored(), criteria, votes, report));
        }
        return new BlocProgress(bloc, mine.blocName(), year, covenant != null, covenant != null && covenant.inForce(),
                open.stream().map(BallotTurnoutRow::title).toList(),
                proposal.isEmpty() ? null : proposal.get(0).proposalId(),
                proposal.isEmpty() ? null : proposal.get(0).status(), filingDeadline, rows);
    }

    private static BlocStage stageOf(List<YearMember> bloc, int year, LocalDate today, Facts facts) {
        Long blocId = bloc.get(0).blocId();
        CovenantState covenant = facts.covenant(blocId);
        int signed = covenant == null ? 0 : (int) bloc.stream().filter(m -> covenant.signedBy(m.unitId())).count();
        int scored = (int) bloc.stream().map(m -> facts.score(blocId, m.unitId()))
                .filter(s -> s != null && s.done()).count();
        Set<Long> all = new LinkedHashSet<>();
        Set<Long> counted = new LinkedHashSet<>();
        facts.ballots().stream().filter(b -> b.blocId().equals(blocId)).forEach(b -> {
            all.add(b.ballotId());
            if (b.isCounted()) {
                counted.add(b.ballotId());
            }
        });
        List<ProposalProgressRow> proposal = facts.latestProposal(blocId);
        ProposalProgressRow p = proposal.isEmpty() ? null : proposal.get(0);
        String stage = p != null ? "PROPOSAL" : !all.isEmpty() ? "BALLOTING"
                : covenant != null && covenant.inForce() ? "SCORING" : covenant != null ? "SIGNING" : "NOT_STARTED";
        boolean appraisalLate = p != null && IN_APPRAISAL.contains(p.status())
                && (p.overdue() || p.dueOn() != null && p.dueOn().isBefore(today));
        boolean notFiled = today.isAfter(LocalDate.of(year, 12, 31)) && (p == null || WITH_BLOC.contains(p.status()));
        return new BlocStage(blocId, bloc.get(0).blocName(), bloc.size(), stage, signed, scored, all.size(),
                counted.size(), p == null ? null : p.proposalId(), p == null ? null : p.status(),
                p == null ? null : p.dueOn(), appraisalLate || notFiled);
    }

    private static void count(Map<String, Integer> counts, String milestone, boolean reached) {
        if (reached) {
            counts.merge(milestone, 1, Integer::sum);
        }
    }
}
