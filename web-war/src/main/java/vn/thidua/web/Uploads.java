package vn.thidua.web;

import org.primefaces.model.file.UploadedFile;

import vn.thidua.file.service.Upload;

/**
 * Hands a file chosen on a page to the services as its stream: the bytes stay where the
 * server's multipart handling put them (memory or a temporary file) until
 * {@code FileService.store} reads them once. ({@code UploadedFile.getContent()} would copy
 * them into an array first, and keep it.)
 */
public final class Uploads {

    private Uploads() {
    }

    /** The chosen file, or null when none was chosen. */
    public static Upload of(UploadedFile file) {
        if (file == null || file.getSize() == 0) {
            return null;
        }
        return new Upload(file.getFileName(), file.getSize(), file::getInputStream);
    }
}
