package vn.thidua.file.service;

import vn.thidua.shared.BusinessException;

/** A stored file's content no longer has the SHA-256 recorded when it was uploaded. */
public class FileTamperedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public FileTamperedException(String fileName) {
        super("error.file.tampered", fileName);
    }
}
