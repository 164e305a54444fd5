package org.cobalt.routing.ortools;

import com.google.ortools.Loader;

/** Loads the OR-Tools native libraries once, remembering why it failed if it did. */
public final class OrToolsNatives {

    private OrToolsNatives() {
    }

    /** Null once the natives are loaded, else the reason they could not be. */
    public static String unavailableReason() {
        return Holder.REASON;
    }

    /** The OR-Tools version string once loaded, else "unavailable". */
    public static String version() {
        return Holder.REASON == null ? com.google.ortools.init.OrToolsVersion.getVersionString() : "unavailable";
    }

    /** Loads the natives or throws {@link IllegalStateException} with the reason. */
    static void require() {
        if (Holder.REASON != null) {
            throw new IllegalStateException("OR-Tools is not available: " + Holder.REASON);
        }
    }

    private static final class Holder {
        private static final String REASON = load();

        private static String load() {
            try {
                Loader.loadNativeLibraries();
                return null;
            } catch (Throwable t) { // UnsatisfiedLinkError, IOException wrapped, ...
                return t.toString();
            }
        }
    }
}
