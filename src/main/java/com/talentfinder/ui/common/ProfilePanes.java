package com.talentfinder.ui.common;

import com.talentfinder.domain.Freelancer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;

/**
 * Builds a freelancer's profile pane for a selection: how a feature shows a profile without knowing the
 * detail feature (the composition root supplies the detail view).
 */
@FunctionalInterface
public interface ProfilePanes {

    Node create(ReadOnlyObjectProperty<Freelancer> selection, PortraitImages portraits);
}
