package vn.thidua.it;

/** A piece of test work run under some identity. */
@FunctionalInterface
public interface Work<T> {
    T run() throws Exception;
}
