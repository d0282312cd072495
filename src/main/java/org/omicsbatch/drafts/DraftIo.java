package org.omicsbatch.drafts;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Path;
import org.omicsbatch.model.BatchDraft;

/**
 * Reads and writes draft files until the plan helper's {@code DraftFiles} is on main; the desktop app
 * goes through this one class so the swap is one line.
 */
public final class DraftIo {
    private DraftIo() {
    }

    /** Reads a draft (an AWS CLI input JSON opens unchanged); a broken file names line and column. */
    public static BatchDraft read(Path file) throws IOException {
        try {
            return JsonFiles.read(file, BatchDraft.class);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            String position = where == null ? "" : ":" + where.getLineNr() + ":" + where.getColumnNr();
            throw new IOException(file.getFileName() + position + ": not a valid draft: " + e.getOriginalMessage(), e);
        }
    }

    public static void write(Path file, BatchDraft draft) throws IOException {
        JsonFiles.write(file, draft);
    }
}
