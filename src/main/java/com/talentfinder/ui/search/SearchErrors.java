package com.talentfinder.ui.search;

import com.talentfinder.api.ApiException;
import com.talentfinder.domain.InvalidSearchException;
import com.talentfinder.ui.Ticker;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What went wrong with the last search, as {@link SearchViewModel} shows it: the banner's {@link ErrorState}
 * (with the credits the failure used), the message under the query field, whether the key was refused, and the
 * countdown of a wait the service asked for. The countdown never retries on its own: when it ends the banner
 * offers Retry, which the user chooses (it costs a credit).
 */
final class SearchErrors {

    private final ReadOnlyObjectWrapper<ErrorState> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper inputError = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper keyRejected = new ReadOnlyBooleanWrapper();
    private final RateLimitCountdown countdown;

    SearchErrors(Ticker ticker) {
        this.countdown = new RateLimitCountdown(ticker, error,
                () -> error.set(error.get() == null ? null : error.get().asManualRetry()));
    }

    /** Clears the banner and the field's message before a new fetch. */
    void clear() {
        countdown.stop();
        error.set(null);
        inputError.set(null);
    }

    /** Stops a countdown in progress (Cancel) and hides its banner. */
    void stopWait() {
        if (countdown.isRunning()) {
            countdown.stop();
            error.set(null);
        }
    }

    void dismiss() {
        countdown.stop();
        error.set(null);
    }

    void input(String message) {
        inputError.set(message);
    }

    void succeeded() {
        keyRejected.set(false);
    }

    void forgetRejectedKey() {
        keyRejected.set(false);
    }

    /**
     * Shows a failed fetch. Returns false when it was no failure to show (a cancelled fetch), true otherwise.
     *
     * @param live true when a retry costs a credit
     */
    boolean fail(Throwable thrown, boolean live) {
        int credits = thrown instanceof CountedFailure c ? c.calls : 0;
        Throwable failure = thrown instanceof CountedFailure c ? c.getCause() : thrown;
        if (failure instanceof InterruptedException || failure instanceof CancellationException) {
            return false;
        }
        if (failure instanceof InvalidSearchException e) {
            inputError.set(e.getMessage());
            return true;
        }
        ErrorState state = ErrorState.from(failure).withCredits(credits, live);
        keyRejected.set(state.kind() == ApiException.Kind.UNAUTHORIZED);
        error.set(state);
        if (state.action() == ErrorState.Action.WAIT) {
            countdown.start();
        }
        return true;
    }

    ReadOnlyObjectProperty<ErrorState> errorProperty() {
        return error.getReadOnlyProperty();
    }

    ReadOnlyStringProperty inputErrorProperty() {
        return inputError.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty keyRejectedProperty() {
        return keyRejected.getReadOnlyProperty();
    }

    boolean keyRejected() {
        return keyRejected.get();
    }

    /** A failed fetch with the calls it made (each a credit), carried from the worker to the banner. */
    static final class CountedFailure extends Exception {
        private final int calls;

        CountedFailure(Exception cause, long calls) {
            super(cause);
            this.calls = (int) Math.max(0, calls);
        }
    }
}
