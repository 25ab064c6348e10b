package vn.thidua.activity.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.activity.entity.ActivityStatus;
import vn.thidua.activity.entity.JointActivity;
import vn.thidua.audit.service.AuditService;
import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.file.service.FileService;
import vn.thidua.file.service.Upload;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Roles;
import vn.thidua.unit.entity.Unit;

/** Joint activities: the leader (or deputy) keeps them; Board and members read them. */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class ActivityService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BlocService blocs;

    @Inject
    private BlocAccess access;

    @Inject
    private FileService files;

    @Inject
    private AuditService audit;

    public List<JointActivity> activities(@NotNull Long blocId, int year) {
        requireReader(blocId, year);
        return em.createQuery("SELECT a FROM JointActivity a WHERE a.bloc.id = :bloc AND a.year = :year ORDER BY a.id",
                JointActivity.class).setParameter("bloc", blocId).setParameter("year", year).getResultList();
    }

    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public JointActivity saveActivity(@NotNull @Valid ActivityForm form, List<Upload> evidence) {
        requireKeeper(form.getBlocId(), form.getYear());
        JointActivity activity = form.getId() == null ? new JointActivity(blocs.blocOf(form.getBlocId()), form.getYear())
                : activity(form.getId());
        if (!activity.getBloc().getId().equals(form.getBlocId()) || activity.getYear() != form.getYear()) {
            throw new AccessDeniedException();
        }
        activity.describe(form.getTitle().trim(), form.getDescription(), form.getBeneficiary(), form.getPlace(),
                form.getTotalValue());
        Map<Unit, Long> amounts = new LinkedHashMap<>();
        List<Unit> members = blocs.memberUnits(form.getBlocId(), form.getYear());
        form.getContributions().forEach((unitId, amount) -> amounts.put(members.stream()
                .filter(u -> u.getId().equals(unitId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("error.covenant.notMember")), amount == null ? 0L : amount));
        activity.contributions(amounts);
        if (activity.getId() == null) {
            em.persist(activity);
        }
        em.flush();
        for (Upload upload : evidence == null ? List.<Upload>of() : evidence) {
            activity.attach(files.store(upload));
        }
        em.flush();
        audit.record("JointActivity", activity.getId(), form.getId() == null ? "CREATE" : "UPDATE",
                activity.getTitle() + " | " + activity.getTotalValue() + " VND | contributed " + activity.contributed());
        return activity;
    }

    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public JointActivity changeStatus(@NotNull Long activityId, @NotNull ActivityStatus status) {
        JointActivity activity = activity(activityId);
        requireKeeper(activity.getBloc().getId(), activity.getYear());
        ActivityStatus before = activity.getStatus();
        activity.moveTo(status);
        em.flush();
        audit.record("JointActivity", activity.getId(), "STATUS", before + " → " + status);
        return activity;
    }

    /** Marks an activity as the bloc's common model; its copy enters next year's plan (returned). */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public JointActivity adoptAsCommonModel(@NotNull Long activityId) {
        JointActivity activity = activity(activityId);
        requireKeeper(activity.getBloc().getId(), activity.getYear());
        JointActivity next = activity.adoptAsCommonModel();
        em.persist(next);
        em.flush();
        audit.record("JointActivity", activity.getId(), "COMMON_MODEL", activity.getTitle() + " → " + next.getYear());
        audit.record("JointActivity", next.getId(), "CREATE", "copied from " + activity.getId() + " | " + next.getTitle());
        return next;
    }

    /** An evidence file of an activity, for whoever may read the bloc's year; its hash is checked. */
    public byte[] evidenceFile(@NotNull Long activityId, @NotNull Long fileId) {
        JointActivity activity = activity(activityId);
        if (activity.getFiles().stream().noneMatch(f -> f.getId().equals(fileId))) {
            throw new NotFoundException("StoredFile", fileId);
        }
        requireReader(activity.getBloc().getId(), activity.getYear());
        return files.content(fileId);
    }

    private JointActivity activity(Long id) {
        JointActivity activity = em.find(JointActivity.class, id);
        if (activity == null) {
            throw new NotFoundException("JointActivity", id);
        }
        return activity;
    }

    private void requireKeeper(Long blocId, int year) {
        access.requireKeeper(blocId, year);
    }

    private void requireReader(Long blocId, int year) {
        access.requireReadAccess(blocId, year);
    }
}
