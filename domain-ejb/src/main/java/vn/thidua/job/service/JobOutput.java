package vn.thidua.job.service;

import java.util.Objects;

/** What a finished job offers for download: file name, content type and content. */
public record JobOutput(String fileName, String contentType, byte[] content) {

    public JobOutput {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(contentType);
        Objects.requireNonNull(content);
    }
}
