/**
 * Joint activities of a bloc (hoạt động chung): value in VND, contributions per member,
 * status, evidence files; one marked as the bloc's common model is copied into the next
 * year's plan.
 */
package vn.thidua.activity;
