/**
 * The scoring area's own rules that need no database: the rotation that proposes who
 * cross-checks whom ({@code CrossCheckRotation}).
 */
package vn.thidua.scoring.internal;
