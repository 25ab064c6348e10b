package vn.thidua.proposal.service;

import java.io.Serializable;

import vn.thidua.proposal.entity.DocumentKind;

/**
 * A document of a proposal's dossier as its page lists it: the kind, the nominee of an
 * achievement report, the stored file's name and type (not its content).
 */
public record DocumentView(Long id, DocumentKind kind, Long unitId, String unitName, Long fileId, String fileName,
                           String contentType) implements Serializable {

    public Long getId() {
        return id;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }
}
