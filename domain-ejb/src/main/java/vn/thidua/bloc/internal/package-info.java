/**
 * What only the bloc area uses: the observer that passes memberships and leadership of
 * later years to a unit's successor ({@code MembershipSuccession}). Other areas never
 * import this package.
 */
package vn.thidua.bloc.internal;
