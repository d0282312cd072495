package org.omicsbatch.aws;

import java.util.List;

/** The account's workflows, versions, run groups and run caches (the omics SDK client serves these). */
public interface WorkflowCatalog {

    /** PRIVATE workflows and those shared with the account (READY2RUN ones are listed with their type). */
    List<WorkflowSummary> listWorkflows();

    List<WorkflowVersionSummary> listVersions(String workflowId);

    /** GetWorkflow (or GetWorkflowVersion when a version is given), including the parameter template. */
    WorkflowDetails getWorkflow(String workflowId, String versionName);

    List<RunGroupSummary> listRunGroups();

    List<RunCacheSummary> listRunCaches();
}
