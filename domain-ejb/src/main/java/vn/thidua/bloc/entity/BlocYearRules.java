package vn.thidua.bloc.entity;

import java.util.Collection;
import java.util.Set;

import vn.thidua.shared.InvalidInputException;

/**
 * The rules a bloc's year must satisfy before anything is stored: a bloc has 5 to 15
 * members (DOMAIN.md), and the leader and the deputy are two distinct members.
 */
public final class BlocYearRules {

    public static final int MIN_MEMBERS = 5;
    public static final int MAX_MEMBERS = 15;
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private BlocYearRules() {
    }

    /** Throws {@link InvalidInputException} naming the first broken rule. */
    public static void check(int year, Collection<Long> memberUnitIds, Long leaderUnitId, Long deputyUnitId) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException("error.bloc.year", FIRST_YEAR, LAST_YEAR);
        }
        Set<Long> members = Set.copyOf(memberUnitIds);
        if (members.size() != memberUnitIds.size()) {
            throw new InvalidInputException("error.bloc.duplicateMember");
        }
        if (members.size() < MIN_MEMBERS || members.size() > MAX_MEMBERS) {
            throw new InvalidInputException("error.bloc.memberCount", MIN_MEMBERS, MAX_MEMBERS, members.size());
        }
        if (leaderUnitId != null && leaderUnitId.equals(deputyUnitId)) {
            throw new InvalidInputException("error.bloc.leaderIsDeputy");
        }
        if (leaderUnitId != null && !members.contains(leaderUnitId)) {
            throw new InvalidInputException("error.bloc.leaderNotMember");
        }
        if (deputyUnitId != null && !members.contains(deputyUnitId)) {
            throw new InvalidInputException("error.bloc.deputyNotMember");
        }
        if (deputyUnitId != null && leaderUnitId == null) {
            throw new InvalidInputException("error.bloc.deputyWithoutLeader");
        }
    }
}
