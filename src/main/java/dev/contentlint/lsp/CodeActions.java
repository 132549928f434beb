package dev.contentlint.lsp;

import dev.contentlint.engine.Finding;
import dev.contentlint.fix.Applicability;
import dev.contentlint.fix.TextEdit;
import dev.contentlint.page.LineIndex;
import dev.contentlint.page.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * The code actions on a page's findings. Each runs on the server through one command, so that
 * it works in every editor: the server sends the edit back with {@code workspace/applyEdit},
 * or writes the vocabulary file itself. An action names the page version it was made for; run
 * on a later version it does nothing and says so.
 */
final class CodeActions {
    static final String COMMAND = "contentlint.apply";
    static final String FIX_ALL = "source.fixAll.contentlint";
    /** The spelling rule, whose words can go to the vocabulary. */
    static final String SPELLING = "spelling";

    /** What an action does: its kind, the finding it is for (-1: none) and a value (a suggestion, a word, a rule id). */
    record Action(String kind, int finding, String value) {
        static final String FIX = "fix";
        static final String REPLACE = "replace";
        static final String ADD_WORD = "add-word";
        static final String DISABLE = "disable";
        static final String FIX_ALL_SAFE = "fix-all";
    }

    private CodeActions() {}

    /**
     * The actions for the findings of {@code checked} that touch {@code range}: their fixes,
     * LanguageTool's suggestions, adding a misspelled word to the vocabulary (when the
     * configuration names a vocabulary file) and disabling the rule in the page; then, when the
     * page has safe fixes and {@code only} allows it, fixing them all.
     */
    static List<CodeAction> of(OpenPage page, OpenPage.Checked checked, Range range, List<String> only,
            boolean vocabulary, Map<String, Diagnostic> diagnostics) {
        List<CodeAction> actions = new ArrayList<>();
        boolean quickFixes = only == null || only.isEmpty() || only.stream().anyMatch(CodeActionKind.QuickFix::startsWith);
        List<Finding> findings = checked.findings();
        for (int i = 0; quickFixes && i < findings.size(); i++) {
            Finding finding = findings.get(i);
            Diagnostic diagnostic = diagnostics.get(key(finding));
            if (!touches(Diagnostics.range(finding.start(), finding.end()), range)) {
                continue;
            }
            if (finding.fix() != null) {
                boolean safe = finding.fix().applicability() == Applicability.SAFE;
                actions.add(action(page, checked, finding.fix().description() + (safe ? " (safe fix)" : " (unsafe fix: review it)"),
                        CodeActionKind.QuickFix, new Action(Action.FIX, i, null), diagnostic, safe));
            }
            if (finding.properties().get("suggestions") instanceof List<?> suggestions) {
                for (Object suggestion : suggestions) {
                    actions.add(action(page, checked, "Replace with '" + suggestion + "'", CodeActionKind.QuickFix,
                            new Action(Action.REPLACE, i, String.valueOf(suggestion)), diagnostic, false));
                }
            }
            if (vocabulary && finding.ruleId().equals(SPELLING)) {
                String word = checked.page().textAt(finding.range());
                actions.add(action(page, checked, "Add '" + word + "' to the vocabulary", CodeActionKind.QuickFix,
                        new Action(Action.ADD_WORD, i, word), diagnostic, false));
            }
            if (checked.page().frontMatter() != null) {
                actions.add(action(page, checked, "Disable " + finding.ruleId() + " in this page", CodeActionKind.QuickFix,
                        new Action(Action.DISABLE, i, finding.ruleId()), diagnostic, false));
            }
        }
        boolean fixAll = only == null || only.isEmpty() || only.stream().anyMatch(FIX_ALL::startsWith);
        if (fixAll && findings.stream().anyMatch(f -> f.fix() != null && f.fix().applicability() == Applicability.SAFE)) {
            actions.add(action(page, checked, "Fix all safe problems (contentlint)", FIX_ALL,
                    new Action(Action.FIX_ALL_SAFE, -1, null), null, false));
        }
        return actions;
    }

    private static CodeAction action(OpenPage page, OpenPage.Checked checked, String title, String kind, Action action,
            Diagnostic diagnostic, boolean preferred) {
        CodeAction codeAction = new CodeAction(title);
        codeAction.setKind(kind);
        if (diagnostic != null) {
            codeAction.setDiagnostics(List.of(diagnostic));
        }
        if (preferred) {
            codeAction.setIsPreferred(true);
        }
        codeAction.setCommand(new Command(title, COMMAND,
                List.of(page.uri, checked.version(), action.kind(), action.finding(), action.value() == null ? "" : action.value())));
        return codeAction;
    }

    /** How a diagnostic is matched to its finding: rule, range and message. */
    static String key(Finding finding) {
        return key(finding.ruleId(), Diagnostics.range(finding.start(), finding.end()), finding.message());
    }

    static String key(String code, Range range, String message) {
        return code + "@" + range.getStart().getLine() + ":" + range.getStart().getCharacter() + "-"
                + range.getEnd().getLine() + ":" + range.getEnd().getCharacter() + ":" + message;
    }

    /** Whether two ranges overlap or touch; an empty request range touches the finding around it. */
    private static boolean touches(Range a, Range b) {
        return !before(a.getEnd(), b.getStart()) && !before(b.getEnd(), a.getStart());
    }

    private static boolean before(org.eclipse.lsp4j.Position a, org.eclipse.lsp4j.Position b) {
        return a.getLine() < b.getLine() || a.getLine() == b.getLine() && a.getCharacter() < b.getCharacter();
    }

    /** The edit of the page that a fix, a replacement or a disabling action makes; null for none. */
    static WorkspaceEdit edit(String uri, Page page, List<TextEdit> edits) {
        LineIndex lines = page.lines();
        List<org.eclipse.lsp4j.TextEdit> changes = new ArrayList<>();
        for (TextEdit edit : edits) {
            changes.add(new org.eclipse.lsp4j.TextEdit(Diagnostics.range(lines, edit.range().start(), edit.range().end()),
                    edit.replacement()));
        }
        return new WorkspaceEdit(Map.of(uri, changes));
    }

    /** The comment that disables {@code rule} in the whole page, as a new line after the front matter's opening line. */
    static TextEdit disable(Page page, String rule) {
        String text = page.text();
        int lineEnd = text.indexOf('\n');
        int at = lineEnd < 0 ? text.length() : lineEnd + 1;
        String lineBreak = lineEnd > 0 && text.charAt(lineEnd - 1) == '\r' ? "\r\n" : "\n";
        return new TextEdit(new dev.contentlint.page.Range(at, at),
                (lineEnd < 0 ? lineBreak : "") + "# contentlint-disable " + rule + lineBreak);
    }
}
