package vn.thidua.shared;

/**
 * The caller's role allows the step, but they took part in the same matter in another
 * capacity: the account that checked a dossier approving it, or a bloc leader reviewing
 * its own unit's score. Shown as a message naming the rule, not as a 403 page: the
 * caller may do this step elsewhere, only not on this record.
 */
public class SeparationOfDutiesException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public SeparationOfDutiesException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
