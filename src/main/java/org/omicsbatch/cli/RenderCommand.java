package org.omicsbatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.omicsbatch.drafts.DraftFiles;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.plan.LocalFileUploadPlan;
import org.omicsbatch.plan.RenderedFiles;
import org.omicsbatch.plan.RequestRenderer;
import org.omicsbatch.plan.SettingsFileMode;
import org.omicsbatch.plan.UploadScript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code omics-batch render DRAFT --out DIR [--settings-uri S3URI] [--settings-file auto|always] [--workflow FILE]}. */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Validate a draft and write its StartRunBatch request, settings file and preview.",
            "  start-run-batch.json  for: aws omics start-run-batch --cli-input-json file://start-run-batch.json",
            "  run-settings.json     the runs, when they go to an S3 settings file (more than 100, or --settings-file always);",
            "                        upload it to the --settings-uri prefix before starting the batch",
            "  preview.csv           one row per run with its merged settings",
            "  upload-files.sh       when runs have local files (file: parameter values): sh upload-files.sh uploads",
            "                        each to the s3:// URI the request names (under --settings-uri, content-addressed)",
            "Each render gets a fresh requestId: re-sending one rendered file never starts a second batch.",
            "Nothing is written when the draft has errors."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:files written", "1:the draft has errors (nothing written)", "2:usage error or unreadable/unwritable file"})
final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DraftInputs inputs;

    @Mixin
    SheetOptions sheet;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the rendered files (created if needed).")
    Path out;

    @Option(names = "--settings-uri", paramLabel = "S3URI",
            description = "s3://bucket/prefix/ the settings file and local files are uploaded under (default: the draft's own).")
    String settingsUri;

    @Option(names = "--settings-file", paramLabel = "auto|always",
            description = "auto: a settings file only for more than 100 runs (default); always: for any number.")
    String settingsFile;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        DraftInputs.Loaded loaded;
        try {
            loaded = sheet.apply(inputs.load());
        } catch (DraftInputs.InputException e) {
            err.println(e.getMessage());
            return OmicsBatchCommand.EXIT_USAGE;
        }
        BatchDraft d = loaded.draft();
        Path draft = loaded.file();
        SettingsFileMode mode = mode(d);
        String uri = settingsUri != null ? settingsUri : d.appOrEmpty().settingsUri();
        if (RequestRenderer.usesSettingsFile(d, mode) && (uri == null || !uri.startsWith("s3://"))) {
            err.println(draft + ": " + d.runs().size() + " runs go to a settings file: give --settings-uri s3://bucket/prefix/"
                    + (uri == null ? "" : " (not \"" + uri + "\")"));
            return OmicsBatchCommand.EXIT_USAGE;
        }
        long sheetErrors = sheet.report(spec.commandLine().getOut());
        if (sheetErrors + loaded.report(loaded.validate(CliProgress.forTerminal(err)), spec.commandLine().getOut(), err) > 0) {
            err.println(draft + ": not rendered: fix the errors above first");
            return OmicsBatchCommand.EXIT_PROBLEMS;
        }
        if (LocalFileUploadPlan.hasLocalFiles(d) && (uri == null || !uri.startsWith("s3://"))) {
            err.println(draft + ": not rendered: runs have local files (file: parameter values) to upload: give "
                    + "--settings-uri s3://bucket/prefix/ (or the draft's omicsBatchLauncher.settingsUri, the app's "
                    + "Upload location in Run defaults)" + (uri == null ? "" : " (not \"" + uri + "\")"));
            return OmicsBatchCommand.EXIT_PROBLEMS;
        }
        return write(d, draft, mode, uri);
    }

    private SettingsFileMode mode(BatchDraft d) {
        try {
            return SettingsFileMode.parse(settingsFile != null ? settingsFile : d.appOrEmpty().settingsFile());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), (settingsFile != null ? "--settings-file: "
                    : "omicsBatchLauncher.settingsFile in the draft: ") + e.getMessage());
        }
    }

    private int write(BatchDraft d, Path draft, SettingsFileMode mode, String uri) {
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            RenderedFiles.Result result = RenderedFiles.write(d, draft.toAbsolutePath().getParent(), mode, uri,
                    (name, content) -> DraftFiles.writeAtomically(out.resolve(name), content::writeTo),
                    CliProgress.forTerminal(spec.commandLine().getErr()));
            for (String name : result.fileNames()) {
                stdout.println("wrote " + out.resolve(name));
            }
            if (result.usesSettingsFile()) {
                stdout.println("upload " + out.resolve(RequestRenderer.SETTINGS_FILE_NAME) + " to "
                        + result.request().batchRunSettings().s3UriSettings() + " before starting the batch");
            }
            if (!result.uploads().isEmpty()) {
                stdout.println("upload the " + result.uploads().size() + " local files first: sh "
                        + out.resolve(UploadScript.FILE_NAME));
            }
            stdout.flush();
            return 0;
        } catch (LocalFileUploadPlan.Refused e) {
            spec.commandLine().getErr().println(draft + ": not rendered: " + e.getMessage());
            return OmicsBatchCommand.EXIT_PROBLEMS;
        } catch (IOException e) {
            spec.commandLine().getErr().println(out + ": cannot write: " + CliErrors.message(e));
            return OmicsBatchCommand.EXIT_USAGE;
        }
    }
}
