package vn.thidua.shared;

/** Input that breaks a rule of the use case; the key names the rule. */
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
