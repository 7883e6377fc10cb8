package com.talentfinder.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

/** A streamed body (no Content-Length) is cut off at the cap, not read to the end. */
class CappedBodyHandlerTest {

    private static final class CountingSubscription implements Flow.Subscription {
        long requested;
        boolean cancelled;

        @Override
        public void request(long n) {
            requested += n;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    private static HttpResponse.ResponseInfo info(Map<String, List<String>> headers) {
        return new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return 200;
            }

            @Override
            public HttpHeaders headers() {
                return HttpHeaders.of(headers, (k, v) -> true);
            }

            @Override
            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }

    @Test
    void readsABodyUnderTheCap() throws Exception {
        HttpResponse.BodySubscriber<byte[]> s = new CappedBodyHandler(10).apply(info(Map.of()));
        s.onSubscribe(new CountingSubscription());
        s.onNext(List.of(ByteBuffer.wrap("hello".getBytes())));
        s.onNext(List.of(ByteBuffer.wrap("12345".getBytes())));
        s.onComplete();
        assertThat(s.getBody().toCompletableFuture().get()).asString().isEqualTo("hello12345");
    }

    @Test
    void cancelsAStreamedBodyThatGoesPastTheCap() {
        CountingSubscription subscription = new CountingSubscription();
        HttpResponse.BodySubscriber<byte[]> s = new CappedBodyHandler(10).apply(info(Map.of()));
        s.onSubscribe(subscription);
        s.onNext(List.of(ByteBuffer.wrap("hello".getBytes())));
        s.onNext(List.of(ByteBuffer.wrap("world!".getBytes())));
        assertThat(subscription.cancelled).isTrue();
        CompletableFuture<byte[]> body = s.getBody().toCompletableFuture();
        assertThat(body).failsWithin(Duration.ofSeconds(1))
                .withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(CappedBodyHandler.BodyTooLargeException.class);
    }

    @Test
    void refusesAtOnceWhenTheDeclaredLengthIsPastTheCap() {
        CountingSubscription subscription = new CountingSubscription();
        HttpResponse.BodySubscriber<byte[]> s =
                new CappedBodyHandler(10).apply(info(Map.of("Content-Length", List.of("11"))));
        s.onSubscribe(subscription);
        assertThat(subscription.cancelled).isTrue();
        assertThat(subscription.requested).isZero();
        assertThat(s.getBody().toCompletableFuture()).isCompletedExceptionally();
    }
}
