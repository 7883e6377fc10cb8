package com.talentfinder.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentfinder.insights.WeightSpecException.Code;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeightsTest {

    @Test
    void namedFactorsGetTheirWeightOthersZero() {
        Weights w = Weights.parse(" JSS = 40 , rate=20,Skills=0");
        assertThat(w.weight(Factor.JSS)).isEqualTo(40);
        assertThat(w.weight(Factor.RATE)).isEqualTo(20);
        assertThat(w.weight(Factor.SKILLS)).isZero();
        assertThat(w.weight(Factor.EARNINGS)).isZero();
        assertThat(w.total()).isEqualTo(60);
    }

    @Test
    void theSpecReadsBack() {
        Weights w = Weights.of(25, 15, 10, 10, 15, 10, 15);
        assertThat(w.toSpec()).isEqualTo("jss=25,earnings=15,hours=10,jobs=10,badges=15,rate=10,skills=15");
        assertThat(Weights.parse(w.toSpec())).isEqualTo(w);
        assertThat(w.byCode()).containsKeys("jss", "earnings", "hours", "jobs", "badges", "rate", "skills");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jss                | MALFORMED",
        "jss=40,,rate=2     | MALFORMED",
        "jss=1=2            | MALFORMED",
        "speed=3            | UNKNOWN_FACTOR",
        "jss=1,JSS=2        | DUPLICATE_FACTOR",
        "jss=abc            | NOT_A_NUMBER",
        "jss=4.5            | NOT_A_NUMBER",
        "jss=               | NOT_A_NUMBER",
        "jss=101            | OUT_OF_RANGE",
        "jss=-1             | OUT_OF_RANGE",
        "jss=99999999999999 | OUT_OF_RANGE",
        "jss=0,rate=0       | ALL_ZERO",
    })
    void badSpecsSayWhatIsWrong(String spec, Code code) {
        assertThatThrownBy(() -> Weights.parse(spec)).isInstanceOfSatisfying(WeightSpecException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void anEmptySpecAndTheOffendingPart() {
        assertThatThrownBy(() -> Weights.parse("  ")).isInstanceOfSatisfying(WeightSpecException.class,
                e -> assertThat(e.code()).isEqualTo(Code.EMPTY));
        assertThatThrownBy(() -> Weights.parse("jss=40, speed=3")).isInstanceOfSatisfying(WeightSpecException.class,
                e -> assertThat(e.part()).isEqualTo("speed=3"));
        String longPart = "x".repeat(500) + "=1";
        assertThatThrownBy(() -> Weights.parse(longPart)).isInstanceOfSatisfying(WeightSpecException.class,
                e -> assertThat(e.part()).hasSize(WeightSpecException.MAX_PART + 1));
    }

    @Test
    void presetsAreDataThatAddUpToOneHundred() {
        assertThat(RankingPreset.BUILT_IN).allSatisfy(p -> assertThat(p.weights().total()).isEqualTo(100));
        assertThat(new HashSet<>(RankingPreset.BUILT_IN.stream().map(RankingPreset::id).toList())).hasSize(3);
        assertThat(RankingPreset.builtIn("budget")).isSameAs(RankingPreset.BUDGET);
        assertThat(RankingPreset.builtIn("nope")).isNull();
        assertThat(RankingPreset.QUALITY_FIRST.weights().weight(Factor.RATE)).isZero();
    }
}
