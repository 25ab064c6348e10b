/**
 * The year's emulation movement and covenant. The bloc leader (or deputy) launches the
 * movement and drafts the covenant with its criteria; every member unit signs for itself;
 * the covenant is in force once all current members have signed. A covenant version with
 * a signature is never edited: an amendment is a new version that needs every signature
 * again, and the earlier versions stay readable.
 */
package vn.thidua.covenant;
