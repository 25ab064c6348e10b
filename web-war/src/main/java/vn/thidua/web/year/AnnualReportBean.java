package vn.thidua.web.year;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import vn.thidua.document.service.DocumentFormat;
import vn.thidua.regulation.service.AnnualReportForm;
import vn.thidua.regulation.service.AnnualReportService;
import vn.thidua.regulation.service.AnnualReportView;
import vn.thidua.web.Messages;

/**
 * /year/report.xhtml?bloc=…&amp;year=…: the bloc's annual report of the year (báo cáo tổng
 * kết): generated from the year's data, its five sections edited by the leader, issued with
 * a number after a confirmation, then read-only; PDF and Word.
 */
@Named
@ViewScoped
public class AnnualReportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private YearContext year;

    @Inject
    private AnnualReportService reports;

    private AnnualReportView report;
    private AnnualReportForm form;

    /** f:viewAction: the year's header, then the report if there is one. */
    public void load() {
        year.load();
        refresh(reports.report(year.getBlocId(), year.getYear()).orElse(null));
    }

    private void refresh(AnnualReportView view) {
        report = view;
        form = new AnnualReportForm();
        form.setBlocId(year.getBlocId());
        form.setYear(year.getYear());
        form.setSections(view == null ? new ArrayList<>() : new ArrayList<>(view.sections()));
    }

    public void generate() {
        refresh(reports.generateReport(year.getBlocId(), year.getYear()));
        Messages.info("year.report.generated");
    }

    public void save() {
        refresh(reports.saveReport(form));
        Messages.info("year.report.saved");
    }

    public void issue() {
        refresh(reports.issueReport(year.getBlocId(), year.getYear()));
        Messages.info("year.report.issuedMessage", report.sign());
    }

    /** The report as an official document (Decree 30 layout), PDF or Word. */
    public StreamedContent document(String format) {
        DocumentFormat f = DocumentFormat.valueOf(format);
        Long blocId = year.getBlocId();
        int y = year.getYear();
        return DefaultStreamedContent.builder().name("bao-cao-tong-ket-" + y + "." + f.extension())
                .contentType(f.contentType())
                .stream(() -> new ByteArrayInputStream(reports.reportDocument(blocId, y, f))).build();
    }

    /** Whether the caller may still change the report: the year's keeper, before it is issued. */
    public boolean isEditable() {
        return report != null && !report.issued() && year.isLeader();
    }

    /** The sections' indexes, for the page's repeat. */
    public List<Integer> getSectionIndexes() {
        return List.of(0, 1, 2, 3, 4);
    }

    public AnnualReportView getReport() {
        return report;
    }

    public AnnualReportForm getForm() {
        return form;
    }
}
