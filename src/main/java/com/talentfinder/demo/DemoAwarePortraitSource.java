package com.talentfinder.demo;

import com.talentfinder.api.PortraitSource;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Renders demo portraits ({@code https://www.upwork.com/profile-portraits/demo/<ciphertext>}) locally and
 * hands every other URL to a delegate (normally the cached HTTP source). No demo URL ever reaches the network.
 */
public final class DemoAwarePortraitSource implements PortraitSource {

    /** The prefix of the portrait URLs in the demo dataset. */
    public static final String DEMO_PREFIX = "https://www.upwork.com/profile-portraits/demo/";
    /** The size demo portraits are rendered at, in pixels. */
    public static final int DEFAULT_SIZE = 128;

    private final Supplier<DemoDataset> dataset;
    private final PortraitSource delegate;
    private final int size;

    /** Over the shared dataset, which is generated on the first demo portrait, not here (start-up stays quick). */
    public DemoAwarePortraitSource(PortraitSource delegate) {
        this(DemoDataset::shared, delegate, DEFAULT_SIZE);
    }

    public DemoAwarePortraitSource(DemoDataset dataset, PortraitSource delegate, int size) {
        this(constant(Objects.requireNonNull(dataset, "dataset")), delegate, size);
    }

    private DemoAwarePortraitSource(Supplier<DemoDataset> dataset, PortraitSource delegate, int size) {
        this.dataset = dataset;
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        if (size < DemoPortraits.MIN_SIZE || size > DemoPortraits.MAX_SIZE) {
            throw new IllegalArgumentException("Portrait size must be between 16 and 1024 pixels.");
        }
        this.size = size;
    }

    /** True for a URL this source renders itself. */
    public static boolean isDemoPortrait(String url) {
        return url != null && url.startsWith(DEMO_PREFIX);
    }

    private static Supplier<DemoDataset> constant(DemoDataset dataset) {
        return () -> dataset;
    }

    @Override
    public Optional<byte[]> load(String portraitUrl) throws InterruptedException {
        if (!isDemoPortrait(portraitUrl)) {
            return delegate.load(portraitUrl);
        }
        String ciphertext = portraitUrl.substring(DEMO_PREFIX.length());
        return dataset.get().find(ciphertext)
                .map(entry -> DemoPortraits.render(entry.ciphertext(), entry.name(), size));
    }
}
