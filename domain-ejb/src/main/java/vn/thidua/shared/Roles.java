package vn.thidua.shared;

/**
 * The portal's security roles (DOMAIN.md, "Roles"). Bloc leader and deputy are not
 * roles: they follow from the data, for one year, through the caller's unit.
 */
public final class Roles {

    public static final String MEMBER_REPRESENTATIVE = "member_representative";
    public static final String BOARD_SPECIALIST = "board_specialist";
    public static final String BOARD_LEADER = "board_leader";
    public static final String ADMINISTRATOR = "administrator";

    /** Every role, in the order pages and answers list them. */
    public static final java.util.List<String> ALL =
            java.util.List.of(MEMBER_REPRESENTATIVE, BOARD_SPECIALIST, BOARD_LEADER, ADMINISTRATOR);

    private Roles() {
    }
}
