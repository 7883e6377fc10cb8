package com.talentfinder.ui;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** A {@link Ticker} on a JavaFX {@link Timeline}: ticks arrive on the FX thread. */
public final class FxTicker implements Ticker {

    @Override
    public Ticking everySecond(Runnable tick) {
        Timeline timeline = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
        return timeline::stop;
    }
}
