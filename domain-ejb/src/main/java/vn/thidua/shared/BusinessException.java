package vn.thidua.shared;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;

/**
 * A broken business rule. It rolls back the transaction it is thrown in and carries
 * a message key (resource bundle of the web tier) plus arguments, never user text:
 * the web tier shows it in the user's language, so no raw exception text reaches a page.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The resource bundle key of the message, e.g. {@code error.bloc.leaderIsDeputy}. */
    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
