package vn.thidua.unit.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

import vn.thidua.shared.StorableInput;

/**
 * The fields a Board specialist fills in to create a unit, correct it, rename it or
 * merge units into it. A JavaBean so that a form can bind to it.
 */
@StorableInput
public class UnitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private int version;

    @NotNull(message = "{unit.province.required}")
    private Long provinceId;

    @NotBlank(message = "{unit.code.required}")
    @Size(max = 30, message = "{unit.code.size}")
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{unit.code.pattern}")
    private String code;

    @NotBlank(message = "{unit.name.required}")
    @Size(max = 300, message = "{unit.name.size}")
    private String name;

    @NotBlank(message = "{unit.shortName.required}")
    @Size(max = 100, message = "{unit.shortName.size}")
    private String shortName;

    private Long parentId;

    @NotNull(message = "{unit.validFrom.required}")
    private LocalDate validFrom;

    // the unit's document convention (header lines, symbol, signer), optional
    @Size(max = 200, message = "{unit.document.size}")
    private String headerParent;

    @Size(max = 200, message = "{unit.document.size}")
    private String headerIssuer;

    @Size(max = 200, message = "{unit.document.size}")
    private String headerTitle;

    @Size(max = 200, message = "{unit.document.size}")
    private String headerMotto;

    @Size(max = 30, message = "{unit.document.size}")
    private String docSymbol;

    @Size(max = 100, message = "{unit.document.size}")
    private String signerAuthority;

    @Size(max = 100, message = "{unit.document.size}")
    private String signerTitle;

    @Size(max = 100, message = "{unit.document.size}")
    private String signerName;

    // where the unit's reminders are e-mailed (issue 15, item 6), optional
    @Size(max = 200, message = "{unit.contactEmail.size}")
    @Email(message = "{unit.contactEmail.invalid}")
    private String contactEmail;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public void setProvinceId(Long provinceId) {
        this.provinceId = provinceId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.trim();
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName == null ? null : shortName.trim();
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public String getHeaderParent() {
        return headerParent;
    }

    public void setHeaderParent(String headerParent) {
        this.headerParent = headerParent;
    }

    public String getHeaderIssuer() {
        return headerIssuer;
    }

    public void setHeaderIssuer(String headerIssuer) {
        this.headerIssuer = headerIssuer;
    }

    public String getHeaderTitle() {
        return headerTitle;
    }

    public void setHeaderTitle(String headerTitle) {
        this.headerTitle = headerTitle;
    }

    public String getHeaderMotto() {
        return headerMotto;
    }

    public void setHeaderMotto(String headerMotto) {
        this.headerMotto = headerMotto;
    }

    public String getDocSymbol() {
        return docSymbol;
    }

    public void setDocSymbol(String docSymbol) {
        this.docSymbol = docSymbol;
    }

    public String getSignerAuthority() {
        return signerAuthority;
    }

    public void setSignerAuthority(String signerAuthority) {
        this.signerAuthority = signerAuthority;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public void setSignerTitle(String signerTitle) {
        this.signerTitle = signerTitle;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = signerName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail == null || contactEmail.isBlank() ? null : contactEmail.trim();
    }
}
