import StackcatCore
import StackcatIO

/// An import's diagnostics on standard error, capped like `validate`'s (`--max-diagnostics`: 200 per
/// file and 1,000 in all unless set), with the same line counting the rest, so that a large input full
/// of quirks does not flood the terminal.
enum ImportDiagnostics {
    static func write(_ diagnostics: [Diagnostic], sources: [String: SourceText], limits: DiagnosticLimits) {
        var shown: [Diagnostic] = []
        var perFile: [String: Int] = [:]
        var omitted = 0
        for diagnostic in diagnostics {
            let path = diagnostic.location?.path ?? ""
            if shown.count < limits.total, perFile[path, default: 0] < limits.perFile {
                shown.append(diagnostic)
                perFile[path, default: 0] += 1
            } else {
                omitted += 1
            }
        }
        Terminal.writeError(DiagnosticTextFormat(color: Terminal.colorEnabled(2)).render(shown, sources: sources))
        if let line = DiagnosticTextFormat.omitted(omitted) { Terminal.writeError(line + "\n") }
    }
}
