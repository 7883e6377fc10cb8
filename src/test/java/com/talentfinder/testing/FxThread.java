package com.talentfinder.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Test helpers for work on the FX thread and for checking that a dropped view can be collected. */
public final class FxThread {

    private FxThread() {
    }

    /** Runs {@code call} on the FX thread and returns its result (or throws its exception), waiting 60 s at most (a hang guard, not a timing check: a loaded machine can be slow). */
    public static <T> T onFx(Callable<T> call) throws Exception {
        Object[] out = new Object[1];
        Exception[] failure = new Exception[1];
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                out[0] = call.call();
            } catch (Exception e) {
                failure[0] = e;
            } finally {
                done.countDown();
            }
        });
        assertThat(done.await(60, TimeUnit.SECONDS)).as("the FX thread answered").isTrue();
        if (failure[0] != null) {
            throw failure[0];
        }
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }

    /** True once nothing holds {@code ref}'s object any more: asks for a collection up to 50 times. */
    public static boolean collected(WeakReference<?> ref) throws Exception {
        for (int i = 0; i < 50 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
            onFx(() -> null); // let pending pulses drop their references too
        }
        return ref.get() == null;
    }
}
