package org.omicsbatch.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.omicsbatch.ui.AppContext;
import org.omicsbatch.ui.wizard.connection.ConnectionView;
import org.omicsbatch.ui.wizard.connection.ConnectionViewModel;
import org.omicsbatch.ui.wizard.defaults.RunDefaultsView;
import org.omicsbatch.ui.wizard.defaults.RunDefaultsViewModel;
import org.omicsbatch.ui.wizard.parameters.SharedParametersView;
import org.omicsbatch.ui.wizard.parameters.SharedParametersViewModel;
import org.omicsbatch.ui.wizard.review.RunsAndReviewSteps;
import org.omicsbatch.ui.wizard.workflow.WorkflowView;
import org.omicsbatch.ui.wizard.workflow.WorkflowViewModel;

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
        WorkflowViewModel workflow = new WorkflowViewModel(context.executor(), context.connectionProperty(),
                context.draftState());
        steps.add(new SimpleStep("Workflow", Material2AL.ACCOUNT_TREE, () -> new WorkflowView(workflow, context.help()),
                workflow.completeProperty(), workflow::load));
        RunDefaultsViewModel defaults = new RunDefaultsViewModel(context.draftState(), context.checks(),
                context.preferences());
        steps.add(new SimpleStep("Run defaults", Material2MZ.TUNE, () -> new RunDefaultsView(defaults, context.help(),
                context.connectionProperty(), context.executor()),
                defaults.completeProperty(), null));
        SharedParametersViewModel parameters = new SharedParametersViewModel(context.draftState(), context.checks());
        steps.add(new SimpleStep("Shared parameters", Material2AL.LIST_ALT, () -> new SharedParametersView(parameters,
                context.connectionProperty(), context.executor()), parameters.completeProperty(), null));
        RunsAndReviewSteps runsAndReview = new RunsAndReviewSteps(context);
        steps.add(runsAndReview.runsStep());
        steps.add(runsAndReview.reviewStep());
        return steps;
    }
}
