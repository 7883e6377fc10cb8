package com.talentfinder.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a response body into memory, but never more than a fixed number of bytes: past the cap it cancels
 * the download and fails with {@link BodyTooLargeException}, so a hostile or broken server cannot exhaust memory.
 */
final class CappedBodyHandler implements HttpResponse.BodyHandler<byte[]> {

    /** The body went past the cap; the download was cancelled. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(long cap) {
            super("Response body larger than " + cap + " bytes");
        }
    }

    private final int maxBytes;

    CappedBodyHandler(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return new Subscriber(maxBytes, declared > maxBytes);
    }

    private static final class Subscriber implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final int maxBytes;
        private final boolean refuseAtOnce;
        private Flow.Subscription subscription;
        private boolean done;

        Subscriber(int maxBytes, boolean refuseAtOnce) {
            this.maxBytes = maxBytes;
            this.refuseAtOnce = refuseAtOnce;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (refuseAtOnce) {
                fail(s);
                return;
            }
            s.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (done) {
                return;
            }
            for (ByteBuffer b : buffers) {
                int n = b.remaining();
                if ((long) out.size() + n > maxBytes) {
                    fail(subscription);
                    return;
                }
                byte[] chunk = new byte[n];
                b.get(chunk);
                out.write(chunk, 0, n);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable t) {
            done = true;
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            done = true;
            result.complete(out.toByteArray());
        }

        private void fail(Flow.Subscription s) {
            done = true;
            s.cancel();
            result.completeExceptionally(new BodyTooLargeException(maxBytes));
        }
    }
}
