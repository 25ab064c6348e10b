/** In-app notifications (overdue appraisals and the like), addressed to a user or to a role. */
package vn.thidua.notification;
