package com.talentfinder.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.PortraitSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoAwarePortraitSourceTest {

    private final List<String> delegated = new ArrayList<>();
    private final PortraitSource delegate = url -> {
        delegated.add(url);
        return Optional.of(new byte[] {1, 2, 3});
    };
    private final DemoAwarePortraitSource source = new DemoAwarePortraitSource(delegate);

    @Test
    void rendersDemoPortraitsLocally() throws Exception {
        DemoDataset.Entry entry = DemoDataset.shared().entries().get(0);
        Optional<byte[]> png = source.load(DemoAwarePortraitSource.DEMO_PREFIX + entry.ciphertext());
        byte[] expected = DemoPortraits.render(entry.ciphertext(), entry.name(), DemoAwarePortraitSource.DEFAULT_SIZE);
        assertThat(png).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(expected));
        assertThat(delegated).isEmpty();
    }

    @Test
    void passesOtherUrlsToTheDelegate() throws Exception {
        String real = "https://www.upwork.com/profile-portraits/c1GyxylmbwyRDMzLnTieLbYbtAhDZRD3";
        assertThat(source.load(real)).isPresent();
        assertThat(delegated).containsExactly(real);
    }

    @Test
    void anUnknownDemoIdHasNoPortraitAndNeverReachesTheDelegate() throws Exception {
        assertThat(source.load(DemoAwarePortraitSource.DEMO_PREFIX + "~01doesnotexist")).isEmpty();
        assertThat(delegated).isEmpty();
    }
}
