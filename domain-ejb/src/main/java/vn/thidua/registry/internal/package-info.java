/** The registry's own helpers: the rows the national export's query reads. */
package vn.thidua.registry.internal;
