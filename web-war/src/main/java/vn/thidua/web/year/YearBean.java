package vn.thidua.web.year;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import vn.thidua.activity.entity.ActivityStatus;
import vn.thidua.activity.entity.JointActivity;
import vn.thidua.activity.service.ActivityForm;
import vn.thidua.activity.service.ActivityService;
import vn.thidua.bloc.entity.Bloc;
import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.covenant.entity.CovenantStatus;
import vn.thidua.covenant.entity.CovenantVersion;
import vn.thidua.covenant.entity.Criterion;
import vn.thidua.covenant.entity.CriterionKind;
import vn.thidua.covenant.service.CovenantForm;
import vn.thidua.covenant.service.CovenantService;
import vn.thidua.covenant.service.MovementForm;
import vn.thidua.file.service.Upload;
import vn.thidua.meeting.entity.Meeting;
import vn.thidua.meeting.entity.MeetingKind;
import vn.thidua.meeting.service.MeetingForm;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.scoring.entity.Assessment;
import vn.thidua.scoring.service.ScoreForm;
import vn.thidua.scoring.service.ScoreTable;
import vn.thidua.scoring.service.ScoringService;
import vn.thidua.unit.entity.Unit;
import vn.thidua.web.Messages;

/**
 * /year/workspace.xhtml?bloc=…&amp;year=…: a bloc's emulation year in one place:
 * movement, covenant (draft, amend, sign), scores, joint activities and conferences.
 * What the caller may do follows from the data (leader or deputy of that year, the
 * unit they represent); the services check it again.
 */
@Named
@ViewScoped
public class YearBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BlocService blocs;

    @Inject
    private BlocAccess access;

    @Inject
    private CovenantService covenants;

    @Inject
    private ScoringService scoring;

    @Inject
    private ActivityService activityService;

    @Inject
    private MeetingService meetingService;

    private Long blocId;
    private Integer year;

    private Bloc bloc;
    private Unit myUnit;
    private boolean leader;
    private List<Unit> members;

    private MovementForm movement;
    private boolean movementLaunched;
    private List<CovenantVersion> versions;
    private CovenantForm covenantForm;

    private Map<Long, BigDecimal> points = new HashMap<>();
    private Map<Long, String> evidence = new HashMap<>();
    private transient UploadedFile evidenceFile;
    private Long evidenceCriterionId;
    private List<Assessment> assessments;
    private List<ScoreTable.Row> ranking;
    private Map<Long, BigDecimal> adjusted = new HashMap<>();
    private Map<Long, String> reasons = new HashMap<>();
    private Long awardCriterionId;
    private Long awardUnitId;
    private BigDecimal awardPoints;
    private String awardReason;

    private List<JointActivity> activities;
    private ActivityForm activityForm;
    private transient UploadedFile activityFile;
    private List<Meeting> meetings;
    private MeetingForm meetingForm;

    /** The tab shown after a full-page submit (uploads), so the user stays where they were. */
    private int tab;

    /** f:viewAction: loads everything the caller may see. */
    public void load() {
        if (blocId == null || year == null) {
            throw new vn.thidua.shared.NotFoundException("Bloc", blocId);
        }
        access.requireReadAccess(blocId, year);
        bloc = blocs.blocOf(blocId);
        members = blocs.memberUnits(blocId, year);
        myUnit = access.callerMemberUnit(blocId, year).orElse(null);
        leader = access.callerLeads(blocId, year);
        refresh();
        newCovenantForm();
        newActivityForm();
        newMeetingForm();
    }

    private void refresh() {
        Optional<vn.thidua.covenant.entity.Movement> launched = covenants.movement(blocId, year);
        movementLaunched = launched.isPresent();
        movement = new MovementForm();
        movement.setBlocId(blocId);
        movement.setYear(year);
        launched.ifPresentOrElse(m -> {
            movement.setTitle(m.getTitle());
            movement.setContent(m.getContent());
            movement.setTargets(m.getTargets());
            movement.setLaunchDate(m.getLaunchDate());
        }, () -> movement.setLaunchDate(LocalDate.now()));
        versions = covenants.versions(blocId, year);
        assessments = scoring.assessments(blocId, year);
        ranking = scoring.ranking(blocId, year);
        activities = activityService.activities(blocId, year);
        meetings = meetingService.meetings(blocId, year);
        if (myUnit != null) {
            for (Assessment a : assessments) {
                if (a.getUnit().getId().equals(myUnit.getId()) && a.getSelfPoints() != null) {
                    points.put(a.getCriterion().getId(), a.getSelfPoints());
                    evidence.put(a.getCriterion().getId(), a.getEvidence());
                }
            }
        }
    }

    // ---- movement and covenant ----

    public void launchMovement() {
        covenants.launchMovement(movement);
        Messages.info("year.movement.saved");
        refresh();
    }

    public void newCovenantForm() {
        covenantForm = new CovenantForm();
        covenantForm.setBlocId(blocId);
        covenantForm.setYear(year);
        CovenantVersion latest = getLatest();
        if (latest != null) {
            covenantForm.setContent(latest.getContent());
            covenantForm.setTargets(latest.getTargets());
            for (Criterion c : latest.getCriteria()) {
                covenantForm.addItem(c.getKind(), c.getTitle(), c.getMaxPoints(), c.isEvidenceRequired());
            }
        } else {
            covenantForm.addItem(CriterionKind.CRITERION, null, null, false);
        }
    }

    public void addItem() {
        covenantForm.addItem(CriterionKind.CRITERION, null, null, false);
    }

    public void removeItem(CovenantForm.Item item) {
        covenantForm.getItems().remove(item);
    }

    /** Drafts the covenant, or amends it when it already has signatures. */
    public void saveCovenant() {
        CovenantVersion latest = getLatest();
        if (latest != null && !latest.getSignatures().isEmpty()) {
            covenants.amendCovenant(covenantForm);
            Messages.info("year.covenant.amended");
        } else {
            covenants.draftCovenant(covenantForm);
            Messages.info("year.covenant.saved");
        }
        refresh();
        newCovenantForm();
    }

    public void sign(Long versionId) {
        covenants.signCovenant(versionId, myUnit == null ? null : myUnit.getId());
        Messages.info("year.covenant.signed", myUnit.getName());
        refresh();
    }

    public CovenantVersion getLatest() {
        return versions == null || versions.isEmpty() ? null : versions.get(0);
    }

    public CovenantVersion getInForce() {
        return versions.stream().filter(v -> v.getStatus() == CovenantStatus.IN_FORCE).findFirst().orElse(null);
    }

    public boolean canSign(CovenantVersion v) {
        return myUnit != null && v.getStatus() != CovenantStatus.SUPERSEDED && !v.hasSigned(myUnit);
    }

    public boolean isAmending() {
        CovenantVersion latest = getLatest();
        return latest != null && !latest.getSignatures().isEmpty();
    }

    public List<Unit> unsigned(CovenantVersion v) {
        return members.stream().filter(u -> !v.hasSigned(u)).toList();
    }

    // ---- scoring ----

    public void score(Long criterionId) {
        ScoreForm form = new ScoreForm();
        form.setCriterionId(criterionId);
        form.setUnitId(myUnit == null ? null : myUnit.getId());
        form.setPoints(points.get(criterionId));
        form.setEvidence(evidence.get(criterionId));
        if (evidenceFile != null && evidenceFile.getSize() > 0 && criterionId.equals(evidenceCriterionId)) {
            form.setFiles(List.of(new Upload(evidenceFile.getFileName(), evidenceFile.getContent())));
        }
        tab = 2;
        scoring.scoreCriterion(form);
        evidenceFile = null;
        Messages.info("year.score.saved");
        refresh();
    }

    public void review(Long assessmentId) {
        scoring.reviewScore(assessmentId, adjusted.get(assessmentId), reasons.get(assessmentId));
        Messages.info("year.score.reviewed");
        refresh();
    }

    public void award() {
        scoring.awardItem(awardCriterionId, awardUnitId, awardPoints, awardReason);
        Messages.info("year.score.awarded");
        awardPoints = null;
        awardReason = null;
        refresh();
    }

    public Assessment mine(Long criterionId) {
        return myUnit == null ? null : assessments.stream()
                .filter(a -> a.getCriterion().getId().equals(criterionId) && a.getUnit().getId().equals(myUnit.getId()))
                .findFirst().orElse(null);
    }

    public List<Criterion> getLeaderItems() {
        CovenantVersion v = getInForce();
        return v == null ? List.of() : v.getCriteria().stream().filter(c -> c.getKind() != CriterionKind.CRITERION).toList();
    }

    public List<Criterion> getSelfItems() {
        CovenantVersion v = getInForce();
        return v == null ? List.of() : v.getCriteria().stream().filter(c -> c.getKind() == CriterionKind.CRITERION).toList();
    }

    /** An evidence file of a score (the service checks access and the content's hash). */
    public StreamedContent scoreFile(Long assessmentId, vn.thidua.file.entity.StoredFile file) {
        return download(file, () -> scoring.evidenceFile(assessmentId, file.getId()));
    }

    /** An evidence file of a joint activity. */
    public StreamedContent activityFile(Long activityId, vn.thidua.file.entity.StoredFile file) {
        return download(file, () -> activityService.evidenceFile(activityId, file.getId()));
    }

    private static StreamedContent download(vn.thidua.file.entity.StoredFile file,
                                            java.util.function.Supplier<byte[]> content) {
        return DefaultStreamedContent.builder().name(file.getFileName()).contentType(file.getContentType())
                .stream(() -> new ByteArrayInputStream(content.get())).build();
    }

    public StreamedContent getRankingXlsx() {
        return DefaultStreamedContent.builder()
                .name("xep-hang-" + bloc.getCode() + "-" + year + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(scoring.exportRanking(blocId, year)))
                .build();
    }

    // ---- joint activities ----

    public void newActivityForm() {
        activityForm = new ActivityForm();
        activityForm.setBlocId(blocId);
        activityForm.setYear(year);
        members.forEach(u -> activityForm.getContributions().put(u.getId(), 0L));
    }

    public void saveActivity() {
        List<Upload> evidence = activityFile == null || activityFile.getSize() == 0 ? List.of()
                : List.of(new Upload(activityFile.getFileName(), activityFile.getContent()));
        tab = 3;
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

    /** 12.000.000 ₫: the Vietnamese way of writing an amount. */
    public String vnd(long amount) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(amount) + " ₫";
    }

    public ActivityStatus[] getStatuses() {
        return ActivityStatus.values();
    }

    // ---- meetings ----

    public void newMeetingForm() {
        meetingForm = new MeetingForm();
        meetingForm.setBlocId(blocId);
        meetingForm.setYear(year);
        meetingForm.setHeldOn(LocalDate.of(year, 12, 1));
        members.forEach(u -> meetingForm.addAttendee(u.getId(), "Đại diện " + u.getShortName(), null));
        meetingForm.addAttendee(null, null, null);
    }

    public void saveMeeting() {
        MeetingForm form = meetingForm;
        form.setAttendees(new ArrayList<>(form.getAttendees().stream()
                .filter(p -> p.getName() != null && !p.getName().isBlank()).toList()));
        meetingService.saveMeeting(form);
        Messages.info("year.meeting.saved");
        newMeetingForm();
        refresh();
    }

    public StreamedContent minutes(Long meetingId) {
        return DefaultStreamedContent.builder()
                .name("bien-ban-" + meetingId + ".pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(meetingService.minutesPdf(meetingId)))
                .build();
    }

    public MeetingKind[] getMeetingKinds() {
        return MeetingKind.values();
    }

    // ---- getters and setters ----

    public Long getBlocId() {
        return blocId;
    }

    public void setBlocId(Long blocId) {
        this.blocId = blocId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Bloc getBloc() {
        return bloc;
    }

    public Unit getMyUnit() {
        return myUnit;
    }

    public boolean isLeader() {
        return leader;
    }

    public List<Unit> getMembers() {
        return members;
    }

    public MovementForm getMovement() {
        return movement;
    }

    public boolean isMovementLaunched() {
        return movementLaunched;
    }

    public List<CovenantVersion> getVersions() {
        return versions;
    }

    public CovenantForm getCovenantForm() {
        return covenantForm;
    }

    public CriterionKind[] getCriterionKinds() {
        return CriterionKind.values();
    }

    public Map<Long, BigDecimal> getPoints() {
        return points;
    }

    public Map<Long, String> getEvidence() {
        return evidence;
    }

    public UploadedFile getEvidenceFile() {
        return evidenceFile;
    }

    public void setEvidenceFile(UploadedFile evidenceFile) {
        this.evidenceFile = evidenceFile;
    }

    public Long getEvidenceCriterionId() {
        return evidenceCriterionId;
    }

    public void setEvidenceCriterionId(Long evidenceCriterionId) {
        this.evidenceCriterionId = evidenceCriterionId;
    }

    public List<Assessment> getAssessments() {
        return assessments;
    }

    public List<ScoreTable.Row> getRanking() {
        return ranking;
    }

    public Map<Long, BigDecimal> getAdjusted() {
        return adjusted;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Long getAwardCriterionId() {
        return awardCriterionId;
    }

    public void setAwardCriterionId(Long awardCriterionId) {
        this.awardCriterionId = awardCriterionId;
    }

    public Long getAwardUnitId() {
        return awardUnitId;
    }

    public void setAwardUnitId(Long awardUnitId) {
        this.awardUnitId = awardUnitId;
    }

    public BigDecimal getAwardPoints() {
        return awardPoints;
    }

    public void setAwardPoints(BigDecimal awardPoints) {
        this.awardPoints = awardPoints;
    }

    public String getAwardReason() {
        return awardReason;
    }

    public void setAwardReason(String awardReason) {
        this.awardReason = awardReason;
    }

    public List<JointActivity> getActivities() {
        return activities;
    }

    public ActivityForm getActivityForm() {
        return activityForm;
    }

    public int getTab() {
        return tab;
    }

    public void setTab(int tab) {
        this.tab = tab;
    }

    public UploadedFile getActivityFile() {
        return activityFile;
    }

    public void setActivityFile(UploadedFile activityFile) {
        this.activityFile = activityFile;
    }

    public List<Meeting> getMeetings() {
        return meetings;
    }

    public MeetingForm getMeetingForm() {
        return meetingForm;
    }
}
