package vn.thidua.shared;

/**
 * The caller's role allows the use case, but the data does not: for example a member
 * representative asking for a bloc that their unit does not belong to.
 */
public class AccessDeniedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException() {
        super("error.accessDenied");
    }
}
