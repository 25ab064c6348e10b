package vn.thidua.ballot.service;

import vn.thidua.shared.BusinessException;

/** The unit has already cast its one ballot (from this device or another). */
public class AlreadyVotedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AlreadyVotedException(String unitName) {
        super("error.ballot.alreadyVoted", unitName);
    }
}
