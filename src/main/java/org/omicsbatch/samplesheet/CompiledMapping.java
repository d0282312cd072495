package org.omicsbatch.samplesheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ColumnMapping} checked against one sheet's header: columns resolved to positions,
 * templates parsed and their placeholders known to exist. Mistakes in the mapping are reported
 * here once, before any row is read.
 */
final class CompiledMapping {
    record Binding(int column, String label, MappingTarget target) {
    }

    record TemplateBinding(MappingTarget target, Template template, int[] columns, String label) {
        String render(SheetRow row) {
            List<String> values = new ArrayList<>(columns.length);
            for (int c : columns) {
                values.add(row.cell(c));
            }
            return template.render(values);
        }
    }

    final List<Binding> bindings = new ArrayList<>();
    final List<TemplateBinding> templates = new ArrayList<>();
    int groupBy = -1;
    String groupByName;
    String groupSheet;
    final List<String> header;

    private CompiledMapping(List<String> header) {
        this.header = header;
    }

    /** The compiled mapping, or null when it cannot make runs at all (reported). */
    static CompiledMapping compile(ColumnMapping mapping, List<String> header, int headerLine, ProblemLog log) {
        CompiledMapping m = new CompiledMapping(header);
        Map<String, String> sources = new HashMap<>();
        boolean ok = true;
        for (var e : mapping.columns().entrySet()) {
            int index = indexOf(header, e.getKey());
            if (index < 0) {
                log.error(headerLine, e.getKey(), "the mapping uses this column but the sheet has no such column;"
                        + " its columns are " + String.join(", ", header));
                ok = false;
            } else if (e.getValue().kind() != MappingTarget.Kind.IGNORE) {
                ok &= claim(sources, e.getValue(), "column \"" + header.get(index) + "\"", log);
                m.bindings.add(new Binding(index, header.get(index), e.getValue()));
            }
        }
        for (var e : mapping.templates().entrySet()) {
            ok &= m.addTemplate(e.getKey(), e.getValue(), headerLine, sources, log);
        }
        if (mapping.groupBy() != null) {
            m.groupBy = indexOf(header, mapping.groupBy());
            if (m.groupBy < 0) {
                log.error(headerLine, mapping.groupBy(), "--group-by names a column the sheet does not have; its columns are "
                        + String.join(", ", header));
                ok = false;
            } else {
                m.groupByName = header.get(m.groupBy);
            }
        }
        m.groupSheet = mapping.groupSheet();
        if (!sources.containsKey(MappingTarget.RUN_SETTING_ID.toString())) {
            log.error(0, null, "no column is mapped to runSettingId, so runs cannot be told apart: add --map <column>="
                    + "runSettingId (columns: " + String.join(", ", header) + ")");
            ok = false;
        }
        return ok ? m : null;
    }

    private boolean addTemplate(String targetText, String text, int headerLine, Map<String, String> sources,
            ProblemLog log) {
        MappingTarget target;
        Template template;
        try {
            target = MappingTarget.parse(targetText);
            template = Template.parse(text);
        } catch (IllegalArgumentException ex) {
            log.error(0, null, ex.getMessage());
            return false;
        }
        int[] columns = new int[template.columns().size()];
        boolean ok = true;
        for (int i = 0; i < columns.length; i++) {
            String name = template.columns().get(i);
            columns[i] = indexOf(header, name);
            if (columns[i] < 0) {
                log.error(headerLine, name, "the template for " + target + " (\"" + text + "\") refers to {" + name
                        + "}, but the sheet has no such column; its columns are " + String.join(", ", header));
                ok = false;
            }
        }
        String label = "template for " + target;
        ok &= claim(sources, target, label, log);
        templates.add(new TemplateBinding(target, template, columns, label));
        return ok;
    }

    /** One source per target: two columns both feeding {@code fastq_1} would silently lose one. */
    private static boolean claim(Map<String, String> sources, MappingTarget target, String source, ProblemLog log) {
        String key = target.slot();
        String before = sources.putIfAbsent(key, source);
        if (before != null) {
            log.error(0, null, "both " + before + " and " + source + " are mapped to " + key + "; keep one");
            return false;
        }
        return true;
    }

    static int indexOf(List<String> header, String name) {
        int index = header.indexOf(name);
        if (index >= 0) {
            return index;
        }
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(name.strip())) {
                return i;
            }
        }
        return -1;
    }
}
