package org.omicsbatch.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import org.kordamp.ikonli.material2.Material2AL;
import org.omicsbatch.ui.AppContext;
import org.omicsbatch.ui.wizard.connection.ConnectionView;
import org.omicsbatch.ui.wizard.connection.ConnectionViewModel;
import org.omicsbatch.ui.wizard.review.RunsAndReviewSteps;

/** The wizard's steps in order, each a view model built now and a view built on first show. */
public final class WizardSteps {
    private WizardSteps() {
    }

    public static List<WizardStep> create(AppContext context) {
        List<WizardStep> steps = new ArrayList<>();
        ConnectionViewModel connection = new ConnectionViewModel(context.connector(), context.executor(),
                context.connectionProperty(), context.preferences());
        steps.add(new SimpleStep("Connection", Material2AL.CLOUD, () -> new ConnectionView(connection),
                connection.connectedProperty(), null));
        RunsAndReviewSteps runsAndReview = new RunsAndReviewSteps(context);
        steps.add(runsAndReview.runsStep());
        steps.add(runsAndReview.reviewStep());
        return steps;
    }
}
