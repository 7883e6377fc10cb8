package com.talentfinder.ui.insights;

import com.talentfinder.ui.Messages;
import com.talentfinder.ui.Screen;
import com.talentfinder.ui.Shortcut;
import com.talentfinder.ui.TaskRunner;
import com.talentfinder.ui.common.CurrentRanking;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.ZoneId;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javax.imageio.ImageIO;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The Insights screen, wired and self-contained: give it an {@link InsightsPort}, the app's {@link TaskRunner},
 * the time zone dates are shown in and a {@link FileAsker}; register {@link #root()} as a screen and call
 * {@link #dispose()} when the window closes. The screen is built the first time it is asked for.
 */
public final class InsightsFeature implements Screen {

    private final TaskRunner runner;
    private final ZoneId zone;
    private final FileAsker files;
    private final RatesViewModel rates;
    private final MarketViewModel market;
    private final SupplyViewModel supply;
    private final RankingViewModel ranking;
    private InsightsView view;

    public InsightsFeature(InsightsPort port, TaskRunner runner, ZoneId zone, FileAsker files) {
        this(port, runner, zone, files, new CurrentRanking(), InsightsChoices.inMemory());
    }

    /**
     * @param shared  the ranking in force for every screen: the ranking panel sets it, the Score columns follow
     * @param choices where presets, the preset in use and the daily-check choice are kept
     */
    public InsightsFeature(InsightsPort port, TaskRunner runner, ZoneId zone, FileAsker files, CurrentRanking shared,
                           InsightsChoices choices) {
        this.runner = runner;
        this.zone = zone;
        this.files = files;
        rates = new RatesViewModel(port, runner, zone);
        market = new MarketViewModel(port, runner, zone);
        supply = new SupplyViewModel(port, runner, choices);
        ranking = new RankingViewModel(rates.fetched(), shared, choices, runner);
        // The preset in use drives the Score columns from the start, before this screen is ever shown.
        ranking.load();
    }

    /** The screen's root node, built on first call (call on the FX thread). Loads the watchlist and saved reports. */
    public Parent root() {
        if (view == null) {
            RatesView.ChartSaver saver = this::savePng;
            view = new InsightsView(new RatesView(rates, saver), new MarketView(market, files, saver),
                    new SupplyView(supply, zone, saver), new RankingView(ranking));
            supply.load();
            market.reloadSaved();
        }
        return view;
    }

    /** Stops any fetch in flight (what was fetched stays) and lets go of the view; the next show builds it anew. */
    @Override
    public void dispose() {
        rates.dispose();
        market.dispose();
        view = null;
    }

    @Override
    public String id() {
        return "insights";
    }

    @Override
    public String titleKey() {
        return "main.nav.insights";
    }

    @Override
    public String tooltipKey() {
        return "main.nav.insights.tooltip";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignC.CHART_BOX_OUTLINE;
    }

    @Override
    public Shortcut shortcut() {
        return Shortcut.SHOW_INSIGHTS;
    }

    @Override
    public Node create() {
        return root();
    }

    public RatesViewModel rates() {
        return rates;
    }

    public MarketViewModel market() {
        return market;
    }

    public SupplyViewModel supply() {
        return supply;
    }

    public RankingViewModel ranking() {
        return ranking;
    }

    /** Snapshots the chart card on the FX thread, then writes the PNG off it. */
    private void savePng(Node card, String suggestedName) {
        Path file = files.askSave(suggestedName, "png");
        if (file == null) {
            return;
        }
        SnapshotParameters params = new SnapshotParameters();
        BufferedImage image = SwingFXUtils.fromFXImage(card.snapshot(params, null), null);
        runner.run("insights-png", p -> {
            ImageIO.write(image, "png", file.toFile());
            return file;
        }, f -> view.notice.setText(Messages.format("insights.export.done", f.getFileName())),
                t -> view.notice.setText(Messages.get("insights.error.export")));
    }
}
