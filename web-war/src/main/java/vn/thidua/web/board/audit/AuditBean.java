package vn.thidua.web.board.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import vn.thidua.audit.service.AuditFilter;
import vn.thidua.audit.service.AuditRow;
import vn.thidua.audit.service.AuditService;
import vn.thidua.web.PagedModel;
import vn.thidua.web.text.AuditText;

/** /board/audit/list.xhtml: the audit trail, newest first, filtered and paged. */
@Named
@ViewScoped
public class AuditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditService audit;

    private String actor;
    private String entityType;
    private String action;
    private String text;
    private LocalDate from;
    private LocalDate to;
    private PagedModel<AuditRow> model;

    @PostConstruct
    void init() {
        AuditService service = audit;
        model = new PagedModel<>(page -> service.search(new AuditFilter(actor, entityType, action, text, from, to), page));
    }

    public PagedModel<AuditRow> getModel() {
        return model;
    }

    /** The kinds of record a person can filter by (codes; the page shows their names). */
    public List<String> getEntityTypes() {
        return AuditText.entityTypes();
    }

    /** The actions a person can filter by (codes; the page shows their names). */
    public List<String> getActions() {
        return AuditText.actions();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
