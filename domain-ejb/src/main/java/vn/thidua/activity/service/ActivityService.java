package vn.thidua.activity.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.HashMap;
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

    /** The joint activities of a bloc's year, in the order they were recorded, with their evidence files. */
    public List<ActivityView> activities(@NotNull Long blocId, int year) {
        requireReader(blocId, year);
        Map<Long, List<ActivityView.Evidence>> files = new HashMap<>();
        for (Object[] r : rows(JointActivity.FILES_OF_YEAR, blocId, year)) {
            files.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(new ActivityView.Evidence((Long) r[1], (String) r[2], (String) r[3]));
        }
        List<ActivityView> views = new ArrayList<>();
        for (Object[] r : rows(JointActivity.ROWS_OF_YEAR, blocId, year)) {
            views.add(new ActivityView((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (Long) r[5], (ActivityStatus) r[6], (Boolean) r[7], (Long) r[8], (Integer) r[9],
                    files.getOrDefault((Long) r[0], List.of())));
        }
        return views;
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
        if (em.createNamedQuery(JointActivity.HAS_FILE, Long.class).setParameter("activity", activityId)
                .setParameter("file", fileId).getSingleResult() == 0) {
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

    private List<Object[]> rows(String query, Long blocId, int year) {
        return em.createNamedQuery(query, Object[].class).setParameter("bloc", blocId).setParameter("year", year)
                .getResultList();
    }

    private void requireKeeper(Long blocId, int year) {
        access.requireKeeper(blocId, year);
    }

    private void requireReader(Long blocId, int year) {
        access.requireReadAccess(blocId, year);
    }
}
