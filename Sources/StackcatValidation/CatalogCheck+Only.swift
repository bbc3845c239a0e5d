import StackcatModel

extension CatalogCheck {
    /// Keeps the diagnostics located in `paths` (display paths), then applies `limits`: the whole
    /// catalog was checked, and one fragment's problems are reported (`validate --only`).
    public mutating func keepOnly(_ paths: Set<String>, limits: DiagnosticLimits) {
        var kept = diagnostics.filter { $0.location.map { paths.contains($0.path) } ?? false }
        omittedErrors = 0
        omittedWarnings = 0
        if kept.count > limits.total {
            for diagnostic in kept[limits.total...] {
                if diagnostic.severity == .error { omittedErrors += 1 } else { omittedWarnings += 1 }
            }
            kept.removeSubrange(limits.total...)
        }
        diagnostics = kept
    }
}
