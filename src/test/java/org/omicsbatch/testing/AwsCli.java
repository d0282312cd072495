package org.omicsbatch.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Whether the real AWS CLI is here: the tests that drive it are skipped (with this reason) where it is not. */
public final class AwsCli {
    public static final String MISSING = "the AWS CLI (aws) is not on the PATH";

    private AwsCli() {
    }

    public static boolean onPath() {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(p -> Files.isExecutable(Path.of(p, "aws")));
    }
}
