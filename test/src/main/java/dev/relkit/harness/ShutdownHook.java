package dev.relkit.harness;

/**
 * Runs a stop action when the JVM exits, unless it was cancelled first: the safety net behind
 * servers the harness starts, for runs that end without closing them (Ctrl-C, {@code System.exit},
 * a crashed test engine). Public for the provisioning modules; the stop action must be idempotent.
 */
public final class ShutdownHook {

    private final Thread thread;

    private ShutdownHook(Thread thread) {
        this.thread = thread;
    }

    public static ShutdownHook register(String name, Runnable stop) {
        Thread thread = new Thread(stop, name);
        Runtime.getRuntime().addShutdownHook(thread);
        return new ShutdownHook(thread);
    }

    /** Unregisters the hook; does nothing while the JVM is already shutting down. */
    public void cancel() {
        try {
            Runtime.getRuntime().removeShutdownHook(thread);
        } catch (IllegalStateException shutdownInProgress) {
            // the hook is running or about to run; its stop action must be idempotent
        }
    }
}
