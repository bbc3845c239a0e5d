/// How many diagnostics to keep: the rest are counted, by severity, but never stored, so that a file
/// of a million unknown keys costs memory in proportion to the limits, not to the file.
public struct DiagnosticLimits: Sendable, Equatable {
    public var perFile: Int
    public var total: Int

    public init(perFile: Int, total: Int) {
        self.perFile = perFile
        self.total = total
    }

    /// 200 per file and 1,000 in all.
    public static let standard = DiagnosticLimits(perFile: 200, total: 1_000)
    public static let unlimited = DiagnosticLimits(perFile: .max, total: .max)

    /// `--max-diagnostics N`: N in all and per file (but never more than 200 per file by default); 0 for all.
    public static func atMost(_ count: Int) -> DiagnosticLimits {
        count <= 0 ? .unlimited : DiagnosticLimits(perFile: count, total: count)
    }
}

/// Diagnostics collected while files are read, kept up to a per-file limit: a diagnostic past the
/// limit is counted and dropped, never kept. (The costly case, a flood of unknown keys, checks
/// `remaining` first and does not even make them.)
package struct DiagnosticList: Sendable {
    private(set) package var items: [Diagnostic] = []
    var perFile: Int
    /// Where the current file's diagnostics start in `items`.
    private var fileStart = 0
    private(set) package var omittedErrors = 0
    private(set) package var omittedWarnings = 0

    package init(perFile: Int = .max) {
        self.perFile = perFile
    }

    /// Room left for the current file.
    package var remaining: Int { max(0, perFile - (items.count - fileStart)) }

    mutating package func beginFile() { fileStart = items.count }

    mutating package func append(_ diagnostic: Diagnostic) {
        if remaining > 0 { items.append(diagnostic) } else { omit(diagnostic.severity) }
    }

    /// Counts a diagnostic past the limit without making it.
    mutating package func omit(_ severity: Severity, count: Int = 1) {
        if severity == .error { omittedErrors += count } else { omittedWarnings += count }
    }

    mutating func append(contentsOf diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { append(diagnostic) }
    }

    /// Another list's diagnostics (a mapping reader's, for the same file), within this list's limit.
    package static func += (list: inout DiagnosticList, other: DiagnosticList) {
        list.append(contentsOf: other.items)
        list.omittedErrors += other.omittedErrors
        list.omittedWarnings += other.omittedWarnings
    }

    package static func += (list: inout DiagnosticList, other: [Diagnostic]) {
        list.append(contentsOf: other)
    }

    /// Another part's diagnostics (other files), kept whole: each part applied the per-file limit.
    mutating package func merge(_ other: DiagnosticList) {
        items += other.items
        omittedErrors += other.omittedErrors
        omittedWarnings += other.omittedWarnings
    }

    func contains(where predicate: (Diagnostic) -> Bool) -> Bool { items.contains(where: predicate) }
    var isEmpty: Bool { items.isEmpty }
}
