package vn.thidua.file.service;

import vn.thidua.shared.BusinessException;

/**
 * A PDF that had to carry a valid signature was refused; {@link #check()} says which check
 * failed. The message names the file; nothing of it is stored (the transaction rolls back).
 */
public class SignatureRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final SignatureCheck check;

    public SignatureRefusedException(SignatureCheck check, String fileName) {
        super(check.messageKey(), fileName);
        this.check = check;
    }

    public SignatureCheck check() {
        return check;
    }
}
