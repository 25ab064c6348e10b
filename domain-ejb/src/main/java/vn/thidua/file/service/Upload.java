package vn.thidua.file.service;

import java.io.Serializable;
import java.util.Objects;

/** A file as the user sent it: the name they gave it and its bytes. */
public record Upload(String fileName, byte[] content) implements Serializable {

    public Upload {
        Objects.requireNonNull(fileName);
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
