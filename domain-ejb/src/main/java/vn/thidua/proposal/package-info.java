/**
 * Proposals (tờ trình) for awards. A confirmed commendation ballot creates a draft
 * proposal with its elected nominees; the approval chain takes it from there.
 */
package vn.thidua.proposal;
