package vn.thidua.ballot.verifier;

/** The record does not follow the documented format; the message says where. */
class MalformedRecordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    MalformedRecordException(String message) {
        super(message);
    }
}
