/**
 * Notifications: messages in the portal addressed to a user, to everyone holding a
 * role ("role:" + the role) or to a unit ("unit:" + its id: every person representing it
 * sees it; reminders use it), and e-mail to the Board's mailbox or a unit's contact address
 * where the server has a mail session (a unit's e-mail goes after the commit). Their words
 * come from the {@code notification.*} keys of the documents bundle
 * ({@code vn/thidua/document/documents_vi.properties}); other areas pass a key and its
 * arguments ({@link vn.thidua.notification.service.NotificationService#notify}) inside
 * their own transaction.
 *
 * <p>Owns the table {@code notification}; serves the notifications list of
 * {@code /proposals/inbox.xhtml}; observes and fires no event. {@code internal} holds the
 * mailer.
 */
package vn.thidua.notification;
