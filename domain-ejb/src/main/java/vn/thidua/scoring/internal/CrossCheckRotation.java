package vn.thidua.scoring.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who cross-checks whom (issue 15, item 3). The proposal is a rotation over the members in
 * the given order: member i is checked by member i + 1 (the last by the first). Nobody checks
 * itself, and for three members or more no two members check each other (that would need
 * i + 2 = i, i.e. two members). With two members the only assignment is the reciprocal one
 * (A checks B, B checks A): it is allowed then, because the bloc's size leaves no other. A
 * single member has nobody to check it.
 */
public final class CrossCheckRotation {

    private CrossCheckRotation() {
    }

    /** The proposal: checked member → its checker, in the members' order; empty for fewer than two. */
    public static <T> Map<T, T> propose(List<T> members) {
        Map<T, T> checkerOf = new LinkedHashMap<>();
        int n = members.size();
        if (n < 2) {
            return checkerOf;
        }
        for (int i = 0; i < n; i++) {
            checkerOf.put(members.get(i), members.get((i + 1) % n));
        }
        return checkerOf;
    }

    /**
     * The first broken rule of an assignment (checked → checker) over {@code members}, as a
     * violation, or null when it holds: every member checked once, by another member, and,
     * for three members or more, no reciprocal pair.
     */
    public static <T> Violation<T> violation(List<T> members, Map<T, T> checkerOf) {
        if (members.size() < 2) {
            return new Violation<>(Rule.TOO_FEW, null, null);
        }
        for (T member : members) {
            T checker = checkerOf.get(member);
            if (checker == null) {
                return new Violation<>(Rule.MISSING, member, null);
            }
            if (!members.contains(checker)) {
                return new Violation<>(Rule.NOT_MEMBER, member, checker);
            }
            if (Objects.equals(member, checker)) {
                return new Violation<>(Rule.SELF, member, checker);
            }
            if (members.size() >= 3 && Objects.equals(checkerOf.get(checker), member)) {
                return new Violation<>(Rule.RECIPROCAL, member, checker);
            }
        }
        return null;
    }

    /** The rules of an assignment. */
    public enum Rule {
        TOO_FEW, MISSING, NOT_MEMBER, SELF, RECIPROCAL
    }

    /** A broken rule, with the checked member and its checker where they apply. */
    public record Violation<T>(Rule rule, T member, T checker) {
    }
}
