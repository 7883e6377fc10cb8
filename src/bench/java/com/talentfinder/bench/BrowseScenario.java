package com.talentfinder.bench;

import com.talentfinder.ui.AppContext;
import com.talentfinder.ui.common.PortraitImages;
import com.talentfinder.ui.search.SearchViewModel;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.TableView;

/**
 * Figure 5: browse 10,000 results with portraits in the real window (demo data, 50 a page): search broad queries,
 * scroll every page from top to bottom letting the visible portraits load, page forward, until 10,000 rows have
 * been on screen; then collect garbage and print memory ({@code RSS_KIB}, {@code HEAP_USED_KIB}) and the portrait
 * cache's size and capacity.
 */
final class BrowseScenario {

    static final int TARGET_ROWS = 10_000;
    static final int SCROLL_STEP = 12;
    static final List<String> QUERIES = List.of("developer", "designer", "web", "data", "marketing", "writer",
            "engineer", "mobile", "python", "javascript", "java", "video", "seo", "sql", "design", "app", "api",
            "cloud", "ui", "content", "react", "node.js", "php", "aws", "analyst", "ios", "android", "wordpress",
            "shopify", "excel", "sales", "machine learning", "devops", "graphic", "editor", "translator");

    private final AppContext context;
    private final Scene scene;
    private final PortraitImages portraits;

    BrowseScenario(AppContext context) throws Exception {
        this.context = context;
        this.scene = context.stage().getScene();
        this.portraits = (PortraitImages) field(context, "portraits");
    }

    void run() throws Exception {
        SearchViewModel search = context.searchViewModel();
        FxCalls.run(() -> search.perPageProperty().set(50));
        @SuppressWarnings("unchecked")
        TableView<Object> table = (TableView<Object>) FxCalls.call(() -> scene.lookup("#resultsTable"));
        int browsed = 0;
        int pages = 0;
        for (String q : QUERIES) {
            FxCalls.run(() -> {
                search.queryProperty().set(q);
                search.search();
            });
            awaitPage(search, q, 1);
            while (true) {
                int rows = FxCalls.call(() -> table.getItems().size());
                for (int i = 0; i < rows; i += SCROLL_STEP) {
                    int row = i;
                    FxCalls.run(() -> table.scrollTo(row));
                    FxFrames.awaitFrame(scene);
                    FxCalls.await(() -> pending() == 0, 3_000);
                }
                browsed += rows;
                pages++;
                if (browsed >= TARGET_ROWS || !FxCalls.call(() -> search.paging().canGoForwardProperty().get())) {
                    break;
                }
                int next = FxCalls.call(() -> search.paging().pageProperty().get()) + 1;
                FxCalls.run(search::nextPage);
                awaitPage(search, q, next);
            }
            if (browsed >= TARGET_ROWS) {
                break;
            }
        }
        FxFrames.awaitFrame(scene);
        System.out.println("ROWS_BROWSED " + browsed);
        System.out.println("PAGES_BROWSED " + pages);
        System.out.println("PORTRAIT_CACHE " + FxCalls.call(portraits::cachedCount));
        System.out.println("PORTRAIT_CAPACITY " + PortraitImages.DEFAULT_CAPACITY);
        FxFrames.printMemory();
    }

    private void awaitPage(SearchViewModel search, String query, int page) throws Exception {
        boolean ok = FxCalls.await(() -> !search.busyProperty().get() && search.currentRequest() != null
                && search.currentRequest().query().equals(query) && search.paging().pageProperty().get() == page, 30_000);
        if (!ok) {
            throw new IllegalStateException("page " + page + " of " + query + " did not load");
        }
        FxFrames.awaitFrame(scene);
    }

    /** Portrait loads in flight (read on the FX thread). */
    private int pending() {
        try {
            return ((Map<?, ?>) field(portraits, "pending")).size();
        } catch (ReflectiveOperationException e) {
            return 0;
        }
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        Field f = owner.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(owner);
    }
}
