package com.talentfinder.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoSearchEngineTest {

    private static DemoDataset.Entry entry(String id, String title, String description, Double jss,
                                           String... skills) {
        return new DemoDataset.Entry(id, "Test U.", title, description, List.of(skills), jss,
                JsonNodeFactory.instance.objectNode().put("ciphertext", id));
    }

    private static List<String> ids(List<DemoDataset.Entry> entries) {
        return entries.stream().map(DemoDataset.Entry::ciphertext).toList();
    }

    @Test
    void titleMatchOutranksDescriptionOnlyMatch() {
        DemoDataset data = DemoDataset.of(List.of(
                entry("~01description", "Web Developer", "I sometimes use React at work.", 1.0),
                entry("~01title", "React Developer", "I build websites.", 0.5)));
        assertThat(ids(new DemoSearchEngine(data).search("react"))).containsExactly("~01title", "~01description");
    }

    @Test
    void skillMatchOutranksDescriptionOnlyMatch() {
        DemoDataset data = DemoDataset.of(List.of(
                entry("~01description", "Web Developer", "Some Django too.", 1.0),
                entry("~01skill", "Web Developer", "Websites.", 0.5, "Django")));
        assertThat(ids(new DemoSearchEngine(data).search("django"))).containsExactly("~01skill", "~01description");
    }

    @Test
    void tiesBreakByJobSuccessThenCiphertext() {
        DemoDataset data = DemoDataset.of(List.of(
                entry("~01b", "Go Developer", "Go.", 0.9),
                entry("~01c", "Go Developer", "Go.", null),
                entry("~01a", "Go Developer", "Go.", 0.9),
                entry("~01d", "Go Developer", "Go.", 1.0)));
        assertThat(ids(new DemoSearchEngine(data).search("go"))).containsExactly("~01d", "~01a", "~01b", "~01c");
    }

    @Test
    void matchingIgnoresCaseAndAccents() {
        DemoDataset data = DemoDataset.of(List.of(entry("~01x", "Développeur Web", "Café apps.", 1.0)));
        DemoSearchEngine engine = new DemoSearchEngine(data);
        assertThat(engine.search("DEVELOPPEUR")).hasSize(1);
        assertThat(engine.search("cafe")).hasSize(1);
    }

    @Test
    void dottedSkillsMatchTheirParts() {
        DemoDataset data = DemoDataset.of(List.of(entry("~01x", "Back-End", "APIs.", 1.0, "Node.js")));
        DemoSearchEngine engine = new DemoSearchEngine(data);
        assertThat(engine.search("node")).hasSize(1);
        assertThat(engine.search("Node.js")).hasSize(1);
    }

    @Test
    void fillerWordsAloneDoNotMakeAMatch() {
        DemoDataset data = DemoDataset.of(List.of(
                entry("~01react", "React Developer", "Hooks.", 1.0),
                entry("~01php", "PHP Developer", "Laravel.", 1.0)));
        assertThat(ids(new DemoSearchEngine(data).search("react developer"))).containsExactly("~01react");
    }

    @Test
    void aQueryOfOnlyFillerWordsStillFindsThem() {
        DemoDataset data = DemoDataset.of(List.of(
                entry("~01react", "React Developer", "Hooks.", 1.0),
                entry("~01writer", "Copywriter", "Words.", 1.0)));
        assertThat(ids(new DemoSearchEngine(data).search("developer"))).containsExactly("~01react");
    }

    @Test
    void reactDeveloperFindsManyHundreds() {
        List<DemoDataset.Entry> hits = new DemoSearchEngine(DemoDataset.shared()).search("react developer");
        assertThat(hits).hasSizeGreaterThan(400);
        assertThat(hits.get(0).title()).containsIgnoringCase("react");
    }

    @Test
    void nonsenseFindsNothing() {
        DemoSearchEngine engine = new DemoSearchEngine(DemoDataset.shared());
        assertThat(engine.search("qwxzvbnm")).isEmpty();
        assertThat(engine.search("!!! ???")).isEmpty();
    }

    @Test
    void rankingIsDeterministic() {
        List<String> first = ids(new DemoSearchEngine(DemoDataset.shared()).search("python django"));
        List<String> second = ids(new DemoSearchEngine(DemoDataset.shared()).search("python django"));
        assertThat(first).isNotEmpty().isEqualTo(second);
    }

    @Test
    void tokensSplitOnPunctuationButKeepLanguageNames() {
        assertThat(DemoSearchEngine.tokens("C# / C++ and UI/UX, Next.js."))
                .containsExactly("c#", "c++", "and", "ui", "ux", "next.js", "next", "js");
    }
}
