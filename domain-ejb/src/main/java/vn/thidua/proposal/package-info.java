/**
 * Proposals (tờ trình) for awards and their approval chain. A confirmed commendation
 * ballot creates a draft proposal with its elected nominees
 * ({@link vn.thidua.proposal.service.ProposalService#createDraft}); the bloc's leader unit
 * compiles the dossier ({@link vn.thidua.proposal.service.DossierService}; generated in the
 * background by {@link vn.thidua.proposal.service.DossierArchiveService} through the job area,
 * the whole dossier then offered as one .zip; its letters as PDF or .docx from
 * {@link vn.thidua.proposal.service.ProposalDocumentService}) and submits, which
 * issues the proposal and its conference and count minutes: they take their numbers from the
 * leader unit's register ({@code vn.thidua.register}) in the submission's transaction and the
 * dossier's PDFs of them are generated again with the numbers; the
 * Board checks, returns, approves or rejects, records the Council's review and the Chair's
 * decision ({@link vn.thidua.proposal.service.ApprovalWorkflowService}); nobody appraises
 * what they submitted, and the account that checked the dossier ({@code proposal.checked_by})
 * neither approves nor rejects it; pages read views
 * ({@link vn.thidua.proposal.service.ProposalService}). One decision for many proposals
 * (issue 15): the Board gathers the province's proposals of a year that await the Chair,
 * of all blocs, into a consolidated submission numbered in the Board's register and
 * rendered as a Decree 30 document, and records the Chair's one decision on it, which
 * decides all its proposals
 * ({@link vn.thidua.proposal.service.ConsolidatedSubmissionService}).
 *
 * <p>Owns the tables {@code proposal}, {@code proposal_nominee}, {@code proposal_step},
 * {@code dossier_document} and {@code consolidated_submission}; serves the pages
 * {@code /proposals/view.xhtml}, {@code /proposals/inbox.xhtml},
 * {@code /board/submissions/list.xhtml} and the proposal figures of
 * {@code /board/dashboard/view.xhtml}. It asks the register for numbers, the registry to enter
 * a decision's awards, the calendar for the appraisal's due date, the job area to run the
 * dossier's generation, and the notification area to tell the people
 * concerned; it fires no event. {@code internal} holds what the services share
 * (finding and locking a proposal, its views, who may act on it, and the decision step
 * {@code Decisions} for one proposal or many).
 *
 * <p>The home pages read the year's proposals with each nominee's achievement report filed or
 * not, for many blocs in one query ({@code ProposalService#proposalsOfYear},
 * {@code ProposalProgressRow}). {@code internal.ProposalProvinceSuccession}, on a
 * {@link vn.thidua.unit.service.ProvinceSuccession}, records that the province's open proposals
 * go on to the successor's authority (their documents take the province valid on their date).
 */
package vn.thidua.proposal;
