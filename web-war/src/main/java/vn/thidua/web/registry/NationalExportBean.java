package vn.thidua.web.registry;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import org.primefaces.PrimeFaces;
import org.primefaces.model.StreamedContent;

import vn.thidua.job.service.JobService;
import vn.thidua.registry.service.RegistryService;
import vn.thidua.unit.service.ProvinceOption;
import vn.thidua.unit.service.UnitService;
import vn.thidua.web.JobFollower;
import vn.thidua.web.Messages;

/**
 * /registry/search.xhtml, the Board's part: the national export's .xlsx of a province's year,
 * made in the background while the page shows its progress, then offered for download.
 */
@Named
@ViewScoped
public class NationalExportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegistryService registry;

    @Inject
    private JobService jobs;

    @Inject
    private UnitService units;

    private String province;
    private Integer year = LocalDate.now().getYear() - 1;
    private List<ProvinceOption> provinces;
    private final JobFollower job = new JobFollower();
    private boolean announced;

    /** Starts the export; the page polls {@link #refresh} (started by the button) until it is done. */
    public void start() {
        announced = false;
        job.follow(registry.startNationalExport(province, year == null ? 0 : year), jobs);
    }

    /** The poll: reads the job's progress; says so once it is done or failed. */
    public void refresh() {
        job.refresh(jobs);
        if (job.isRunning()) {
            return;
        }
        PrimeFaces.current().executeScript("PF('exportPoll').stop();");
        if (job.isFollowing() && !announced) {
            announced = true;
            if (job.isDone()) {
                Messages.info("registry.national.done");
            } else {
                Messages.error("job.failed", job.getErrorText());
            }
        }
    }

    public StreamedContent getDownload() {
        return job.download(jobs);
    }

    public JobFollower getJob() {
        return job;
    }

    public List<ProvinceOption> getProvinces() {
        if (provinces == null) {
            provinces = units.provinces();
            if (province == null && !provinces.isEmpty()) {
                province = provinces.get(0).code();
            }
        }
        return provinces;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
