package vn.thidua.web.security;

import java.util.List;
import java.util.Set;

import vn.thidua.shared.Roles;

/**
 * Which portal roles may open which pages. The business layer checks every use case again;
 * these rules keep people away from pages whose actions they could not take anyway. They are
 * checked by the portal (not by web.xml role constraints) so that they hold alike for roles
 * from the demo realm and roles mapped from single sign-on claims.
 */
public final class PageAccess {

    private record Rule(String pattern, Set<String> roles) {

        boolean matches(String path) {
            return pattern.endsWith("/*") ? path.startsWith(pattern.substring(0, pattern.length() - 1))
                    : path.equals(pattern);
        }
    }

    /** Most specific first: the first rule that matches decides. */
    private static final List<Rule> RULES = List.of(
            new Rule("/board/blocs/edit.xhtml", Set.of(Roles.BOARD_SPECIALIST)),
            new Rule("/board/units/*", Set.of(Roles.BOARD_SPECIALIST)),
            new Rule("/board/audit/*", Set.of(Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER, Roles.ADMINISTRATOR)),
            new Rule("/board/*", Set.of(Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER)),
            new Rule("/register/*", Set.of(Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER)));

    /** Pages anyone may see, also a person the portal does not admit. */
    private static final List<String> OPEN = List.of("/error/", "/jakarta.faces.resource/", "/resources/");

    private PageAccess() {
    }

    /** Whether a caller with {@code roles} may open {@code path} (servlet path plus path info). */
    public static boolean allows(String path, Set<String> roles) {
        for (Rule rule : RULES) {
            if (rule.matches(path)) {
                return rule.roles().stream().anyMatch(roles::contains);
            }
        }
        return true;
    }

    /** Error pages and static resources. */
    public static boolean isOpen(String path) {
        return OPEN.stream().anyMatch(path::startsWith);
    }
}
