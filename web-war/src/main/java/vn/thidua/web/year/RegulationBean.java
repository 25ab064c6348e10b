package vn.thidua.web.year;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import vn.thidua.document.service.DocumentFormat;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.meeting.service.MeetingView;
import vn.thidua.regulation.service.RegulationForm;
import vn.thidua.regulation.service.RegulationService;
import vn.thidua.regulation.service.RegulationView;
import vn.thidua.web.Messages;

/**
 * /year/regulation.xhtml?bloc=…&amp;year=…: the bloc's regulation (quy chế hoạt động): the
 * version in force, every version up to the year with its articles, the leader's draft
 * (a title and ordered articles) and its adoption at a held conference of the year.
 */
@Named
@ViewScoped
public class RegulationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private YearContext year;

    @Inject
    private RegulationService regulations;

    @Inject
    private MeetingService meetings;

    private List<RegulationView> versions;
    private RegulationView inForce;
    private List<MeetingView> conferences;
    private RegulationForm form;
    private Long adoptVersionId;
    private Long adoptMeetingId;

    /** f:viewAction: the year's header, then the versions and, for the leader, the conferences and a new draft. */
    public void load() {
        year.load();
        refresh();
        newForm();
    }

    private void refresh() {
        versions = regulations.versions(year.getBlocId(), year.getYear());
        inForce = regulations.inForce(year.getBlocId(), year.getYear()).orElse(null);
        conferences = year.isLeader() || year.isBoard() ? meetings.meetings(year.getBlocId(), year.getYear()) : List.of();
        List<RegulationView> drafts = getDrafts();
        adoptVersionId = drafts.isEmpty() ? null : drafts.get(0).id();
    }

    /** A new version starts from the latest version's text, or from one empty article. */
    public void newForm() {
        form = new RegulationForm();
        form.setBlocId(year.getBlocId());
        form.setYear(year.getYear());
        RegulationView latest = versions.isEmpty() ? null : versions.get(0);
        if (latest != null) {
            form.setTitle(latest.title());
            latest.articles().forEach(a -> form.addArticle(a.heading(), a.text()));
        } else {
            form.addArticle(null, null);
        }
    }

    /** Loads a draft of this year into the form, to change it. */
    public void edit(Long versionId) {
        RegulationView draft = versions.stream().filter(v -> v.id().equals(versionId) && v.isDraft()).findFirst()
                .orElseThrow(() -> new vn.thidua.shared.NotFoundException("RegulationVersion", versionId));
        form = new RegulationForm();
        form.setId(draft.id());
        form.setBlocId(year.getBlocId());
        form.setYear(draft.year());
        form.setTitle(draft.title());
        draft.articles().forEach(a -> form.addArticle(a.heading(), a.text()));
    }

    public void addArticle() {
        form.addArticle(null, null);
    }

    public void removeArticle(RegulationForm.Article article) {
        form.getArticles().remove(article);
    }

    public void save() {
        regulations.draftRegulation(form);
        Messages.info("year.regulation.saved");
        refresh();
        newForm();
    }

    public void adopt() {
        RegulationView adopted = regulations.adoptRegulation(adoptVersionId, adoptMeetingId);
        Messages.info("year.regulation.adoptedMessage", adopted.number(), adopted.sign());
        refresh();
        newForm();
    }

    /** A version as an official document (Decree 30 layout), PDF or Word. */
    public StreamedContent document(Long versionId, String format) {
        DocumentFormat f = DocumentFormat.valueOf(format);
        return DefaultStreamedContent.builder().name("quy-che-hoat-dong-" + versionId + "." + f.extension())
                .contentType(f.contentType())
                .stream(() -> new ByteArrayInputStream(regulations.regulationDocument(versionId, f))).build();
    }

    public List<RegulationView> getDrafts() {
        return versions.stream().filter(RegulationView::isDraft).toList();
    }

    public List<RegulationView> getVersions() {
        return versions;
    }

    public RegulationView getInForce() {
        return inForce;
    }

    public List<MeetingView> getConferences() {
        return conferences;
    }

    public RegulationForm getForm() {
        return form;
    }

    public Long getAdoptVersionId() {
        return adoptVersionId;
    }

    public void setAdoptVersionId(Long adoptVersionId) {
        this.adoptVersionId = adoptVersionId;
    }

    public Long getAdoptMeetingId() {
        return adoptMeetingId;
    }

    public void setAdoptMeetingId(Long adoptMeetingId) {
        this.adoptMeetingId = adoptMeetingId;
    }
}
