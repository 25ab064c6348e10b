/**
 * Notifications: messages in the portal addressed to a user or to everyone holding a
 * role ("role:" + the role), and e-mail to the Board's mailbox where the server has a mail
 * session. Their words come from the {@code notification.*} keys of the documents bundle
 * ({@code vn/thidua/document/documents_vi.properties}); other areas pass a key and its
 * arguments ({@link vn.thidua.notification.service.NotificationService#notify}) inside
 * their own transaction.
 *
 * <p>Owns the table {@code notification}; serves the notifications list of
 * {@code /proposals/inbox.xhtml}; observes and fires no event. {@code internal} holds the
 * mailer.
 */
package vn.thidua.notification;
