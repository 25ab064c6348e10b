package vn.thidua.shared;

/**
 * Someone else saved the same record after the caller loaded it: the caller's change
 * is refused whole and the other person's change stays.
 */
public class ConcurrentEditException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConcurrentEditException(String what) {
        super("error.concurrentEdit", what);
    }
}
