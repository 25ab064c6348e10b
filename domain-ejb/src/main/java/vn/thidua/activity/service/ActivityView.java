package vn.thidua.activity.service;

import java.io.Serializable;
import java.util.List;

import vn.thidua.activity.entity.ActivityStatus;

/**
 * A joint activity of a bloc's year, read-only; {@code copiedFromId} and
 * {@code copiedFromYear} name the common model it was copied from, if it was.
 */
public record ActivityView(Long id, String title, String description, String beneficiary, String place,
                           long totalValue, ActivityStatus status, boolean commonModel, Long copiedFromId,
                           Integer copiedFromYear, List<Evidence> files) implements Serializable {

    public ActivityView {
        files = List.copyOf(files);
    }

    /** An evidence file of the activity (its content is fetched apart, with its hash checked). */
    public record Evidence(Long id, String fileName, String contentType) implements Serializable {

        public Long getId() {
            return id;
        }

        public String getFileName() {
            return fileName;
        }

        public String getContentType() {
            return contentType;
        }
    }

    public Long getId() {
        return id;
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

    public Long getCopiedFromId() {
        return copiedFromId;
    }

    public Integer getCopiedFromYear() {
        return copiedFromYear;
    }

    public List<Evidence> getFiles() {
        return files;
    }
}
