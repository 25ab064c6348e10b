/**
 * Joint activities of a bloc (hoạt động chung): value in VND, contributions per member,
 * status, evidence files; one marked as the bloc's common model is copied into the next
 * year's plan.
 *
 * <p>Layout: {@code entity} holds {@code JointActivity} (its rules: contributions within
 * the value, status only forward, adoption as the common model) and {@code Contribution},
 * with the named queries the service reuses. {@code service} is the public face:
 * {@code ActivityService} (save, move on, adopt; the year's list; evidence files, served
 * only to readers of the year and only when their hash still matches), {@code ActivityForm}
 * and the view record {@code ActivityView}, read by two row queries per year.
 */
package vn.thidua.activity;
