/**
 * What only the bloc area uses: the observer that passes memberships and leadership of
 * later years to a unit's successor ({@code MembershipSuccession}), and the caller's unit
 * lineage kept for one request ({@code CallerLineageCache}, read by {@code BlocAccess}).
 * Other areas never import this package.
 */
package vn.thidua.bloc.internal;
