package vn.thidua.web.year;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import vn.thidua.activity.entity.ActivityStatus;
import vn.thidua.activity.entity.JointActivity;
import vn.thidua.activity.service.ActivityForm;
import vn.thidua.activity.service.ActivityService;
import vn.thidua.activity.service.ActivityView;
import vn.thidua.file.service.Upload;
import vn.thidua.web.Messages;
import vn.thidua.web.Uploads;

/**
 * /year/activities.xhtml?bloc=…&amp;year=…: the bloc's joint activities of the year with
 * their evidence; the leader records them with each member's contribution, moves them on
 * and adopts one as the common model for the next year.
 */
@Named
@ViewScoped
public class ActivitiesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private YearContext year;

    @Inject
    private ActivityService activityService;

    private List<ActivityView> activities;
    private ActivityForm activityForm;
    private transient UploadedFile activityFile;

    /** f:viewAction: the year's header, then the activities. */
    public void load() {
        year.load();
        refresh();
        newActivityForm();
    }

    private void refresh() {
        activities = activityService.activities(year.getBlocId(), year.getYear());
    }

    /** An empty activity with a zero contribution line per member. */
    public void newActivityForm() {
        activityForm = new ActivityForm();
        activityForm.setBlocId(year.getBlocId());
        activityForm.setYear(year.getYear());
        year.getMembers().forEach(u -> activityForm.getContributions().put(u.unitId(), 0L));
    }

    public void saveActivity() {
        Upload file = Uploads.of(activityFile);
        List<Upload> evidence = file == null ? List.of() : List.of(file);
        activityService.saveActivity(activityForm, evidence);
        activityFile = null;
        Messages.info("year.activity.saved");
        newActivityForm();
        refresh();
    }

    public void advance(Long activityId, ActivityStatus status) {
        activityService.changeStatus(activityId, status);
        refresh();
    }

    public void adopt(Long activityId) {
        JointActivity copy = activityService.adoptAsCommonModel(activityId);
        Messages.info("year.activity.adopted", copy.getYear());
        refresh();
    }

    /** An evidence file of an activity (the service checks access and the content's hash). */
    public StreamedContent activityFile(Long activityId, ActivityView.Evidence file) {
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.contentType())
                .stream(() -> new ByteArrayInputStream(activityService.evidenceFile(activityId, file.id()))).build();
    }

    /** 12.000.000 ₫: the Vietnamese way of writing an amount. */
    public String vnd(long amount) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(amount) + " ₫";
    }

    public ActivityStatus[] getStatuses() {
        return ActivityStatus.values();
    }

    public List<ActivityView> getActivities() {
        return activities;
    }

    public ActivityForm getActivityForm() {
        return activityForm;
    }

    public UploadedFile getActivityFile() {
        return activityFile;
    }

    public void setActivityFile(UploadedFile activityFile) {
        this.activityFile = activityFile;
    }
}
