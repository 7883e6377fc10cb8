package com.talentfinder.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.sync.ConnectionState;
import org.junit.jupiter.api.Test;

class ConnectionStatusViewModelTest {

    private final ConnectionStatusViewModel vm = new ConnectionStatusViewModel();

    @Test
    void saysNothingWhileConnected() {
        vm.show(ConnectionState.CONNECTED, 0);

        assertThat(vm.awayProperty().get()).isFalse();
        assertThat(vm.textProperty().get()).isEmpty();
    }

    @Test
    void saysTheServerIsAwayAndHowManyEditsAreKept() {
        vm.show(ConnectionState.UNREACHABLE, 0);
        assertThat(vm.awayProperty().get()).isTrue();
        assertThat(vm.textProperty().get()).isEqualTo("Team database unreachable — retrying; your edits are kept");

        vm.show(ConnectionState.UNREACHABLE, 2);
        assertThat(vm.textProperty().get()).isEqualTo("Team database unreachable — retrying; 2 edits not yet saved to the team database");

        vm.show(ConnectionState.CONNECTED, 0);
        assertThat(vm.awayProperty().get()).isFalse();
    }

    @Test
    void saysHowManyEditsWaitWhileTheyAreSentAfterARestart() {
        vm.show(ConnectionState.CONNECTED, 1);
        assertThat(vm.awayProperty().get()).isTrue();
        assertThat(vm.textProperty().get()).isEqualTo("1 edit not yet saved to the team database — sending now");

        vm.show(ConnectionState.CONNECTED, 0);
        assertThat(vm.awayProperty().get()).isFalse();
        assertThat(vm.textProperty().get()).isEmpty();
    }
}
