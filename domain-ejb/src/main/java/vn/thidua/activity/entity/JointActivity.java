package vn.thidua.activity.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.thidua.bloc.entity.Bloc;
import vn.thidua.file.entity.StoredFile;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.unit.entity.Unit;

/** A joint activity of a bloc in one year. */
@Entity
@Table(name = "joint_activity")
@NamedQuery(name = JointActivity.ROWS_OF_YEAR, query = "SELECT a.id, a.title, a.description, a.beneficiary,"
        + " a.place, a.totalValue, a.status, a.commonModel, c.id, c.year FROM JointActivity a LEFT JOIN a.copiedFrom c"
        + " WHERE a.bloc.id = :bloc AND a.year = :year ORDER BY a.id")
@NamedQuery(name = JointActivity.FILES_OF_YEAR, query = "SELECT a.id, f.id, f.fileName, f.contentType"
        + " FROM JointActivity a JOIN a.files f WHERE a.bloc.id = :bloc AND a.year = :year ORDER BY f.id")
@NamedQuery(name = JointActivity.HAS_FILE, query = "SELECT COUNT(a) FROM JointActivity a JOIN a.files f"
        + " WHERE a.id = :activity AND f.id = :file")
public class JointActivity implements Serializable {

    /**
     * The activities of {@code bloc} in {@code year}, in the order they were recorded, as rows:
     * id, title, description, beneficiary, place, total value, status, common model, and the
     * id and year of the activity it was copied from (null when none).
     */
    public static final String ROWS_OF_YEAR = "JointActivity.rowsOfYear";
    /** The evidence files of the same activities, as rows: activity id, file id, file name, content type. */
    public static final String FILES_OF_YEAR = "JointActivity.filesOfYear";
    /** Whether {@code file} is an evidence file of {@code activity} (a count). */
    public static final String HAS_FILE = "JointActivity.hasFile";

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "bloc_id", nullable = false)
    private Bloc bloc;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 4000)
    private String description;

    @Column(length = 300)
    private String beneficiary;

    @Column(length = 300)
    private String place;

    @Column(name = "total_value", nullable = false)
    private long totalValue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ActivityStatus status = ActivityStatus.PROPOSED;

    @Column(name = "common_model", nullable = false)
    private boolean commonModel;

    @ManyToOne
    @JoinColumn(name = "copied_from_id")
    private JointActivity copiedFrom;

    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Contribution> contributions = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "activity_file", joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "file_id"))
    private List<StoredFile> files = new ArrayList<>();

    @Version
    private int version;

    protected JointActivity() {
    }

    public JointActivity(Bloc bloc, int year) {
        this.bloc = Objects.requireNonNull(bloc);
        this.year = year;
    }

    public void describe(String title, String description, String beneficiary, String place, long totalValue) {
        if (totalValue < 0) {
            throw new InvalidInputException("error.activity.negativeValue");
        }
        this.title = Objects.requireNonNull(title);
        this.description = description;
        this.beneficiary = beneficiary;
        this.place = place;
        this.totalValue = totalValue;
    }

    /** Sets what each unit gives; the contributions may not add up to more than the total value. */
    public void contributions(Map<Unit, Long> amounts) {
        long sum = 0;
        for (Long amount : amounts.values()) {
            if (amount == null || amount < 0) {
                throw new InvalidInputException("error.activity.negativeValue");
            }
            // each amount is compared before it is added: huge amounts must not wrap around to a small sum
            if (amount > totalValue - sum) {
                throw new InvalidInputException("error.activity.contributionsExceed");
            }
            sum += amount;
        }
        if (sum > totalValue) {
            throw new InvalidInputException("error.activity.contributionsExceed");
        }
        // a unit's row is kept and its amount changed: clearing the list and adding new rows inserted
        // them before deleting the old, against the unique (activity, unit), and saving an activity
        // again with its contributions failed
        contributions.removeIf(c -> amounts.getOrDefault(c.getUnit(), 0L) == 0L);
        List<Unit> kept = new ArrayList<>();
        for (Contribution c : contributions) {
            c.changeAmount(amounts.get(c.getUnit()));
            kept.add(c.getUnit());
        }
        amounts.forEach((unit, amount) -> {
            if (amount > 0 && !kept.contains(unit)) {
                contributions.add(new Contribution(this, unit, amount));
            }
        });
    }

    public void moveTo(ActivityStatus next) {
        if (next.ordinal() < status.ordinal()) {
            throw new InvalidInputException("error.activity.statusBack");
        }
        status = next;
    }

    /** Marks the activity as the bloc's common model and returns its copy for the next year's plan. */
    public JointActivity adoptAsCommonModel() {
        if (commonModel) {
            throw new InvalidInputException("error.activity.alreadyModel", title);
        }
        commonModel = true;
        JointActivity next = new JointActivity(bloc, year + 1);
        next.describe(title, description, beneficiary, place, totalValue);
        next.copiedFrom = this;
        return next;
    }

    public void attach(StoredFile file) {
        files.add(file);
    }

    public long contributed() {
        return contributions.stream().mapToLong(Contribution::getAmount).sum();
    }

    public Long getId() {
        return id;
    }

    public Bloc getBloc() {
        return bloc;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getBeneficiary() {
        return beneficiary;
    }

    public String getPlace() {
        return place;
    }

    public long getTotalValue() {
        return totalValue;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public boolean isCommonModel() {
        return commonModel;
    }

    public JointActivity getCopiedFrom() {
        return copiedFrom;
    }

    public List<Contribution> getContributions() {
        return List.copyOf(contributions);
    }

    public List<StoredFile> getFiles() {
        return List.copyOf(files);
    }

    public int getVersion() {
        return version;
    }
}
